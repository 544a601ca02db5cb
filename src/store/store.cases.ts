import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA, type AnalysisRecord } from '../model/record.js';
import { contentHash } from '../model/document.js';
import { NAVALNY_CUT, NAVALNY_TEXT, navalnyArticle, rouhaniArticle } from './store.test-helpers.js';
import type { Page, Store } from './store.js';

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

/** The syndicated copy: the Navalny report cut short under a new headline, two days later, from another outlet. */
const navalnyCopy = () => navalnyArticle({
  id: 'copy-navalny', text: NAVALNY_CUT, title: 'Berlin: Navalny was poisoned', published: '2020-09-07', url: 'https://example.org/navalny', source: 'example',
});

/** Every item of every page, following cursors; checks that no page is empty but the last. */
async function allPages<T>(fetch: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page<T> = await fetch(cursor);
    out.push(...page.items);
    if (!page.next) return out;
    assert.ok(page.items.length > 0, 'a page with a next cursor has items');
    cursor = page.next;
  }
  throw new Error('cursors did not end');
}

/**
 * The behaviour every Store adapter must have. `open` must give a fresh, empty store on
 * every call: each case starts from nothing, so any case can run alone.
 */
export function runStoreCases(adapter: string, open: () => Promise<Store>, gaps: readonly KnownGap[] = []): void {
  const skip = (name: string) => gaps.find((g) => g.test === name)?.reason ?? false;
  const withStore = (name: string, title: string, body: (store: Store) => Promise<void>) =>
    test(title, { skip: skip(name) }, async () => {
      const store = await open();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });
  const corpus = async (store: Store) => {
    for (const r of [rouhaniArticle(), navalnyArticle(), navalnyCopy(), sampleRecord()]) await store.put(r);
  };

  describe(`Store cases: ${adapter}`, () => {
    withStore('roundtrip', 'a stored record reads back unchanged, every layer and field', async (store) => {
      const record = navalnyArticle();
      record.document.publishedRange = { earliest: '2020-09-02', latest: '2020-09-05' };
      record.document.language = 'en';
      const put = await store.put(record);
      assert.equal(put.outcome, 'inserted');
      assert.equal(put.id, record.document.id);
      assert.deepEqual(await store.get(record.document.id), record);
    });

    withStore('dedup', 'the same text again is a no-op, even under another id, and keeps the new source', async (store) => {
      const record = sampleRecord();
      const first = await store.put(record);
      const again = await store.put({ ...record, document: { ...record.document, id: 'other-id', url: 'https://example.org/b' } }, { origin: 'feed.xml' });
      assert.deepEqual(again, { id: record.document.id, outcome: 'duplicate', story: first.story });
      assert.equal(await store.get('other-id'), null);
      assert.equal((await store.stats()).documents, 1);
      assert.equal((await store.documents()).items[0].sources, 2);
      assert.equal(await store.storedIdOf(contentHash(TEXT)), record.document.id);
      assert.equal(await store.storedIdOf(contentHash('another text')), null);
    });

    withStore('replace', 'a new text under a stored id replaces the old one', async (store) => {
      const revised = sampleRecord(`${TEXT} They discussed air defence.`, 'story-1');
      await store.put(sampleRecord(TEXT.replace('Thursday', 'Friday'), 'story-1'));
      assert.equal((await store.put(revised)).outcome, 'replaced');
      assert.equal((await store.get('story-1'))?.document.text, revised.document.text);
      assert.equal((await store.search('Friday')).length, 0);
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.stories, 1);
      assert.equal((await store.actors()).items[0].documents, 1);
    });

    withStore('search', 'full-text search finds words and survives punctuation in the query', async (store) => {
      await store.put(sampleRecord());
      const hits = await store.search('Macron Warsaw');
      assert.ok(hits.length >= 1);
      assert.match(hits[0].snippet, /\[Macron\]|\[Warsaw\]/);
      assert.deepEqual(await store.search('"unbalanced (NEAR AND'), []);
      assert.deepEqual(await store.search('   '), []);
    });

    withStore('stats', 'stats count documents, stories, entities, mentions, dates, quotes and events', async (store) => {
      await corpus(store);
      assert.deepEqual(await store.stats(), { documents: 4, stories: 3, entities: 11, mentions: 12, timexes: 3, quotes: 4, events: 6 });
    });

    withStore('missing', 'a missing id reads as null', async (store) => {
      assert.equal(await store.get('no-such-document'), null);
    });

    withStore('stories', 'a cut copy under a new headline joins the story of the original; other articles have their own', async (store) => {
      const original = await store.put(navalnyArticle());
      const other = await store.put(rouhaniArticle());
      const copy = await store.put(navalnyCopy());
      assert.equal(copy.outcome, 'inserted');
      assert.equal(copy.story, original.story);
      assert.notEqual(other.story, original.story);
      const { items } = await store.stories({ minDocuments: 2 });
      assert.deepEqual(items, [{
        id: original.story, representative: 'wn-navalny', title: 'Germany says Alexei Navalny poisoned with Novichok',
        documents: ['wn-navalny', 'copy-navalny'], first: '2020-09-05', last: '2020-09-07',
      }]);
      assert.deepEqual((await store.stories({ from: '2019-01-01', to: '2019-12-31' })).items.map((s) => s.representative), ['wn-rouhani']);
    });

    withStore('documents', 'documents filter by date, words, source and story, oldest first, paged without gaps', async (store) => {
      await corpus(store);
      const ids = async (q: Parameters<Store['documents']>[0]) => (await store.documents(q)).items.map((d) => d.id);
      assert.deepEqual(await ids({}), ['wn-rouhani', 'wn-navalny', 'copy-navalny', contentHash(TEXT)]);
      assert.deepEqual(await ids({ from: '2020-09', to: '2020-09-06' }), ['wn-navalny']);
      assert.deepEqual(await ids({ text: 'Novichok' }), ['wn-navalny', 'copy-navalny']);
      assert.deepEqual(await ids({ source: 'example' }), ['copy-navalny', contentHash(TEXT)]);
      const story = (await store.documents({ text: 'Novichok' })).items[0].story;
      assert.deepEqual(await ids({ story }), ['wn-navalny', 'copy-navalny']);
      const paged = await allPages((cursor) => store.documents({ limit: 1, cursor }));
      assert.deepEqual(paged.map((d) => d.id), await ids({}));
      await assert.rejects(store.documents({ cursor: 'not-a-cursor' }), /not a cursor/);
      await assert.rejects(store.documents({ from: 'last week' }), /not a date/);
    });

    withStore('actors', 'actors are found by name or id, with their roles over time', async (store) => {
      await corpus(store);
      const merkel = (await store.actors({ name: 'merkel' })).items;
      assert.equal(merkel.length, 1);
      assert.deepEqual(merkel[0], {
        id: 'person:merkel', name: 'Angela Merkel', type: 'PERSON', country: 'DEU', cameo: 'DEUGOV', documents: 2, mentions: 2,
        roles: [{ title: 'Chancellor', country: 'DEU', qualifier: null, from: '2020-09-05', to: '2020-09-07', documents: 2 }],
      });
      assert.equal((await store.actors({ name: 'person:rouhani' })).items[0].name, 'Hassan Rouhani');
      assert.deepEqual(await store.actor('person:merkel'), merkel[0]);
      assert.equal(await store.actor('merkel'), null, 'only the exact id');
      assert.deepEqual((await store.actors({ name: 'German' })).items.map((a) => a.id), ['name:german government|DEU']);
      assert.deepEqual((await store.actors({ type: 'GPE' })).items.map((a) => a.id), ['country:RUS', 'country:IRN']);
      const all = await allPages((cursor) => store.actors({ limit: 2, cursor }));
      assert.equal(all.length, 7);
      assert.deepEqual(all.map((a) => a.documents), [2, 2, 2, 2, 1, 1, 1]);
    });

    withStore('quotes', 'quotes by speaker name, actor id, words and date, in date order', async (store) => {
      await corpus(store);
      const rouhani = (await store.quotes({ speaker: 'rouhani' })).items;
      assert.deepEqual(rouhani.map((q) => q.text), ['get out of the region', 'The presence of foreign forces can be dangerous for the region']);
      assert.deepEqual(rouhani[0], {
        document: 'wn-rouhani', kind: 'direct', text: 'get out of the region', start: ROUHANI_QUOTE_START, end: ROUHANI_QUOTE_START + 21,
        cue: null, speaker: 'Hassan Rouhani', actor: 'person:rouhani', date: '2019-09-22',
      });
      assert.equal((await store.quotes({ actor: 'person:rouhani', text: 'FOREIGN forces' })).items.length, 1);
      assert.deepEqual((await store.quotes({ from: '2020-01-01' })).items.map((q) => q.document), ['wn-navalny', 'copy-navalny']);
      assert.deepEqual((await store.quotes({ speaker: 'Pompeo' })).items, []);
      const paged = await allPages((cursor) => store.quotes({ limit: 1, cursor }));
      assert.deepEqual(paged, (await store.quotes()).items);
    });

    withStore('merged-quotes', 'the same words by the same speaker in two articles are one merged quote', async (store) => {
      await corpus(store);
      const merged = (await store.mergedQuotes()).items;
      assert.deepEqual(merged.map((q) => [q.speaker, q.documents, q.date]), [
        ['Hassan Rouhani', 1, '2019-09-22'], ['Hassan Rouhani', 1, '2019-09-22'], ['German government', 2, '2020-09-02'],
      ]);
      assert.deepEqual(merged[2].mentions.map((m) => m.document), ['wn-navalny', 'copy-navalny']);
      assert.equal(merged[2].text, 'there was "unequivocal" proof he had been poisoned');
      assert.deepEqual(await allPages((cursor) => store.mergedQuotes({ limit: 1, cursor })), merged);
      assert.deepEqual((await store.mergedQuotes({ speaker: 'german', from: '2020' })).items.map((q) => q.documents), [2]);
      // A copy that changes only quotation marks, case and spacing still merges.
      const words = 'there was  “Unequivocal” proof he had been poisoned';
      const retyped = navalnyArticle({
        id: 'retyped', text: NAVALNY_TEXT.replace('there was "unequivocal" proof he had been poisoned', words), published: '2020-09-08',
        quotes: [{ kind: 'mixed', text: words, speaker: 'e3', date: '2020-09-02' }], stances: [],
      });
      await store.put(retyped);
      assert.equal((await store.mergedQuotes({ speaker: 'german' })).items[0].documents, 3);
    });

    withStore('timeline', 'a timeline lists the quotes and events of a period by day, for everyone or one actor', async (store) => {
      await corpus(store);
      const items = (await store.timeline({ from: '2020-09-01', to: '2020-09-30' })).items;
      assert.deepEqual(items.map((i) => [i.day, i.kind, i.document]), [
        ['2020-09-02', 'quote', 'wn-navalny'], ['2020-09-02', 'quote', 'copy-navalny'],
        ['2020-09-02', 'event', 'wn-navalny'], ['2020-09-02', 'event', 'copy-navalny'],
        ['2020-09-03', 'event', 'wn-navalny'], ['2020-09-03', 'event', 'copy-navalny'],
      ]);
      assert.equal(items[2].code, '1041');
      assert.equal(items[2].text, 'Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia');
      const russia = (await store.timeline({ from: '2020-09', to: '2020-09', actor: 'country:RUS' })).items;
      assert.deepEqual(russia.map((i) => i.kind), ['event', 'event']);
      assert.deepEqual((await store.timeline({ from: '2019-09-01', to: '2019-09-30', actor: 'Merkel' })).items, []);
      const paged = await allPages((cursor) => store.timeline({ from: '2019', to: '2020-12-31', limit: 2, cursor }));
      assert.equal(paged.length, 9);
    });

    withStore('events', 'events filter by actor, country, code, PLOVER type, mode and date; only asserted ones by default', async (store) => {
      await corpus(store);
      const codes = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).items.map((e) => `${e.document}:${e.event}`);
      assert.deepEqual(await codes({}), ['wn-rouhani:v1', 'wn-navalny:v1', 'copy-navalny:v1', 'wn-navalny:v2', 'copy-navalny:v2']);
      assert.deepEqual(await codes({ mode: 'intended' }), ['wn-rouhani:v2']);
      assert.equal((await store.events({ mode: 'any' })).items.length, 6);
      assert.deepEqual(await codes({ source: 'merkel', document: 'wn-navalny' }), ['wn-navalny:v1']);
      assert.deepEqual(await codes({ target: 'country:RUS' }), ['wn-navalny:v1', 'copy-navalny:v1']);
      assert.deepEqual(await codes({ actor: 'RUSGOV', from: '2020-09-03' }), ['wn-navalny:v2', 'copy-navalny:v2']);
      assert.deepEqual(await codes({ country: 'IRN' }), ['wn-rouhani:v1']);
      assert.deepEqual(await codes({ code: '10', to: '2019' }), ['wn-rouhani:v1']);
      assert.deepEqual(await codes({ root: '12' }), await codes({ plover: 'reject' }));
      const [merkel] = (await store.events({ source: 'person:merkel', limit: 1 })).items;
      assert.deepEqual(merkel, {
        document: 'wn-navalny', event: 'v1', code: '1041', label: 'Demand information, investigation', root: '10', plover: 'DEMAND', quadClass: 1,
        goldstein: 0, mode: 'asserted', source: { id: 'person:merkel', name: 'Angela Merkel', cameo: 'DEUGOV' },
        target: { id: 'country:RUS', name: 'Russia', cameo: 'RUS' }, date: '2020-09-02', trigger: 'demanded',
        text: 'Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia', start: merkel.start, end: merkel.start + 77, by: 'fixture',
      });
      const [rouhani] = (await store.events({ actor: 'Rouhani' })).items;
      assert.deepEqual(rouhani.target, { id: null, name: 'foreign powers', cameo: null });
      assert.deepEqual(await allPages((cursor) => store.events({ limit: 2, cursor })), (await store.events()).items);
      assert.deepEqual((await store.events({ actor: "x' OR 1=1 --" })).items, []);
    });

    withStore('merged-events', 'the same act in two articles is one merged event with both as evidence', async (store) => {
      await corpus(store);
      const merged = (await store.mergedEvents()).items;
      assert.deepEqual(merged.map((m) => [m.date, m.code, m.documents]), [['2019-09-22', '100', 1], ['2020-09-02', '1041', 2], ['2020-09-03', '120', 2]]);
      const demand = merged[1];
      assert.deepEqual(demand.mentions, [{ document: 'wn-navalny', event: 'v1' }, { document: 'copy-navalny', event: 'v1' }]);
      assert.equal(demand.sources, 2);
      assert.deepEqual([demand.source.cameo, demand.target.cameo, demand.plover, demand.mode], ['DEUGOV', 'RUS', 'DEMAND', 'asserted']);
      assert.match(demand.id, /^m-[0-9a-f]{16}$/);
      assert.equal((await store.mergedEvents({ actor: 'Merkel' })).items[0].id, demand.id, 'ids are stable across queries');
      assert.deepEqual(await allPages((cursor) => store.mergedEvents({ limit: 1, cursor })), merged);
      assert.equal((await store.mergedEvents({ mode: 'any' })).items.length, 4);
    });

    withStore('merged-events-dates', 'reports a day apart, or dated to the month of the one such act, merge; two acts that month keep a month apart', async (store) => {
      await corpus(store);
      // The next day's report dates the demand a day later and the rejection only to its month.
      const nextDay = (id: string, demandDate: string, rejectDate: string) => navalnyArticle({
        id, text: `${NAVALNY_TEXT}\n\n(${id})`, published: '2020-09-06',
        events: navalnyArticle().events.map((e, i) => ({
          id: e.id, code: e.code, source: e.source, target: e.target, trigger: e.trigger!.text, date: i === 0 ? demandDate : rejectDate,
          evidence: navalnyArticle().document.text.slice(e.start, e.end), label: e.label, plover: e.plover,
        })),
      });
      await store.put(nextDay('next-day', '2020-09-03', '2020-09'));
      const merged = (await store.mergedEvents({ from: '2020' })).items;
      assert.deepEqual(merged.map((m) => [m.date, m.code, m.mentions.map((x) => x.document)]), [
        ['2020-09-02', '1041', ['wn-navalny', 'copy-navalny', 'next-day']],
        ['2020-09-03', '120', ['wn-navalny', 'copy-navalny', 'next-day']],
      ]);
      // A demand reported a week later is another act; the month-dated rejection now has two acts in its month.
      await store.put(nextDay('week-later', '2020-09-09', '2020-09-10'));
      const later = (await store.mergedEvents({ from: '2020' })).items;
      assert.deepEqual(later.map((m) => [m.date, m.code, m.documents]), [
        ['2020-09', '120', 1], ['2020-09-02', '1041', 3], ['2020-09-03', '120', 2], ['2020-09-09', '1041', 1], ['2020-09-10', '120', 1],
      ]);
      assert.deepEqual(await allPages((cursor) => store.mergedEvents({ from: '2020', limit: 2, cursor })), later);
    });

    withStore('put-all', 'several records stored in one transaction give what putting them one by one gives; a failure stores none', async (store) => {
      const results = await store.putAll([
        { record: rouhaniArticle() }, { record: navalnyArticle() }, { record: navalnyCopy(), source: { origin: 'feed.xml' } },
        { record: navalnyArticle({ id: 'again' }), source: { origin: 'again.jsonl' } },
      ]);
      assert.deepEqual(results.map((r) => [r.id, r.outcome]), [
        ['wn-rouhani', 'inserted'], ['wn-navalny', 'inserted'], ['copy-navalny', 'inserted'], ['wn-navalny', 'duplicate'],
      ]);
      assert.equal(results[2].story, results[1].story);
      assert.deepEqual(await store.putAll([]), []);
      assert.deepEqual((await store.documents()).items.map((d) => [d.id, d.sources]), [['wn-rouhani', 1], ['wn-navalny', 2], ['copy-navalny', 1]]);
      const broken = sampleRecord();
      (broken.entities[0] as { name: unknown }).name = null;
      await assert.rejects(store.putAll([{ record: sampleRecord('Another text about Donald Tusk.') }, { record: broken }]));
      assert.equal((await store.stats()).documents, 3);
    });

    withStore('network', 'the actor network weighs who did what to whom by CAMEO root', async (store) => {
      await corpus(store);
      const net = await store.network({ from: '2020' });
      assert.deepEqual(net.edges, [
        { source: 'org:russian-government', target: 'name:german government|DEU', root: '12', weight: 2 },
        { source: 'person:merkel', target: 'country:RUS', root: '10', weight: 2 },
      ]);
      assert.deepEqual(net.nodes.map((n) => [n.id, n.name, n.events]), [
        ['country:RUS', 'Russia', 2], ['name:german government|DEU', 'German government', 2], ['org:russian-government', 'Russian government', 2], ['person:merkel', 'Angela Merkel', 2],
      ]);
      assert.deepEqual((await store.network({ root: '10', minWeight: 3 })).edges, []);
      // Without a date or actor filter the edges come from counts kept as events are stored and replaced; the same as counting events.
      const counted = async () => {
        for (const q of [{}, { root: '12' }, { mode: 'any' as const }, { mode: 'intended' as const, minWeight: 1 }]) {
          assert.deepEqual(await store.network(q), await store.network({ ...q, from: '1900' }));
        }
      };
      await counted();
      assert.equal((await store.network()).edges.length, 2);
      await store.put(navalnyArticle({ text: `${NAVALNY_TEXT}\n\nUpdated.`, events: [] }));
      await counted();
      assert.deepEqual((await store.network()).edges.map((e) => e.weight), [1, 1]);
    });

    withStore('topics', 'topics group by key across articles, most discussed first, with counts of each position', async (store) => {
      await corpus(store);
      const topics = (await store.topics()).items;
      assert.deepEqual(topics[0], {
        key: 'poison|navalny|novichok', label: 'claim that Navalny was poisoned with Novichok', documents: 2, stances: 4,
        support: 2, oppose: 2, consider: 0, neutral: 0, first: '2020-09-05', last: '2020-09-07',
      });
      assert.deepEqual(topics.map((t) => t.key), ['poison|navalny|novichok', 'leave|force|foreign|persian gulf']);
      assert.deepEqual((await store.topics({ text: 'persian' })).items.map((t) => t.documents), [1]);
      assert.deepEqual(await allPages((cursor) => store.topics({ limit: 1, cursor })), topics);
    });

    withStore('stances', 'stances by holder, topic, polarity and date, and the actor × topic matrix by week', async (store) => {
      await corpus(store);
      const oppose = (await store.stances({ polarity: 'oppose' })).items;
      assert.deepEqual(oppose.map((s) => [s.document, s.holder.id, s.holder.cameo, s.topic.key, s.cue, s.date]), [
        ['wn-navalny', 'org:russian-government', 'RUSGOV', 'poison|navalny|novichok', 'dismissed … as groundless', '2020-09-03'],
        ['copy-navalny', 'org:russian-government', 'RUSGOV', 'poison|navalny|novichok', 'dismissed … as groundless', '2020-09-03'],
      ]);
      assert.equal(oppose[0].text, 'The Russian government dismissed the claim from Berlin as groundless');
      assert.deepEqual((await store.stances({ actor: 'rouhani' })).items.map((s) => s.polarity), ['support']);
      assert.deepEqual((await store.stances({ topic: 'Navalny', from: '2020-09-03' })).items.length, 2);
      assert.deepEqual(await allPages((cursor) => store.stances({ limit: 1, cursor })), (await store.stances()).items);
      const matrix = await store.stanceMatrix({ from: '2020-09', to: '2020-09', by: 'week' });
      assert.deepEqual(matrix.actors.map((a) => a.name), ['German government', 'Russian government']);
      assert.deepEqual(matrix.topics, [{ key: 'poison|navalny|novichok', label: 'claim that Navalny was poisoned with Novichok' }]);
      assert.deepEqual(matrix.cells.map((c) => [c.actor, c.week, c.support, c.oppose, c.latest]), [
        ['name:german government|DEU', '2020-W36', 2, 0, 'support'], ['org:russian-government', '2020-W36', 0, 2, 'oppose'],
      ]);
      assert.equal((await store.stanceMatrix()).cells.length, 3);
      assert.equal((await store.stanceMatrix({ size: 1 })).actors.length, 1);
    });

    withStore('records', 'records stream in storage order and resume after a cursor', async (store) => {
      await corpus(store);
      const seen: string[] = [];
      let resumeAt: string | null = null;
      for await (const { cursor, record } of store.records()) {
        seen.push(record.document.id);
        if (seen.length === 2) resumeAt = cursor;
      }
      assert.deepEqual(seen, ['wn-rouhani', 'wn-navalny', 'copy-navalny', contentHash(TEXT)]);
      const rest: string[] = [];
      for await (const { record } of store.records(resumeAt)) rest.push(record.document.id);
      assert.deepEqual(rest, seen.slice(2));
      assert.deepEqual((await store.get('wn-navalny')), navalnyArticle());
    });
  });
}

const ROUHANI_QUOTE_START = rouhaniArticle().document.text.indexOf('get out of the region');
