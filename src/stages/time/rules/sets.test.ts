import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value } from '../testing.js';

test('sets: daily, every Sunday', () => {
  assert.deepEqual(Object.values(timex('Qantas plans daily flights between Sydney and Bombay.', '1998-02-13', 'daily')).slice(2, 5), ['SET', 'P1D', null]);
  assert.equal(value('Protesters gather every Sunday outside the embassy.', '2025-01-14', 'every Sunday'), 'XXXX-WXX-7');
});

test('a publication named daily or weekly is no set', () => {
  const p = '2010-10-09';
  assert.deepEqual(timexes('Whitmore told LA Weekly that he had been threatened.', p), []);
  assert.deepEqual(timexes('The Communist Party daily Granma printed the letter.', p), []);
  assert.equal(value('Protests filled the streets daily.', p, 'daily'), 'P1D');
  assert.deepEqual(timexes('Could the project benefit from Google Summer of Code?', p), []);
  assert.equal(value('The talks will resume in the summer.', p, 'summer'), '2011-SU');
});

test('a holiday inside a name is no date', () => {
  const p = '2019-01-14';
  assert.deepEqual(timexes('Lee worked on the graphic novel with illustrator Johnnie Christmas.', p), []);
  assert.deepEqual(timexes('The Great Orchestra of Christmas Charity raised funds.', p), []);
  assert.equal(value('The shops were closed on Christmas Day.', p, 'Christmas Day'), '2018-12-25');
  assert.equal(value('Christmas Eve services were held across the city.', p, 'Christmas Eve'), '2018-12-24');
});

test('"157 miles per hour" is a rate, as "$500 million a year" is; "charged per year" stays a set (Wikinews)', () => {
  assert.deepEqual(timexes('The wind speed cut-off for Category 5 hurricanes is 157 miles per hour (mph).', '2019-09-01'), []);
  assert.equal(timex('Membership fees are charged per year.', '2019-09-01', 'per year').type, 'SET');
});

test('"every other year", "every ten seconds" are sets; "just under a month" is less than one (Wikinews)', () => {
  assert.equal(value('The World Athletics Championships are held every other year.', '2019-10-01', 'every other year'), 'P2Y');
  assert.equal(timex('Miller explained that transponders generally transmit every ten seconds.', '2019-01-10', 'every ten seconds').type, 'SET');
  const under = timex('The milestone came just under a month after the total number of confirmed infections surpassed one million.', '2020-05-29', 'just under a month');
  assert.deepEqual([under.value, under.mod], ['P1M', 'LESS_THAN']);
});

test('"election day" is the day the text gave its election, else the US one of an even year (Wikinews)', () => {
  const belarus = 'Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk. She asked for support, specially asking voters to vote at the polls, not before election day.';
  assert.equal(value(belarus, '2020-08-03', 'election day'), '2020-08-09');
  assert.equal(value('Additionally, he delivered his final plea to voters ahead of Election Day.', '2020-10-29', 'Election Day'), '2020-11-03');
  assert.equal(value('Meanwhile, a series of news events broke as Election Day drew closer.', '2020-10-29', 'Election Day'), '2020-11-03');
});

test('"Super Tuesday" is the primaries\' day nearest the publication, the first Tuesday of March of a presidential year', () => {
  const t = timex('The senator won seven of the Super Tuesday states.', '2016-03-02', 'Super Tuesday');
  assert.deepEqual([t.type, t.value], ['DATE', '2016-03-01']);
  assert.equal(value('The campaign is aiming at the "Super Tuesday" primaries in March.', '2015-11-20', 'Super Tuesday'), '2016-03-01');
  // Wikinews, the day before: "Tomorrow, a Tuesday, is referred to as "Super Tuesday""
  assert.equal(value('Tomorrow, a Tuesday, is referred to as "Super Tuesday" in the context of US presidential elections.', '2020-03-02', 'Super Tuesday'), '2020-03-03');
});

test('"spring of 2012" without "the" is the season of that year', () => {
  assert.equal(value('The company had hired 200 people by spring of 2012.', '2015-11-20', 'spring of 2012'), '2012-SP');
  assert.deepEqual(timexes('Prices spring back every time.', '2015-11-20'), []);
});
