import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { AnalysisRecord } from '../../model/record.js';
import { SEED_SPEC, seedReport } from '../../pipeline/seed.test-helpers.js';

const pipeline = createAnalyzer();

/** Every stance of a text as "holder polarity «topic label»", in text order. */
function stances(text: string, published: string): string[] {
  const record = analyze(pipeline, { text, published });
  assertSpans(record);
  const label = new Map(record.topics.map((t) => [t.id, t.label]));
  const name = new Map(record.entities.map((e) => [e.id, e.name]));
  return record.stances.map((s) => `${name.get(s.holder)} ${s.polarity} «${label.get(s.topic)}»`);
}

function assertSpans(record: AnalysisRecord): void {
  const text = record.document.text;
  for (const t of record.topics) for (const m of t.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const s of record.stances) assert.ok(s.start < s.end && s.end <= text.length && record.topics.some((t) => t.id === s.topic));
}

/**
 * The classes of cases the stage reads, each with real news sentences: English Wikinews (CC BY 2.5,
 * https://en.wikinews.org; articles of the shared demo corpus wn-28108ad63c0e, wn-66df845d63a0,
 * wn-d4c395914b7f, wn-806f2b644bf2, wn-fa8cc9104eff, wn-7bbb24ac20a3, wn-30b42e810484, wn-8a4f3602c870,
 * wn-7932f7d5cf29, wn-3bc1b213f308) and the seed article.
 */
const CASES: ReadonlyArray<{ readonly cls: string; readonly text: string; readonly published: string; readonly want: readonly string[] }> = [
  {
    cls: 'a stance verb on a proposal noun with its content ("declined … offer to resign")',
    text: 'Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk\'s offer to resign after the leak of an audio recording.',
    published: '2020-01-18',
    want: ['Volodymyr Zelensky oppose «Prime Minister Oleksiy Honcharuk\'s offer to resign»'],
  },
  {
    cls: 'a proposal noun names its proposer ("the request of … Boris Johnson to suspend Parliament")',
    text: 'Yesterday, the United Kingdom\'s Queen Elizabeth II announced she will comply with the request of Prime Minister Boris Johnson to suspend Parliament for parts of September and October.',
    published: '2019-08-29',
    want: ['Boris Johnson support «suspend Parliament for parts of September and October»'],
  },
  {
    cls: 'a judgement of a pronoun for the topic named before it ("calling it \'null and void\'")',
    text: 'On Tuesday, the Greek prime minister Kyriakos Mitsotakis spoke in Washington. He also commented on the Turkish-Libyan maritime border agreement, calling it "null and void" and "geographically ridiculous".',
    published: '2020-01-10',
    want: ['Kyriakos Mitsotakis oppose «Turkish-Libyan maritime border agreement»'],
  },
  {
    cls: 'an ultimatum opposes what it demands to end ("if the broadcasts do not stop")',
    text: 'After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop.',
    published: '2015-08-21',
    want: ['North Korea oppose «broadcasts»'],
  },
  {
    cls: 'a call for a topic to be ended opposes it ("called for the bill to be dropped")',
    text: 'The bill was suspended after last week\'s protests. Legal and religious groups have also called for the bill to be dropped.',
    published: '2019-06-23',
    want: ['religious groups oppose «bill»'],
  },
  {
    cls: 'negation flips a stance verb ("did not ratify")',
    text: 'Mitsotakis noted that the Libyan House of Representatives did not ratify the demarcation.',
    published: '2019-12-20',
    want: ['Libyan House of Representatives oppose «demarcation»'],
  },
  {
    // wn-b815ca1248d4, wn-64c459db567f: the coder reads a negated act of cooperation as a rejection; one that cannot be
    // done is no refusal
    cls: 'what one cannot do is no position ("could not reach an agreement", "cannot pass legislation")',
    text: 'President Trump and the previous Congress could not reach an agreement about the national budget. During these five weeks of prorogation, parliament cannot pass legislation.',
    published: '2019-01-26',
    want: [],
  },
  {
    cls: 'a speaker\'s evaluative words on a topic named in the quote',
    text: 'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African Continental Free Trade Area (AfCFTA) agreement. AU chairperson President Abdel Fattah el-Sisi of Egypt said, "The success of the AfCFTA will be the real test to achieve the economic growth that will turn our people\'s dream of welfare and quality of life into a reality".',
    published: '2019-07-10',
    want: ['Presidents support «African Continental Free Trade Area (AfCFTA) agreement»', 'Abdel Fattah el-Sisi support «African Continental Free Trade Area (AfCFTA) agreement»'],
  },
  {
    cls: 'no stance on an actor, an empty act or an appeal to the public',
    text: 'In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion. Casicas also asked people to "please pray for the repose of his soul". Trump said he declined to comment.',
    published: '2019-09-15',
    want: [],
  },
];

for (const c of CASES) {
  test(`stances: ${c.cls}`, () => {
    assert.deepEqual(stances(c.text, c.published), c.want);
  });
}

test('stances: the seed article — the proposal, its later references merged, and four positions on it', () => {
  const text = readFileSync(`${SEED_SPEC}/seed-article.txt`, 'utf8');
  const record = analyze(pipeline, { text, published: '2025-01-14' });
  const topic = record.topics.find((t) => t.label === 'deploying foreign military units in Ukraine');
  assert.ok(topic, JSON.stringify(record.topics.map((t) => t.label)));
  assert.equal(topic.key, 'deploy|foreign|military|troop|ukraine');
  for (const words of ['this idea', 'suggestion', 'proposal of deploying European troops']) assert.ok(topic.mentions.some((m) => m.text.includes(words)), words);
  const on = record.stances.filter((s) => s.topic === topic.id).map((s) => `${s.holderActor} ${s.polarity} ${s.date}`);
  // each dated by the timex that governs its cue ("in a statement the previous week"), else the publication date
  assert.deepEqual(on, ['UKRGOV support 2025-W02', 'FRAGOV consider 2025-01-14', 'POLGOV consider 2025-01-14', 'RUS oppose 2025-01-14']);
});

test('stances: every stance check of the seed expectations holds (required and bonus)', () => {
  const record = analyze(pipeline, { text: readFileSync(`${SEED_SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14' });
  const lines = seedReport(record).filter((line) => /^(ok|FAIL)\s+\S+\s+stance\b/.test(line));
  assert.equal(lines.length, 4, lines.join('\n'));
  assert.deepEqual(lines.filter((line) => line.startsWith('FAIL')), []);
});

test('stances: a named agreement or law is a topic, read by its head noun ("the Paris Agreement")', () => {
  // English Wikinews (CC BY 2.5), wn-d07e9690336b: the model names the agreement (MISC), which read as an actor took no stance
  const text = 'That September, the Fridays for Future movement launched; Thunberg promised protests every week until Sweden joined the Paris Agreement.';
  assert.ok(stances(text, '2019-12-14').includes('Sweden support «Paris Agreement»'), stances(text, '2019-12-14').join('; '));
});

test('stances: a vote to act supports the act; a vote that is required takes no position', () => {
  // English Wikinews (CC BY 2.5): wn-673f46d7e5be and wn-8682d613d3ee
  assert.deepEqual(stances('The parliament of Portugal voted to extend the national state of emergency by 15 days.', '2020-04-17'), ['parliament support «extend the national state of emergency by 15 days»']);
  assert.deepEqual(stances('Two-thirds of senators must vote to convict in the trial for removal from office.', '2019-12-19'), []);
});

test('stances: a campaign, a spokesman or an office holds the position of the one it speaks for', () => {
  // English Wikinews (CC BY 2.5), wn-ec0c9e990c97
  assert.deepEqual(stances('The Biden campaign criticized the commutation as an abuse of power.', '2020-07-15'), ['Joe Biden oppose «commutation»']);
});
