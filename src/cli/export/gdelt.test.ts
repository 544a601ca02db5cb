import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_COLUMNS, gdeltRow, splitActorCode } from './gdelt.js';

test('GDELT 2.0 has 61 event columns, from GLOBALEVENTID to SOURCEURL', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[26], 'EventCode');
  assert.equal(GDELT_COLUMNS[59], 'DATEADDED');
});

test('actor codes split into country, known group and types as GDELT does', () => {
  assert.deepEqual(splitActorCode('RUSGOV'), { country: 'RUS', group: '', types: ['GOV'] });
  assert.deepEqual(splitActorCode('IGOUNO'), { country: '', group: 'UNO', types: ['IGO'] });
  assert.deepEqual(splitActorCode('---PPL'), { country: '', group: '', types: ['PPL'] });
  assert.deepEqual(splitActorCode('IRQREBSEP'), { country: 'IRQ', group: '', types: ['REB', 'SEP'] });
  assert.deepEqual(splitActorCode(null), { country: '', group: '', types: [] });
});

test('a merged event becomes one row in GDELT column order', () => {
  // Angela Merkel demanding an explanation from Russia (Wikinews, CC BY 2.5), reported by two articles.
  const row = gdeltRow({
    id: 'm-1', code: '1041', root: '10', plover: 'DEMAND', quadClass: 3, goldstein: -5, mode: 'asserted',
    source: { id: 'person:merkel', name: 'Angela Merkel', cameo: 'DEUGOV' }, target: { id: 'country:RUS', name: 'Russia', cameo: 'RUS' },
    date: '2020-09-02', url: 'https://en.wikinews.org/wiki/x', mentions: [{ document: 'a', event: 'v1' }, { document: 'b', event: 'v1' }], documents: 2, sources: 3,
  });
  assert.equal(row.length, 61);
  const cell = (name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual([cell('SQLDATE'), cell('MonthYear'), cell('Year'), cell('FractionDate')], ['20200902', '202009', '2020', '2020.6740']);
  assert.deepEqual([cell('Actor1Code'), cell('Actor1Name'), cell('Actor1CountryCode'), cell('Actor1Type1Code')], ['DEUGOV', 'ANGELA MERKEL', 'DEU', 'GOV']);
  assert.deepEqual([cell('Actor2Code'), cell('Actor2CountryCode'), cell('Actor2Type1Code')], ['RUS', 'RUS', '']);
  assert.deepEqual([cell('EventCode'), cell('EventBaseCode'), cell('EventRootCode'), cell('QuadClass'), cell('GoldsteinScale')], ['1041', '104', '10', 3, -5]);
  assert.deepEqual([cell('NumMentions'), cell('NumSources'), cell('NumArticles'), cell('SOURCEURL')], [2, 3, 2, 'https://en.wikinews.org/wiki/x']);
});
