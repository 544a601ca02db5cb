import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCountries } from './countries.js';

const countries = loadCountries();

test('every ISO 3166-1 country plus Kosovo is in the table, once, and four historical states', () => {
  const codes = countries.all().map((c) => c.iso3);
  assert.equal(codes.length, 250 + 4);
  assert.equal(new Set(codes).size, codes.length);
  assert.equal(countries.byCode('ukr')?.name, 'Ukraine');
  assert.equal(countries.byCode('XKX')?.cameo, 'KSV');
});

test('names: official, short, historical; case, dots, diacritics and "the" do not matter', () => {
  assert.equal(countries.byName('Russian Federation')?.iso3, 'RUS');
  assert.equal(countries.byName('Burma')?.iso3, 'MMR');
  // A dissolved state is not its successor: the Soviet Union is SUN, and no state today.
  assert.equal(countries.byName('Soviet Union')?.iso3, 'SUN');
  assert.equal(countries.byName('USSR')?.sovereign, false);
  assert.deepEqual(countries.byDemonym('Soviet').map((c) => c.iso3), ['SUN']);
  assert.deepEqual(countries.byDemonym('Russian').map((c) => c.iso3), ['RUS']);
  assert.equal(countries.byName('Ivory Coast')?.iso3, 'CIV');
  assert.equal(countries.byName("Côte d'Ivoire")?.iso3, 'CIV');
  assert.equal(countries.byName('Czechia')?.iso3, 'CZE');
  assert.equal(countries.byName('the Netherlands')?.iso3, 'NLD');
  assert.equal(countries.byName('U.S.')?.iso3, 'USA');
  assert.equal(countries.byName('Türkiye')?.iso3, 'TUR');
});

test('acronyms match only in capitals, so the pronoun "us" is not the United States', () => {
  assert.equal(countries.byName('US')?.iso3, 'USA');
  assert.equal(countries.byName('us'), undefined);
  assert.equal(countries.byName('UK')?.iso3, 'GBR');
});

test('demonyms and adjectives, singular and plural', () => {
  assert.deepEqual(countries.byDemonym('French').map((c) => c.iso3), ['FRA']);
  assert.deepEqual(countries.byDemonym('Polish').map((c) => c.iso3), ['POL']);
  assert.deepEqual(countries.byDemonym('Poles').map((c) => c.iso3), ['POL']);
  assert.deepEqual(countries.byDemonym('Ukrainians').map((c) => c.iso3), ['UKR']);
  assert.deepEqual(countries.byDemonym('American').map((c) => c.iso3), ['USA']);
  assert.deepEqual(countries.byDemonym('British').map((c) => c.iso3), ['GBR']);
  assert.deepEqual(countries.byDemonym('Congolese').map((c) => c.iso3).sort(), ['COD', 'COG']);
  assert.deepEqual(countries.byDemonym('Martian'), []);
});

test('capitals with their spellings and government seats stand for the state', () => {
  assert.equal(countries.byCapital('Kiev')?.country.iso3, 'UKR');
  assert.equal(countries.byCapital('Kyiv')?.cameo, 'UKRGOV');
  assert.equal(countries.byCapital('Moscow')?.kind, 'capital');
  assert.equal(countries.byCapital('Washington')?.country.iso3, 'USA');
  assert.equal(countries.byCapital('Beijing')?.country.iso3, 'CHN');
  const kremlin = countries.byCapital('the Kremlin');
  assert.equal(kremlin?.country.iso3, 'RUS');
  assert.equal(kremlin?.kind, 'seat');
  assert.equal(countries.byCapital('the White House')?.cameo, 'USAGOV');
  assert.equal(countries.byCapital('the Pentagon')?.cameo, 'USAMIL');
  assert.equal(countries.byCapital('Downing Street')?.country.iso3, 'GBR');
  assert.equal(countries.byCapital('the Elysee')?.country.iso3, 'FRA');
  assert.equal(countries.byCapital('Élysée Palace')?.country.iso3, 'FRA');
});

test('the table is frozen', () => {
  assert.ok(Object.isFrozen(countries));
  assert.ok(Object.isFrozen(countries.all()));
  assert.ok(Object.isFrozen(countries.byCode('FRA')));
});

test('territories are not states and lend no capital to lookups; common-word capitals are left out', () => {
  assert.equal(countries.byCode('GRL')?.sovereign, false);
  assert.equal(countries.byCode('DNK')?.sovereign, true);
  assert.equal(countries.byCapital('Douglas'), undefined);
  assert.equal(countries.byCapital('male'), undefined);
});
