import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { detokenise } from '../corpora/detokenise.js';
import { readMarkables, readTokens } from './cat-xml.js';
import { meantimeFiles, readMeantime } from './meantime.js';

/**
 * Builds a CAT XML file as MEANTIME writes them: one `<token>` per space-separated word (XML
 * entities as in the corpus), then markables anchored by token id (t_ids count from 1), then relations.
 */
function catXml(sentences: readonly string[], markables: readonly string[], relations: readonly string[] = []): string {
  let id = 0;
  const tokens = sentences.flatMap((s, sentence) =>
    s.split(' ').map((word) => `<token number="${id}" sentence="${sentence}" t_id="${++id}">${word}</token>`));
  return `<?xml version="1.0" ?><Document doc_id="112579" doc_name="sample" lang="en" url="http://en.wikinews.org/wiki/sample">
${tokens.join('\n')}
<Markables>
${markables.join('\n')}
</Markables>
<Relations>
${relations.join('\n')}
</Relations>
</Document>`;
}

const anchored = (tag: string, attrs: string, anchors: readonly number[]) =>
  `<${tag} ${attrs}>\n${anchors.map((t) => `<token_anchor t_id="${t}"/>`).join('\n')}\n</${tag}>`;
const timex = (attrs: string, anchors: readonly number[]) => anchored('TIMEX3', `anchorTimeID="" beginPoint="" comment="" endPoint="" ${attrs}`, anchors);
const eventMention = (mId: number, pred: string, anchor: number) =>
  anchored('EVENT_MENTION', `aspect="NONE" certainty="CERTAIN" comment="" m_id="${mId}" pos="VERB" pred="${pred}"`, [anchor]);
const relation = (tag: string, attrs: string, sources: readonly number[], target: number) =>
  `<${tag} ${attrs}>\n${sources.map((m) => `<source m_id="${m}"/>`).join('\n')}\n<target m_id="${target}"/>\n</${tag}>`;
const tlink = (reltype: string, source: number, target: number) => relation('TLINK', `comment="" r_id="${source * 1000 + target}" reltype="${reltype}" signalID=""`, [source], target);

// Adapted from MEANTIME's English Wikinews article 112579 "Dow falls 340 points amid unemployment
// and retail sales rates news" (Wikinews, CC BY 2.5; MEANTIME annotation © FBK/VU/UPV, CC BY 4.0),
// shortened, with a sentence in the fourth place written for this test, and fewer events and links.
// Token ids in the comments.
const SENTENCES = [
  'Dow falls 340 points amid unemployment and retail sales rates news', // 1–11
  'September 04 , 2008', // 12–15, the dateline
  'The Dow Jones Industrial Average fell 344.65 at the close of trading Thursday .', // 16–29, fell = 21, Thursday = 28
  "`` This morning 's employment numbers are n't good , '' Joseph Brusuelas ( Merk ) said .", // 30–47, This morning = 31–32, said = 46
  'Claims rose to US$ 444,000 , 3 % up from last week , near a &quot; five-year &quot; high at S&amp;P .', // 48–68, rose = 49, last week = 58–59, five-year = 64
  'Target posted a sales loss .', // 69–74
  'Data released Wednesday show a slow economy .', // 75–81, after the annotated sentences, released = 76
];

const DOW = catXml(SENTENCES, [
  timex('functionInDocument="NONE" m_id="34" type="DATE" value="2008-09-04"', [28]),
  timex('functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-09-04"', [12, 13, 14, 15]),
  timex('functionInDocument="NONE" m_id="47" type="DATE" value="2008-W35"', [59, 58]),
  timex('functionInDocument="NONE" m_id="40" type="TIME" value="2008-09-04TMO"', [31, 32]),
  timex('functionInDocument="NONE" m_id="50" type="DURATION" value="P5Y"', [64]),
  '<TIMEX3 TAG_DESCRIPTOR="2004" anchorTimeID="" beginPoint="" comment="" endPoint="" functionInDocument="NONE" m_id="78" type="DATE" value="2004"/>',
  eventMention(9, 'fall', 21),
  eventMention(30, 'say', 46),
  eventMention(42, 'rise', 49),
  eventMention(60, 'release', 76),
  // Document-level instances: MEANTIME classes these, not the mentions that REFER_TO them.
  '<EVENT TAG_DESCRIPTOR="fall" class="OTHER" comment="" external_ref="" m_id="100"/><EVENT TAG_DESCRIPTOR="say" class="SPEECH_COGNITIVE" comment="" external_ref="" m_id="101"/>',
], [
  tlink('IS_INCLUDED', 9, 34), // fell … Thursday, written from the event
  tlink('BEFORE', 47, 42), // last week … rose, written from the timex
  tlink('INCLUDES', 1, 30), // the DCT includes said
  tlink('IS_INCLUDED', 60, 1), // released, after the annotated sentences, is in the DCT
  tlink('AFTER', 42, 9), // two events
  relation('REFERS_TO', 'r_id="163036"', [9, 42], 100), // one instance may stand for several mentions
  relation('REFERS_TO', 'r_id="163037"', [30], 101),
]);

test('the reader rebuilds the title and the annotated body sentences, with the punctuation written against its words', () => {
  const doc = readMeantime(DOW, 'dow');
  assert.ok(doc);
  assert.equal(doc.text, [
    'Dow falls 340 points amid unemployment and retail sales rates news',
    '',
    'The Dow Jones Industrial Average fell 344.65 at the close of trading Thursday.'
      + ` "This morning's employment numbers aren't good," Joseph Brusuelas (Merk) said.`
      + ' Claims rose to US$444,000, 3% up from last week, near a "five-year" high at S&P.'
      + ' Target posted a sales loss.',
  ].join('\n'));
});

test('the DCT is read from the CREATION_TIME timex and neither scored nor left in the text; anchorless timexes are ignored', () => {
  const doc = readMeantime(DOW, 'dow');
  assert.ok(doc);
  assert.equal(doc.dct, '2008-09-04');
  assert.ok(!doc.text.includes('September'), 'the dateline is not in the text, so a timex found on it cannot be a false positive');
  assert.ok(!doc.text.includes('Wednesday'), 'sentences after the annotated ones are left out');
  // In text order, each spanning its first to last anchored token (last week's anchors come reversed).
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.text, t.id, t.type, t.value, t.mod]), [
    ['Thursday', 'Thursday', '34', 'DATE', '2008-09-04', null],
    ['This morning', 'This morning', '40', 'TIME', '2008-09-04TMO', null],
    ['last week', 'last week', '47', 'DATE', '2008-W35', null],
    ['five-year', 'five-year', '50', 'DURATION', 'P5Y', null],
  ]);
});

test('events are the EVENT_MENTIONs of the text, classed by their instance; links between one and a timex are read from the event', () => {
  const doc = readMeantime(DOW, 'dow');
  assert.ok(doc);
  assert.deepEqual(doc.events.map((e) => [doc.text.slice(e.start, e.end), e.text, e.id, e.instances, e.class]), [
    ['fell', 'fell', '9', ['9'], 'OTHER'],
    ['said', 'said', '30', ['30'], 'REPORTING'],
    ['rose', 'rose', '42', ['42'], 'OTHER'],
  ], 'released lies after the annotated sentences; SPEECH_COGNITIVE is read as REPORTING');
  // "last week BEFORE rose" reads "rose AFTER last week"; links to the DCT, to an event outside the text and between events fall out.
  assert.deepEqual(doc.eventTimeLinks, [
    { eventInstance: '9', timex: '34', relType: 'IS_INCLUDED' },
    { eventInstance: '42', timex: '47', relType: 'AFTER' },
  ]);
});

test('a creation time written day first ("03-02-2009" under "February 03, 2009") is read as ISO 8601', () => {
  const doc = readMeantime(DOW.replace('m_id="1" type="DATE" value="2008-09-04"', 'm_id="1" type="DATE" value="04-09-2008"'), 'dow');
  assert.equal(doc?.dct, '2008-09-04');
});

test('a document without a creation time cannot be scored and reads as null', () => {
  const undated = catXml(SENTENCES.slice(0, 3), [timex('functionInDocument="NONE" m_id="34" type="DATE" value="2008-09-04"', [28])]);
  assert.equal(readMeantime(undated, 'undated'), null);
});

test('a timex outside the sentences MEANTIME annotates is refused rather than scored against a text without it', () => {
  const late = catXml(SENTENCES, [
    timex('functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-09-04"', [12, 13, 14, 15]),
    timex('functionInDocument="NONE" m_id="90" type="DATE" value="2008-09-03"', [77]),
  ]);
  assert.throws(() => readMeantime(late, 'late'), (e: unknown) => (e as { code?: string }).code === 'E_INPUT_FORMAT');
});

const MEANTIME = '../shared/data/meantime/intra_cross-doc_annotation';

test('on the real MEANTIME files, every gold timex spans exactly its own anchored tokens, and only two files lack a DCT', { skip: !existsSync(MEANTIME) && 'needs ../shared/data' }, () => {
  const groups = meantimeFiles(MEANTIME);
  assert.deepEqual([...groups.keys()], ['corpus_airbus', 'corpus_apple', 'corpus_gm', 'corpus_stock']);
  let skipped = 0;
  for (const file of [...groups.values()].flat()) {
    const xml = readFileSync(file, 'utf8');
    const doc = readMeantime(xml, file);
    if (!doc) { skipped++; continue; }
    const decode = (word: string) => word.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    const words = new Map([...xml.matchAll(/<token [^>]*t_id="(\d+)">([^<]*)<\/token>/g)].map((m) => [m[1], decode(m[2])]));
    for (const t of doc.timexes) {
      const markable = new RegExp(`<TIMEX3 [^>]*m_id="${t.id}"[^>]*>([\\s\\S]*?)</TIMEX3>`).exec(xml);
      assert.ok(markable, `${file}: m_id ${t.id}`);
      const anchors = [...markable[1].matchAll(/t_id="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      const own = detokenise(anchors.map((a) => ({ text: words.get(String(a)) ?? '', sentence: 0 })), () => ' ');
      assert.equal(doc.text.slice(t.start, t.end), own.text, `${file}: m_id ${t.id}`);
    }
  }
  assert.equal(skipped, 2, 'two English MEANTIME files have no CREATION_TIME timex');
});

test('on the real MEANTIME files, every event–timex link joins an event and a timex of the text, each event spanning its first to last anchored token', { skip: !existsSync(MEANTIME) && 'needs ../shared/data' }, () => {
  const relations = new Set(['BEFORE', 'AFTER', 'IBEFORE', 'IAFTER', 'INCLUDES', 'IS_INCLUDED', 'BEGINS', 'BEGUN_BY', 'ENDS', 'ENDED_BY', 'SIMULTANEOUS', 'IDENTITY', 'MEASURE']);
  let links = 0;
  for (const file of [...meantimeFiles(MEANTIME).values()].flat()) {
    const xml = readFileSync(file, 'utf8');
    const doc = readMeantime(xml, file);
    if (!doc) continue;
    const words = new Map(readTokens(xml).map((t) => [t.id, t.text]));
    const anchors = new Map(readMarkables(xml, 'EVENT_MENTION').map((m) => [m.attrs.m_id, m.anchors]));
    for (const e of doc.events) {
      assert.equal(doc.text.slice(e.start, e.end), e.text);
      const own = (anchors.get(e.id) ?? []).map(Number).sort((a, b) => a - b).map((t) => words.get(String(t)) ?? '');
      assert.ok(own.length > 0 && e.text.startsWith(own[0]) && e.text.endsWith(own[own.length - 1]), `${file}: m_id ${e.id}`);
    }
    const events = new Set(doc.events.flatMap((e) => e.instances));
    const timexes = new Set(doc.timexes.map((t) => t.id));
    for (const link of doc.eventTimeLinks) {
      assert.ok(events.has(link.eventInstance) && timexes.has(link.timex) && relations.has(link.relType), `${file}: ${JSON.stringify(link)}`);
    }
    links += doc.eventTimeLinks.length;
  }
  // 960 event–timex TLINKs in the 118 dated files: 647 to the DCT and 2 to anchorless timexes fall out.
  assert.equal(links, 311);
});
