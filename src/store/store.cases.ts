import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA, type AnalysisRecord } from '../model/record.js';
import { contentHash } from '../model/document.js';
import type { Store } from './store.js';

/** A case an adapter cannot pass yet, with the reason (listed, never silently dropped). */
export interface KnownGap { readonly test: string; readonly reason: string }

const TEXT = 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.';

export function sampleRecord(text = TEXT, id = contentHash(text)): AnalysisRecord {
  const tusk = text.indexOf('Donald Tusk');
  return {
    schema: SCHEMA,
    document: { id, title: 'Tusk meets Macron', url: 'https://example.org/a', source: 'example', published: '2025-01-14', publishedSource: 'given', text },
    sentences: [{ start: 0, end: text.length }],
    paragraphs: [{ start: 0, end: text.length }],
    tokens: 15,
    entities: tusk < 0 ? [] : [{
      id: 'e1', type: 'PERSON', name: 'Donald Tusk', country: 'POL', actor: { id: 'donald-tusk', cameo: 'POLGOV' },
      roles: [{ title: 'Prime Minister', country: 'POL', qualifier: null, from: 'text' }],
      mentions: [{ start: tusk, end: tusk + 11, text: 'Donald Tusk' }], by: 'test',
    }],
    timexes: [], quotes: [], events: [], topics: [], stances: [],
  };
}

/**
 * The behaviour every Store adapter must have. Each adapter's test file calls this with
 * a factory that opens a fresh, empty store.
 */
export function runStoreCases(adapter: string, open: () => Promise<Store>, gaps: readonly KnownGap[] = []): void {
  const skip = (name: string) => gaps.find((g) => g.test === name)?.reason ?? false;

  describe(`Store cases: ${adapter}`, () => {
    let store: Store;
    before(async () => { store = await open(); });
    after(async () => { await store.close(); });

    test('a stored record reads back unchanged', { skip: skip('roundtrip') }, async () => {
      const record = sampleRecord();
      assert.deepEqual(await store.put(record), { id: record.document.id, outcome: 'inserted' });
      assert.deepEqual(await store.get(record.document.id), record);
    });

    test('the same text again is a no-op, even under another id', { skip: skip('dedup') }, async () => {
      const record = sampleRecord();
      const again = await store.put({ ...record, document: { ...record.document, id: 'other-id' } });
      assert.deepEqual(again, { id: record.document.id, outcome: 'duplicate' });
      assert.equal(await store.get('other-id'), null);
      assert.equal((await store.stats()).documents, 1);
    });

    test('a new text under a stored id replaces the old one', { skip: skip('replace') }, async () => {
      const revised = sampleRecord(`${TEXT} They discussed air defence.`, 'story-1');
      await store.put(sampleRecord(TEXT.replace('Thursday', 'Friday'), 'story-1'));
      assert.equal((await store.put(revised)).outcome, 'replaced');
      assert.equal((await store.get('story-1'))?.document.text, revised.document.text);
      assert.equal((await store.search('Friday')).length, 0);
    });

    test('full-text search finds words and survives punctuation in the query', { skip: skip('search') }, async () => {
      const hits = await store.search('Macron Warsaw');
      assert.ok(hits.length >= 1);
      assert.match(hits[0].snippet, /\[Macron\]|\[Warsaw\]/);
      assert.deepEqual(await store.search('"unbalanced (NEAR AND'), []);
      assert.deepEqual(await store.search('   '), []);
    });

    test('stats count documents, entities and mentions', { skip: skip('stats') }, async () => {
      const stats = await store.stats();
      assert.equal(stats.documents, 2);
      assert.equal(stats.entities, 2);
      assert.equal(stats.mentions, 2);
    });

    test('a missing id reads as null', { skip: skip('missing') }, async () => {
      assert.equal(await store.get('no-such-document'), null);
    });
  });
}
