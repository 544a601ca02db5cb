import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { catXml, timeMarkable as markable } from '../time/ecb-test-xml.js';
import { DEFAULT_ECB_DIR, readEcbSplit } from './corpus.js';
import { parseEcbId, readEcbActions } from './ecb-actions.js';

/** A CAT XML file with relations: `relations` is the <Relations> body. */
const withRelations = (xml: string, relations: string) => xml.replace('<Relations>\n</Relations>', `<Relations>\n${relations}\n</Relations>`);
const relation = (tag: string, note: string, sources: number[], target: number) =>
  `<${tag} r_id="9${target}" ${note ? `note="${note}"` : ''}>\n${sources.map((s) => `<source m_id="${s}" />`).join('\n')}\n<target m_id="${target}" />\n</${tag}>`;

// Sentences written for the test, after Wikinews' "Magnitude 6.1 earthquake strikes Indonesia" (CC BY 2.5).
const sentences = [
  'An earthquake struck Indonesia on Monday , killing two people .',
  'The quake was felt in Jakarta , officials said .',
  'It hit at dawn .',
];
const xml = withRelations(catXml('7_1ecb.xml', sentences, [
  markable('ACTION_OCCURRENCE', 1, 2), // earthquake
  markable('ACTION_OCCURRENCE', 2, 3), // struck
  markable('ACTION_OCCURRENCE', 3, 8), // killing
  markable('ACTION_OCCURRENCE', 4, 13), // quake
  markable('ACTION_REPORTING', 5, 20), // said
  markable('NEG_ACTION_OCCURRENCE', 6, 23), // hit, in a sentence the list leaves out
  markable('HUMAN_PART_PER', 7, 9, 10),
  '<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t7_quake" instance_id="ACT7" />',
].join('\n')), [
  relation('CROSS_DOC_COREF', 'ACT7', [1, 2], 20),
  relation('INTRA_DOC_COREF', '', [4], 1),
  relation('INTRA_DOC_COREF', '', [5], 3),
].join('\n'));

test('action mentions carry their text, offsets and gold instance; a mention joined only within the document forms its own chain', () => {
  const doc = readEcbActions(xml, '7_1ecb', new Set([0, 1]));
  assert.equal(doc.topic, 7);
  assert.equal(doc.subtopic, 'ecb');
  assert.deepEqual(doc.mentions.map((m) => [m.text, doc.text.slice(m.start, m.end), m.tag, m.instance]), [
    ['earthquake', 'earthquake', 'ACTION_OCCURRENCE', 'ACT7'],
    ['struck', 'struck', 'ACTION_OCCURRENCE', 'ACT7'],
    ['killing', 'killing', 'ACTION_OCCURRENCE', '7_1ecb:chain:5'],
    ['quake', 'quake', 'ACTION_OCCURRENCE', 'ACT7'], // through the intra-document link to "earthquake"
    ['said', 'said', 'ACTION_REPORTING', '7_1ecb:chain:5'],
  ]);
  assert.deepEqual(doc.mentions.map((m) => m.id), ['7_1ecb:1', '7_1ecb:2', '7_1ecb:3', '7_1ecb:4', '7_1ecb:5']);
});

test('a mention in no relation is a singleton, and an unlisted sentence is not read', () => {
  const bare = readEcbActions(catXml('7_2ecbplus.xml', ['http : / / example . org', ...sentences], markable('ACTION_OCCURRENCE', 1, 30)), '7_2ecbplus', new Set([3]));
  assert.equal(bare.subtopic, 'ecbplus');
  assert.deepEqual(bare.mentions.map((m) => [m.text, m.instance]), [['hit', '7_2ecbplus:1']]);
  assert.equal(readEcbActions(xml, '7_1ecb', new Set()).mentions.length, 0);
});

test('file ids name their topic and subtopic', () => {
  assert.deepEqual(parseEcbId('12_3ecbplus'), { topic: 12, subtopic: 'ecbplus' });
  assert.equal(parseEcbId('12_3ecbplusx'), null);
});

const staged = existsSync(DEFAULT_ECB_DIR);
test('ECB+ as staged: the mention counts of Barhom et al. (2019), 3,808 train and 1,245 dev', { skip: staged ? false : `ECB+ is not at ${DEFAULT_ECB_DIR} (evaluation data, not in the repository)` }, () => {
  for (const [split, count, documents] of [['train', 3808, 575], ['dev', 1245, 197]] as const) {
    const docs = readEcbSplit(DEFAULT_ECB_DIR, split);
    assert.equal(docs.length, documents);
    assert.equal(docs.reduce((n, d) => n + d.mentions.length, 0), count);
    for (const d of docs) for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
  }
});
