import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import type { Entity, Quote } from '../../model/layers.js';
import { dateDocument } from '../anchor/index.js';
import { loadWink, segmentText } from '../segment/index.js';
import { findTimexes } from '../time/index.js';
import { findQuotes } from './index.js';

const wink = loadWink();

/** A document with the segment, anchor and time layers (and optionally hand-built entities) the quotes stage reads. */
function docOf(text: string, entities: Array<{ id: string; name: string; mentions: string[]; type?: Entity['type'] }> = []): Doc {
  const doc = new Doc(text, { published: '2025-01-14' });
  const seg = segmentText(text, wink);
  doc.set('tokens', seg.tokens, 'segment');
  doc.set('sentences', seg.sentences, 'segment');
  doc.set('paragraphs', seg.paragraphs, 'segment');
  doc.set('anchor', dateDocument(text, '2025-01-14'), 'anchor');
  doc.set('timexes', findTimexes(text, '2025-01-14', seg.sentences), 'time');
  {
    doc.set('entities', entities.map((e): Entity => ({
      id: e.id, type: e.type ?? 'PERSON', name: e.name, country: null, actor: null, roles: [], by: 'test',
      mentions: e.mentions.flatMap((m) => [...text.matchAll(new RegExp(`\\b${m}\\b`, 'g'))].map((x) => ({ start: x.index!, end: x.index! + m.length, text: m }))),
    })), 'entities');
  }
  return doc;
}

const show = (doc: Doc, q: Quote) => ({
  kind: q.kind,
  content: doc.text.slice(q.start, q.end),
  speaker: q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
  cue: q.cue,
});

const SEED_TAIL = 'In related developments, outgoing U.S. President\nJoe Biden reaffirmed on Monday that the United States and its Western allies cannot abandon Ukraine in its war against Russia.\nIn a Washington address reviewing his foreign policy achievements, Biden stated, "We helped Ukrainians stop [Russian President Vladimir] Putin.\nAfter three years, Putin has failed to achieve all of his strategic goals...\nhe failed due to NATO\'s unity...\nwe cannot give up."\nThis dialogue occurs as global powers navigate the complexities of the conflict.';

test('reported speech with "that" and a quotation over four lines, both Biden’s (the seed article)', () => {
  const doc = docOf(SEED_TAIL, [{ id: 'biden', name: 'Joe Biden', mentions: ['Joe Biden', 'Biden'] }]);
  const quotes = findQuotes(doc);
  assert.deepEqual(quotes.map((q) => show(doc, q)), [
    { kind: 'indirect', content: 'the United States and its Western allies cannot abandon Ukraine in its war against Russia', speaker: 'outgoing U.S. President\nJoe Biden', cue: 'reaffirmed' },
    { kind: 'direct', content: 'We helped Ukrainians stop [Russian President Vladimir] Putin.\nAfter three years, Putin has failed to achieve all of his strategic goals...\nhe failed due to NATO\'s unity...\nwe cannot give up.', speaker: 'Biden', cue: 'stated' },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['biden', 'biden']);
  // "reaffirmed on Monday" dates the reported speech; the speech itself has no date of its own.
  assert.deepEqual(quotes.map((q) => q.date), ['2025-01-13', '2025-01-14']);
  assert.ok(quotes.every((q) => q.by.startsWith('quotes/')));
});

test('a partial quotation inside reported speech makes one mixed quote; a relative "which" speaks for its antecedent', () => {
  const text = 'President Zelensky, in a statement the previous week, labeled the possibility of Western forces in Ukraine as one of the most effective tools to "compel Russia towards peace." However, this idea has been met with resistance from Russia, which deemed the suggestion premature.';
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'mixed', content: 'the possibility of Western forces in Ukraine as one of the most effective tools to "compel Russia towards peace."', speaker: 'President Zelensky', cue: 'labeled' },
    { kind: 'indirect', content: 'the suggestion premature', speaker: 'Russia, which', cue: 'deemed' },
  ]);
});

test('a tag after the quote, a pronoun speaker resolved through coreference, and a quote run carried over', () => {
  const text = '“This is in their heads,” said Caddell.\n\n“It is one of the things worrying them,” he added. “Democratic groups, too – and that can be deadly.”';
  const doc = docOf(text, [{ id: 'caddell', name: 'Pat Caddell', mentions: ['Caddell', 'he'] }]);
  const quotes = findQuotes(doc);
  assert.deepEqual(quotes.map((q) => show(doc, q)), [
    { kind: 'direct', content: 'This is in their heads,', speaker: 'Caddell', cue: 'said' },
    { kind: 'direct', content: 'It is one of the things worrying them,', speaker: 'he', cue: 'added' },
    { kind: 'direct', content: 'Democratic groups, too – and that can be deadly.', speaker: 'he', cue: 'added' },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['caddell', 'caddell', 'caddell']);
});

test("a '' quotation is tied to its tag like a \" one", () => {
  const text = "''We have to look at ISIS as the leading threat,'' Mrs. Clinton said. Douglas Holtz-Eakin, an economist, told me, ''It is settled.''";
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'direct', content: 'We have to look at ISIS as the leading threat,', speaker: 'Mrs. Clinton', cue: 'said' },
    { kind: 'direct', content: 'It is settled.', speaker: 'Douglas Holtz-Eakin', cue: 'told' },
  ]);
});

test('"according to" names the source on either side of the content; scare quotes are not speech', () => {
  const text = 'According to the Kremlin, the talks were useful. The ceasefire will hold, according to Ukrainian officials. Critics dismissed the “peace plan” as theatre.';
  const doc = docOf(text);
  const quotes = findQuotes(doc).map((q) => show(doc, q));
  assert.deepEqual(quotes.slice(0, 2), [
    { kind: 'indirect', content: 'the talks were useful', speaker: 'the Kremlin', cue: 'According to' },
    { kind: 'indirect', content: 'The ceasefire will hold', speaker: 'Ukrainian officials', cue: 'according to' },
  ]);
  assert.ok(!quotes.some((q) => q.kind === 'direct'));
});

test('what was told with no "that" keeps its subject: the addressee ends where the next phrase opens', () => {
  // Wikinews (CC BY 2.5), wn-78fbf4d481fd and wn-e9c0ea8588cf, shortened
  const text = 'Governor Alexander Pimentel told CNN Philippines the towns damaged were primarily Carrascal and Cantilan. '
    + 'Monica Rochester told the BBC a search mission had discovered no further signs in the water.';
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q).content), [
    'the towns damaged were primarily Carrascal and Cantilan',
    'a search mission had discovered no further signs in the water',
  ]);
});

test('a tag inside its content, a verb coordinated with an earlier one, a speaker after the verb, a headline name and colon', () => {
  const text = 'John McCain: Republican Populist Anger Appeals to Bad Angels.\n\nStill, he said, officials have to decide who gets extra scrutiny. Carson conceded the name was wrong but said his campaign had found the article. The ceasefire is holding, said Oleg Voloshyn, a former spokesman.';
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'indirect', content: 'Republican Populist Anger Appeals to Bad Angels', speaker: 'John McCain', cue: ':' },
    // the content is one span: after a tag led by a short adverbial, the part after the tag (the speaker stays outside)
    { kind: 'indirect', content: 'officials have to decide who gets extra scrutiny', speaker: 'he', cue: 'said' },
    { kind: 'indirect', content: 'the name was wrong but said his campaign had found the article', speaker: 'Carson', cue: 'conceded' },
    { kind: 'indirect', content: 'his campaign had found the article', speaker: 'Carson', cue: 'said' },
    { kind: 'indirect', content: 'The ceasefire is holding', speaker: 'Oleg Voloshyn', cue: 'said' },
  ]);
});

test('a quote is dated by the timex of its attributing clause, not one inside what was said', () => {
  const text = 'Joe Biden reaffirmed on Monday that the allies will meet again on Friday.';
  const doc = docOf(text);
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  doc.set('timexes', [
    { ...at('Monday'), type: 'DATE', value: '2025-01-13', mod: null, by: 'test' },
    { ...at('Friday'), type: 'DATE', value: '2025-01-17', mod: null, by: 'test' },
  ], 'time');
  const [quote] = findQuotes(doc);
  assert.equal(doc.text.slice(quote.start, quote.end), 'the allies will meet again on Friday');
  assert.equal(quote.date, '2025-01-13');
});

test('every quote’s spans are offsets into the unchanged text', () => {
  const doc = docOf(SEED_TAIL);
  for (const q of findQuotes(doc)) {
    assert.ok(q.start < q.end && q.end <= doc.text.length);
    for (const s of [q.speakerSpan, q.cueSpan]) if (s) assert.ok(s.start < s.end && s.end <= doc.text.length);
    assert.equal(q.cue, q.cueSpan ? doc.text.slice(q.cueSpan.start, q.cueSpan.end) : null);
  }
});

test('the seed article: every quote a careful analyst reads, with its speaker entity', () => {
  const seed = readFileSync(new URL('../../../data/samples/demo.jsonl', import.meta.url), 'utf8');
  const text: string = JSON.parse(seed.split('\n')[0]).text;
  const doc = docOf(text, [
    { id: 'zelensky', name: 'Volodymyr Zelensky', mentions: ['Volodymyr Zelensky', 'Zelensky'] },
    { id: 'biden', name: 'Joe Biden', mentions: ['Joe Biden', 'Biden'] },
    { id: 'russia', name: 'Russia', mentions: ['Russia'], type: 'GPE' },
  ]);
  const quotes = findQuotes(doc);
  const said = (speaker: string, words: string, kinds: string[]) =>
    quotes.some((q) => q.speaker === speaker && kinds.includes(q.kind) && doc.text.slice(q.start, q.end).replace(/\s+/g, ' ').includes(words));
  assert.ok(said('biden', 'We helped Ukrainians stop', ['direct']) && said('biden', 'we cannot give up', ['direct']));
  assert.ok(said('zelensky', 'compel Russia towards peace', ['direct', 'indirect', 'mixed']));
  assert.ok(said('biden', 'cannot abandon Ukraine', ['indirect']));
  assert.ok(said('zelensky', 'extensive and detailed', ['indirect']));
  assert.ok(said('russia', 'premature', ['direct', 'indirect', 'mixed']));
});

test('a speech verb in the passive: its subject is never the speaker, its "by" phrase is no content', () => {
  // English Wikinews (CC BY 2.5): wn-4a036a6152d8, wn-8bf35d976bff, wn-05e21d027825; the last line is made up.
  const text = [
    'The operation was condemned by members of the European Union.',
    'The proceedings of the abortion rights was criticised by archbishop Monsenor Jorge Eduardo Scheinig.',
    'They sent me to counselling and then I was told that me and my child should also be tested for HIV.',
    'It was reported by state media that the talks had failed.',
  ].join('\n');
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'indirect', content: 'me and my child should also be tested for HIV', speaker: null, cue: 'told' },
    { kind: 'indirect', content: 'the talks had failed', speaker: 'state media', cue: 'reported' },
  ]);
});

test('an agentless passive reports a clause, an infinitive or a charge, never a name or a description', () => {
  // English Wikinews (CC BY 2.5): wn-d0abdede5edd, wn-6a48d9cc79fb, wn-7dcde94615c5, wn-eee45ef30ddc, wn-fa8b2bdfcc68.
  const text = [
    'She died after they shunned effective conventional medical treatments for homeopathy, a form of alternative medicine that has been described as pseudoscience.',
    'After his release, Mugabe led a militant guerrilla movement against Ian Smith\'s government; successful, Mugabe was hailed a national hero.',
    'Back in 2017, the World Rapid and Blitz Championship was held in Riyadh and Israeli chess players were denied visa.',
    'Boeing\'s first crewed mission is reportedly expected to launch next year.',
    'Back in 2018, a Pakistani journalism student Mashal Khan was killed by a mob lynch after he was accused of blasphemy.',
  ].join('\n');
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'indirect', content: 'to launch next year', speaker: null, cue: 'expected' },
    { kind: 'indirect', content: 'blasphemy', speaker: null, cue: 'accused' },
  ]);
});

test('a comma outside the closing mark (Wikinews and British style) still tags the quotation before it', () => {
  // English Wikinews (CC BY 2.5): wn-45c8e423037d, wn-69572b55cf22, wn-22b5bfe42db1.
  const text = [
    '"There were many times that Ambassador Bolton and I disagreed", Pompeo told the press on Tuesday.',
    '"Ford is fully cooperating with the government", Ford told The Verge.',
    '"Your presence has always been a calamity for this region", he continued in the speech.',
  ].join('\n\n');
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'direct', content: 'There were many times that Ambassador Bolton and I disagreed', speaker: 'Pompeo', cue: 'told' },
    { kind: 'direct', content: 'Ford is fully cooperating with the government', speaker: 'Ford', cue: 'told' },
    { kind: 'direct', content: 'Your presence has always been a calamity for this region', speaker: 'he', cue: 'continued' },
  ]);
});

test('a short quotation in a sentence about nobody who speaks is a scare quote, not a quote', () => {
  // English Wikinews (CC BY 2.5): wn-3cfb6f4fc0aa, wn-5b7de9034526, wn-b4a473024150.
  const text = [
    'The earthquake also caused a "mini tsunami" to flood some streets of Samos and Izmir.',
    'This is being misinterpreted as a "beta". Rather, this is an aspect of the development process.',
    'Biden called Trump a "national embarrassment" for his performance.',
  ].join('\n\n');
  const doc = docOf(text, [{ id: 'biden', name: 'Joe Biden', mentions: ['Biden'] }, { id: 'trump', name: 'Donald Trump', mentions: ['Trump'] }]);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'mixed', content: 'Trump a "national embarrassment" for his performance', speaker: 'Biden', cue: 'called' },
  ]);
});

test('a title joined to its country or body by "for" or "to" runs into the name that speaks', () => {
  // English Wikinews (CC BY 2.5): wn-3978c8f76bc8, wn-9100f9b8b8a4.
  const text = [
    'Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "Leaving them to die is a big mistake."',
    'US Special Representative for Iran Brian Hook said, "This has nothing to do with national security".',
  ].join('\n\n');
  const doc = docOf(text);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q).speaker), [
    'Former US Ambassador to the United Nations Nikki Haley',
    'US Special Representative for Iran Brian Hook',
  ]);
});

test('"according to" a report, poll or memo by someone: the phrase runs on to its comma, and its author (or the source it cites) speaks', () => {
  // Wikinews (CC BY 2.5): wn-8682d613d3ee, wn-ccdde1ed35f7, wn-2bfbc4f91baa, wn-e4c49b647ba2
  const cases: Array<[string, string, string]> = [
    ['According to a poll published by NBC News last week, over 220 members of the House of Representatives favored some form of impeachment.',
      'over 220 members of the House of Representatives favored some form of impeachment', 'NBC News'],
    ['According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases containing user data from Facebook were found on Amazon.',
      'two databases containing user data from Facebook were found on Amazon', 'UpGuard'],
    ['According to the report by Tasnim News Agency, he died at the Masih-e-Daneshavari hospital in the capital city Tehran.',
      'he died at the Masih-e-Daneshavari hospital in the capital city Tehran', 'Tasnim News Agency'],
    // wn-e4c49b647ba2: a report that cites its source, inside a clause whose opening adverbial has no verb (the content was
    // the adverbial, and "citing" gave the same words a second time)
    ['As a result of Saturday\'s unrest, according to a report citing the mayor\'s office, twenty people were arrested.',
      'twenty people were arrested', 'the mayor\'s office'],
  ];
  for (const [text, content, speaker] of cases) {
    const doc = docOf(text);
    const cue = text.includes('According to') ? 'According to' : 'according to';
    assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [{ kind: 'indirect', content, speaker, cue }], text);
  }
});

test('a tag after the content may be followed by adjuncts and a subordinate clause or participle', () => {
  // adapted from Wikinews (CC BY 2.5) wn-a8ced75f87c4, with a day after the verb
  const text = 'Strong winds over the Channel presented difficulty during the crossing, Zapata said on Sunday, as he landed in Dover.';
  const doc = docOf(text, [{ id: 'z', name: 'Zapata', mentions: ['Zapata'] }]);
  assert.deepEqual(findQuotes(doc).map((q) => show(doc, q)), [
    { kind: 'indirect', content: 'Strong winds over the Channel presented difficulty during the crossing', speaker: 'Zapata', cue: 'said' },
  ]);
});

test('a verb inside an aside set off by dashes reports up to the closing dash; the quotation after the aside is the clause\'s before it', () => {
  // shaped as a Wikinews report (CC BY 2.5), words changed
  const text = 'The Speaker commented on the vote — which the Guardian described as a rare step for a Speaker — "However it is presented, the aim is plainly to stop the debate."';
  const doc = docOf(text, [{ id: 'speaker', name: 'The Speaker', mentions: ['The Speaker'] }]);
  const shown = findQuotes(doc).map((q) => show(doc, q));
  assert.ok(shown.some((q) => q.kind === 'direct' && q.content.startsWith('However it is presented') && q.speaker === 'The Speaker'), JSON.stringify(shown));
  assert.ok(!shown.some((q) => q.speaker === 'the Guardian' && q.content.includes('However')), JSON.stringify(shown));
  // a dash right before the quotation: "Bercow added — “…”"
  const plain = 'The Speaker added — "The aim is plainly to stop the debate."';
  const doc2 = docOf(plain, [{ id: 'speaker', name: 'The Speaker', mentions: ['The Speaker'] }]);
  assert.deepEqual(findQuotes(doc2).map((q) => [q.kind, q.speaker]), [['direct', 'speaker']]);
});

/**
 * "that" before a noun of time is a determiner, no clause's opening (find.ts TIME_NOUNS). Wikinews, "Samoan government ends
 * state of emergency over measles outbreak" (CC BY 2.5, wn-e1cc1cd85985): the content was "night".
 */
test('"announced the decision that night" reports the decision, not "night"', () => {
  const text = 'The island nation\'s cabinet unanimously voted to lift it on Saturday afternoon, and the National Emergency Operation Centre (NEOC) announced the decision that night.';
  const doc = docOf(text, [{ id: 'neoc', name: 'National Emergency Operation Centre', mentions: ['National Emergency Operation Centre'] }]);
  assert.deepEqual(findQuotes(doc).map((q) => text.slice(q.start, q.end)), ['the decision that night']);
});

/**
 * "according to" set between commas inside a clause whose part before it has no verb reports what follows it (find.ts
 * asideInClause); after a clause with a verb it reports that clause. Wikinews, "Swedish academy announces 2019 Nobel Prize
 * winners in physics" (CC BY 2.5, wn-aea10c6840d1): the content was "Since their discovery".
 */
test('an "according to" aside inside a clause reports the clause\'s verb part', () => {
  const aside = 'Since their discovery, according to the academy, over four thousand other exoplanets have been discovered.';
  const after = 'The rebels seized two towns, according to officials.';
  for (const [text, content] of [[aside, 'over four thousand other exoplanets have been discovered'], [after, 'The rebels seized two towns']]) {
    const doc = docOf(text!);
    assert.deepEqual(findQuotes(doc).map((q) => text!.slice(q.start, q.end)), [content]);
  }
});

test('"continue" reports only a "that" clause, a colon or a quotation after it, not what goes on', () => {
  // Wikinews (CC BY 2.5): wn-024923ad5af3, wn-9eb5de0e8b84, and a quotation after the verb
  const none = 'Typhoon Phanfone continued westward on Thursday, toward the South China Sea. The Democratic Party will continue its primary season with the South Carolina primary election.';
  assert.deepEqual(findQuotes(docOf(none)).map((q) => q.cue), []);
  const said = 'The prime minister continued: "We will bring them home."';
  assert.deepEqual(findQuotes(docOf(said)).map((q) => q.cue), ['continued']);
});
