import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** Each sentence's speech verb, which the tagger reads as a plural noun after a name, with the content and speaker expected. */
const PRESENT_READ_AS_NOUN: ReadonlyArray<readonly [string, string, string]> = [
  // "President Trump says he 'can' and 'may' put US into state of emergency to build border wall", English Wikinews,
  // 2019-01-07, CC BY 2.5: https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall
  ['The President insists that the budget include funding for the wall, which was one of his campaign promises.', 'the budget include', 'The President'],
  // our own sentences
  ['Sales of electric cars rose by a third last year, The Financial Times reports.', 'Sales of electric cars', 'The Financial Times'],
  // (and the "that" after it, which the tagger then reads as a relative pronoun, is no part of the content)
  ['The Energy Research Center estimates that the plant would cost $40 billion.', 'the plant would cost', 'The Energy Research Center'],
];

test('a speech verb in the present that the tagger reads as a plural noun after its subject still reports', () => {
  for (const [text, content, speaker] of PRESENT_READ_AS_NOUN) {
    const doc = pipeline.run(new Doc(text, { published: '2019-01-07' }));
    const q = doc.get('quotes').find((x) => text.slice(x.start, x.end).startsWith(content));
    assert.ok(q, `no quote in: ${text}`);
    assert.equal(q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end), speaker);
  }
});

test('a plural noun owned, after a preposition or in a compound is no speech verb', () => {
  // our own sentences
  for (const text of [
    'The senator defended her plans to expand the program.',
    'He invested in one of the state savings plans that your employer offers.',
    'Officials said state plans to use mail-in ballots would cause delays.',
  ]) {
    const doc = pipeline.run(new Doc(text, { published: '2019-01-07' }));
    assert.ok(!doc.get('quotes').some((q) => q.cue === 'plans'), text);
  }
});

/** Each case's quote, found by the start of its content, has the speaker span given: [text, published, content, speaker]. */
function assertSpeakerSpans(cases: ReadonlyArray<readonly [string, string, string, string]>): void {
  for (const [text, published, content, speaker] of cases) {
    const doc = pipeline.run(new Doc(text, { published }));
    const q = doc.get('quotes').find((x) => text.slice(x.start, x.end).startsWith(content));
    assert.ok(q, `no quote in: ${text}`);
    assert.equal(q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end), speaker);
  }
}

test('a first word after "according to" that the tagger reads as a verb is a noun of the source', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    // "Report indicates Mexican monarch butterfly population at ten-year high, reasons unclear", English Wikinews,
    // 2019-02-02, CC BY 2.5: https://en.wikinews.org/wiki/Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear
    ['According to ecologist Chip Taylor of the University of Kansas, last year\'s relatively cool temperatures kept them in the right place.', '2019-02-02', 'last year', 'ecologist Chip Taylor'],
    // "Seoul city Mayor Park Won-soon found dead, South Korean police confirm", English Wikinews, 2020-07-09, CC BY 2.5:
    // https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm
    ['According to initial reports, the police have been investigating the specifics about the cause of his death.', '2020-07-09', 'the police have been', 'initial reports'],
  ];
  assertSpeakerSpans(cases);
});

test('a verb of wanting with a noun phrase and an infinitive after it reports someone else doing a thing', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    // "Car bomb ramming attack kills dozens at military base in Maidan Wardak, Afghanistan", English Wikinews, 2019-01-24,
    // CC BY 2.5: https://en.wikinews.org/wiki/Car_bomb_ramming_attack_kills_dozens_at_military_base_in_Maidan_Wardak,_Afghanistan
    ['The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave and the Afghan government shut out of peace talks.', '2019-01-24', 'foreign forces to leave', 'the Taliban'],
    // "On the campaign trail in the USA, September 2020", English Wikinews, 2020-10-29, CC BY 2.5:
    // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    ['Nevertheless, Collins did not want the U.S. to involve itself militarily and calls on Washington to remain neutral.', '2020-10-29', 'the U.S. to involve itself', 'Collins'],
  ];
  assertSpeakerSpans(cases);
});

test('a verb of opinion reports a bare clause after it, not an embedded question', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    // "On the campaign trail in the USA, August 2020", English Wikinews, 2020-09-30, CC BY 2.5:
    // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    ["While he believes Harris does not qualify as a natural born citizen under the 1789 view, he says court decisions made to challenge Obama's status have left the natural born citizen clause unenforceable.", '2020-09-30', 'Harris does not qualify', 'believes'],
    // "On the campaign trail in the USA, October 2020", English Wikinews, 2020-11-02, CC BY 2.5:
    // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    ['Whereas Pierce and Hawkins all felt parties should decide the procedures for their own primaries, La Riva favored the open primary system, arguing it is more democratic than Top Two.', '2020-11-02', 'parties should decide', 'felt'],
  ];
  for (const [text, published, content, cue] of cases) {
    const doc = pipeline.run(new Doc(text, { published }));
    assert.ok(doc.get('quotes').some((x) => x.cue === cue && text.slice(x.start, x.end).startsWith(content)), `no quote of '${cue}' in: ${text}`);
  }
  // "Neanderthals 'knew what they were doing': Archæologist Dr Naomi Martisius discusses her findings …", English Wikinews,
  // 2020-06-28, CC BY 2.5: https://en.wikinews.org/wiki/Neanderthals_%27knew_what_they_were_doing%27:_Arch%C3%A6ologist_Dr_Naomi_Martisius_discusses_her_findings_about_Neanderthals%27_behaviour_with_Wikinews
  const asked = 'Well, it tells me that they knew what they were doing.';
  assert.ok(!pipeline.run(new Doc(asked, { published: '2020-06-28' })).get('quotes').some((x) => x.cue === 'knew'), asked);
});

test('a speech verb the parser reads as a noun before a "that" clause still reports it', () => {
  // our own sentence: the parser reads "warn" as a noun ("sides warn"), wink as a verb
  assertSpeakerSpans([['Economists on both sides warn that the new tariff would raise prices for farmers.', '2020-01-01', 'the new tariff would raise', 'Economists']]);
  // (not a noun of saying after a determiner or a possessive)
  const text = 'He rejected their warnings that the dam would fail.';
  assert.ok(!pipeline.run(new Doc(text, { published: '2020-01-01' })).get('quotes').some((x) => x.cue === 'warnings' && x.by !== 'quotes/reported/noun-cue'), text);
});

test('a quoted title before a speaker whose verb opens a "that" clause is no quotation of theirs', () => {
  // our own sentence
  const text = 'Speaking on NBC’s “Meet the Press,” the senator conceded that the bill lacked the votes.';
  const quotes = pipeline.run(new Doc(text, { published: '2020-01-01' })).get('quotes');
  assert.deepEqual(quotes.map((q) => [q.kind, text.slice(q.start, q.end)]), [['indirect', 'the bill lacked the votes']]);
});
