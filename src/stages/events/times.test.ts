import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

/**
 * A date inside a clause that modifies a noun dates that clause's act, not the main verb's: the
 * election is "to be held on August 9", the rally on Thursday; a verb under the clause shares its
 * date ("… gathered in Cairo on Wednesday to discuss"). Sentences from Wikinews (CC BY 2.5,
 * wn-558c314476a5, wn-7a5683dc9a11, wn-30b42e810484).
 */
const DATED: ReadonlyArray<readonly [sentence: string, published: string, trigger: string, date: string]> = [
  ['On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.', '2020-08-03', 'held', '2020-07-30'],
  ["O'Rourke dropped out ahead of the upcoming Democratic primary debate scheduled for November 20 in Georgia.", '2019-11-04', 'dropped out', '2019-11-04'],
  ['Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.', '2020-01-11', 'discuss', '2020-01-08'],
];

test("a date in a clause modifying a noun is that clause's, not the act's", () => {
  const pipeline = createAnalyzer();
  for (const [sentence, published, trigger, date] of DATED) {
    const dates = analyze(pipeline, { text: sentence, published }).events.filter((e) => e.trigger.text === trigger).map((e) => e.date);
    assert.ok(dates.length > 0 && dates.every((d) => d === date), `${sentence}: ${dates.join(', ')}`);
  }
});

/**
 * A story says when once and goes on in the past tense: a past act of the next sentences is dated by the day the
 * narrative has reached (dateFrom 'sentence'), not by the publication date; an act an adverb moves in time, or a
 * day named in a clause that describes a noun, carries nothing. Passages from Wikinews (CC BY 2.5, wn-806f2b644bf2,
 * wn-d2688f005a05, wn-7ea3e9e75358).
 */
const NARRATIVE: ReadonlyArray<readonly [text: string, published: string, trigger: string, date: string, from: string]> = [
  ["Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts anti-Pyongyang propaganda into the North.\n\nNo injuries or deaths were reported in the attacks from either side, but South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell landed near the area. The South retaliated by firing dozens of rounds of artillery into the north.", '2015-08-21', 'retaliated', '2015-08-20', 'sentence'],
  ['Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov. Leonov was famous for performing the first human spacewalk as part of the Soviet Union\'s Voskhod 2 mission. He was 85.\n\nLeonov, also known as "cosmonaut No. 11", was part of the Soviet Union\'s original team of cosmonauts. On March 18, 1965, he performed the first manned extravehicular activity (EVA), or "spacewalk", remaining alone outside the spacecraft for just over twelve minutes. He received the "Hero of the Soviet Union", the Soviet Union\'s highest honor, for his work. Ten years later, he led the Soviet part of the Apollo–Soyuz mission symbolizing that the Space Race was over.', '2019-10-12', 'led', '2019-10-12', 'published'],
  ['According to reports, criticism within Serbia has said COVID-19 cases rose because President Aleksandar Vučić eased lockdown measures to win elections which were held on June 21. Public and private gatherings were allowed in May again before the election started, including sports events, religious events, and parties.\n\nThe protesters clashed in front of parliament with the police and threw rocks, bottles and flares.', '2020-07-12', 'threw', '2020-07-12', 'published'],
];

test('a past act of the next sentences is dated by the day the story has reached', () => {
  const pipeline = createAnalyzer();
  for (const [text, published, trigger, date, from] of NARRATIVE) {
    const events = analyze(pipeline, { text, published }).events.filter((e) => e.trigger.text === trigger);
    assert.ok(events.length > 0, `${trigger}: no event`);
    for (const e of events) assert.deepEqual([e.date, e.dateFrom], [date, from], `${trigger} in ${text.slice(0, 60)}…`);
  }
});
