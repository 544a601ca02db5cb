import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { detokenise } from '../corpora/detokenise.js';
import { meantimeFiles, readMeantime } from './meantime.js';

/**
 * Builds a CAT XML file as MEANTIME writes them: one `<token>` per space-separated word (XML
 * entities as in the corpus), then TIMEX3 markables anchored by token id (t_ids count from 1).
 */
function catXml(sentences: readonly string[], timexes: readonly string[]): string {
  let id = 0;
  const tokens = sentences.flatMap((s, sentence) =>
    s.split(' ').map((word) => `<token number="${id}" sentence="${sentence}" t_id="${++id}">${word}</token>`));
  return `<?xml version="1.0" ?><Document doc_id="112579" doc_name="sample" lang="en" url="http://en.wikinews.org/wiki/sample">
${tokens.join('\n')}
<Markables>
${timexes.join('\n')}
</Markables>
</Document>`;
}

const timex = (attrs: string, anchors: readonly number[]) =>
  `<TIMEX3 anchorTimeID="" beginPoint="" comment="" endPoint="" ${attrs}>\n${anchors.map((t) => `<token_anchor t_id="${t}"/>`).join('\n')}\n</TIMEX3>`;

// Adapted from MEANTIME's English Wikinews article 112579 "Dow falls 340 points amid unemployment
// and retail sales rates news" (Wikinews, CC BY 2.5; MEANTIME annotation © FBK/VU/UPV, CC BY 4.0),
// shortened, with a sentence in the fourth place written for this test. Token ids in the comments.
const SENTENCES = [
  'Dow falls 340 points amid unemployment and retail sales rates news', // 1–11
  'September 04 , 2008', // 12–15, the dateline
  'The Dow Jones Industrial Average fell 344.65 at the close of trading Thursday .', // 16–29, Thursday = 28
  "`` This morning 's employment numbers are n't good , '' Joseph Brusuelas ( Merk ) said .", // 30–47, This morning = 31–32
  'Claims rose to US$ 444,000 , 3 % up from last week , near a &quot; five-year &quot; high at S&amp;P .', // 48–68, last week = 58–59, five-year = 64
  'Target posted a sales loss .', // 69–74
  'Data released Wednesday show a slow economy .', // 75–81, after the annotated sentences
];

const DOW = catXml(SENTENCES, [
  timex('functionInDocument="NONE" m_id="34" type="DATE" value="2008-09-04"', [28]),
  timex('functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-09-04"', [12, 13, 14, 15]),
  timex('functionInDocument="NONE" m_id="47" type="DATE" value="2008-W35"', [59, 58]),
  timex('functionInDocument="NONE" m_id="40" type="TIME" value="2008-09-04TMO"', [31, 32]),
  timex('functionInDocument="NONE" m_id="50" type="DURATION" value="P5Y"', [64]),
  '<TIMEX3 TAG_DESCRIPTOR="2004" anchorTimeID="" beginPoint="" comment="" endPoint="" functionInDocument="NONE" m_id="78" type="DATE" value="2004"/>',
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
  assert.deepEqual(doc.events, []);
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
