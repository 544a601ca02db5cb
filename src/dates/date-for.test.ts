import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../model/document.js';
import type { Span } from '../model/span.js';
import { loadWink, segmentText } from '../stages/segment/index.js';
import { timeStage } from '../stages/time/index.js';
import { DocumentDates } from './date-for.js';

const wink = loadWink();

/** A document with real tokens, part of speech, sentences and timexes, published on `published`. */
function analysed(text: string, published: string): Doc {
  const doc = new Doc(text, { published });
  const { tokens, sentences, paragraphs } = segmentText(text, wink);
  doc.set('anchor', { value: published, source: 'given', earliest: published, latest: published, evidence: [] }, 'anchor');
  doc.set('tokens', tokens, 'segment');
  doc.set('sentences', sentences, 'segment');
  doc.set('paragraphs', paragraphs, 'segment');
  doc.set('timexes', timeStage.run(doc, { resources: {} }).timexes, 'time');
  return doc;
}

/** The span of the first `phrase` in `text` (after `after`, when given). */
function at(text: string, phrase: string, after = ''): Span {
  const start = text.indexOf(phrase, after ? text.indexOf(after) : 0);
  assert.ok(start >= 0, `no "${phrase}" in the text`);
  return { start, end: start + phrase.length };
}

/** The date `DocumentDates.dateFor` gives each word, in a one-article document. */
function datesOf(text: string, published: string, words: readonly string[], exclude?: string): string[] {
  const doc = analysed(text, published);
  const dates = new DocumentDates(doc);
  return words.map((w) => dates.dateFor(at(text, w), exclude ? at(text, exclude) : undefined) ?? 'null');
}

test('the seed article: "since mid-December" dates neither the entertaining nor Russia\'s reaction (regression)', () => {
  const text = 'However, this idea, entertained by figures such as President Macron and Polish Prime Minister Donald Tusk since mid-December, has been met with resistance from Russia, which deemed the suggestion premature.';
  assert.deepEqual(datesOf(text, '2025-01-14', ['deemed', 'entertained', 'met']), ['2025-01-14', '2025-01-14', '2025-01-14']);
});

test('the seed article: the statement dates of Zelensky and Biden', () => {
  const p = '2025-01-14';
  assert.deepEqual(datesOf('Ukrainian President Volodymyr Zelensky announced, on Monday, discussions with French President Emmanuel Macron regarding the possibility of deploying foreign military units in Ukraine.', p, ['announced']), ['2025-01-13']);
  assert.deepEqual(datesOf('President Zelensky, in a statement the previous week, labeled the possibility of Western forces in Ukraine as one of the most effective tools to "compel Russia towards peace."', p, ['labeled']), ['2025-W02']);
  assert.deepEqual(datesOf('Joe Biden reaffirmed on Monday that the United States and its Western allies cannot abandon Ukraine in its war against Russia.', p, ['reaffirmed']), ['2025-01-13']);
});

test('"since", "until", "by", "before", "from … to": a time the event is related to is not when it happened', () => {
  assert.deepEqual(datesOf('Shelling has continued since mid-December, residents said.', '2025-01-14', ['continued', 'said']), ['2025-01-14', '2025-01-14']);
  assert.deepEqual(datesOf('Immigration officials postponed until Tuesday any action on the case.', '2025-01-16', ['postponed']), ['2025-01-16']);
  assert.deepEqual(datesOf('The ministry wants the corridor open by August.', '2025-01-14', ['wants']), ['2025-01-14']);
  assert.deepEqual(datesOf('The envoy left Kyiv before Friday, his office said on Sunday.', '2025-01-14', ['left', 'said']), ['2025-01-14', '2025-01-12']);
  assert.deepEqual(datesOf('The curfew will be enforced from Friday to Sunday in the capital.', '2025-01-14', ['enforced']), ['2025-01-14']);
  assert.deepEqual(datesOf('The rebels have held the town since the January 2023 assault.', '2025-01-14', ['assault', 'held']), ['2023-01', '2025-01-14']);
});

test('"On Monday, X said" and "X said on Tuesday that …": the timex of the reporting clause', () => {
  const p = '2025-01-15';
  assert.deepEqual(datesOf('On Monday, Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the talks had stalled.', p, ['told']), ['2025-01-13']);
  assert.deepEqual(datesOf('NATO Secretary General Mark Rutte said on Tuesday that the alliance would send more air defence systems to Ukraine in February.', p, ['said', 'send']), ['2025-01-14', '2025-02']);
  assert.deepEqual(datesOf('On Monday, the foreign minister of Ukraine said the grain deal was signed in March.', p, ['said', 'signed']), ['2025-01-13', '2024-03']);
});

test('a timex in a relative, subordinate or other clause does not date the reporting verb', () => {
  const p = '2025-01-14';
  assert.deepEqual(datesOf('Donald Trump, who is set to take office on January 20th, said he would meet Putin.', p, ['said', 'take']), ['2025-01-14', '2025-01-20']);
  assert.deepEqual(datesOf('After talks collapsed on Monday, the minister said he would resign.', p, ['said', 'collapsed']), ['2025-01-14', '2025-01-13']);
  assert.deepEqual(datesOf('Troops crossed the border last Tuesday, officials said.', p, ['said', 'crossed']), ['2025-01-14', '2025-01-07']);
  assert.deepEqual(datesOf('The summit will open on January 20th; Trump will not attend.', p, ['open', 'attend']), ['2025-01-20', '2025-01-14']);
});

test('a date inside the quotation is not when it was said', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said: "The talks on Monday achieved nothing."';
  assert.deepEqual(datesOf(text, '2025-01-16', ['said'], 'The talks on Monday achieved nothing.'), ['2025-01-16']);
});

test('a tag after the quotation takes the timex that follows its verb', () => {
  const text = '"We will not retreat," Zelensky said on Monday.';
  assert.deepEqual(datesOf(text, '2025-01-16', ['said'], 'We will not retreat,'), ['2025-01-13']);
  assert.deepEqual(datesOf('Russia launched a massive drone attack on Kyiv overnight, the air force said on Thursday.', '2025-01-17', ['said', 'launched']), ['2025-01-16', '2025-01-17']);
});

test('a timex in front of a noun dates that noun, not the verb of the clause', () => {
  const p = '2025-01-16';
  assert.deepEqual(datesOf("Markets reacted calmly to Tuesday's announcement of new sanctions.", p, ['reacted', 'announcement']), ['2025-01-16', '2025-01-14']);
  assert.deepEqual(datesOf('The carmaker reported fourth-quarter losses on Wednesday.', p, ['reported']), ['2025-01-15']);
  assert.deepEqual(datesOf('Fourth-quarter profit jumped 12%, the bank said.', '2025-01-20', ['jumped']), ['2024-Q4']);
});

test('a clause opened after a comma runs on through verbless segments', () => {
  const text = 'The Nasdaq index, which fell 1.4%, or 6.43 points, on Friday, recovered on Monday.';
  assert.deepEqual(datesOf(text, '2025-10-20', ['fell', 'recovered']), ['2025-10-17', '2025-10-20']);
});

test('a fronted prepositional phrase belongs to the main clause, whatever verb it holds', () => {
  assert.deepEqual(datesOf('In a televised address on Friday, the president described the vote as historic.', '2025-10-20', ['described']), ['2025-10-17']);
  assert.deepEqual(datesOf('Speaking to reporters on Monday, Lavrov said Moscow had not received any proposal.', '2025-10-22', ['said']), ['2025-10-20']);
});

test('"the quarter ended Sept. 30": the end date dates the ending, the quarter dates the result', () => {
  const text = 'The bank posted a loss of $2 million for the third quarter ended Sept. 30.';
  assert.deepEqual(datesOf(text, '2025-10-20', ['posted', 'ended']), ['2025-Q3', '2025-09-30']);
});

test('"set for Monday": a scheduled event is dated by its day (in Monday\'s paper, news style names today by its weekday)', () => {
  assert.deepEqual(datesOf('The parliamentary vote is set for Monday.', '2025-10-15', ['set']), ['2025-10-20']);
  assert.deepEqual(datesOf('The parliamentary vote is set for Monday.', '2025-10-20', ['set']), ['2025-10-20']);
});

test('a fronted timex dates verbs that share the subject', () => {
  assert.deepEqual(datesOf('During the third quarter, the bank cut 500 jobs, closed 40 branches and raised fees.', '2025-10-20', ['closed', 'raised']), ['2025-Q3', '2025-Q3']);
});

test('an undated document gives null when nothing in the clause dates the span', () => {
  const text = 'The two leaders met in Geneva.';
  const doc = new Doc(text, {});
  const { tokens, sentences, paragraphs } = segmentText(text, wink);
  doc.set('anchor', { value: null, source: 'unknown', earliest: null, latest: null, evidence: [] }, 'anchor');
  doc.set('tokens', tokens, 'segment');
  doc.set('sentences', sentences, 'segment');
  doc.set('paragraphs', paragraphs, 'segment');
  doc.set('timexes', [], 'time');
  assert.equal(new DocumentDates(doc).dateFor(at(text, 'met')), null);
});
