import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * "Take", "serve", "leave" and "join" code only through their patterns: their blocks' defaults (171
 * seize property, 060 aid, 040 travel to meet, 040 assemble) are not what news means by them.
 * Sentences from Wikinews (CC BY 2.5: wn-1e5c81a86c20, wn-b4a473024150, wn-88f70cebeaef,
 * wn-173e50d85f4d, wn-64c459db567f, wn-316bd5c2f454, wn-01584077d867, wn-2c0a4b9b146f, some trimmed) and written for this test in the shape of wire reports: the
 * seizures the patterns and phrasal verbs name stay.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The first presidential debate between Trump and Biden took place on the penultimate day of September in Ohio.', []],
  ['Nkurunziza was taken ill on Saturday evening, after attending a volleyball game, and taken to hospital.', []],
  ['Rebels took control of the town on Sunday.', ['192 ---REB→---']],
  ['Gunmen took dozens of people hostage.', ['181 ---UAF→---']],
  ['Taliban fighters took over the city of Kunduz on Monday.', ['171 AFGREB→AFG']],
  ['He went on to serve in the House of Representatives for twenty three years.', []],
  ['Sirhan, 75, is serving a life sentence for the 1968 assassination of United States senator and presidential candidate Robert F. Kennedy.', []],
  ['The United Kingdom is in the process of leaving the European Union.', []],
  ['Despite the assurances, she and her husband left the country, police said.', []],
  ['Carroll joined the Solidarity Party and ran for Congress in 2018.', []],
  ['For the US Green Party, former Minnesota governor Jesse Ventura joined the party.', []],
  ['France and Germany joined forces with Britain.', ['060 FRA→GBR', '060 DEU→GBR']],
];

test('"take", "serve", "leave" and "join" are coded only as their patterns and phrasal verbs say', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});

/**
 * "Found" is FIND's past before it is FOUND (ENACT, 060): the lemmatizer tells them apart, so the court's
 * and the investigators' findings establish nothing (English Wikinews, CC BY 2.5: wn-7484c413c225,
 * wn-e8d671d30811), while "founded" still does.
 */
test('a word that is the form of two dictionary verbs is the one its lemma names', () => {
  assert.deepEqual(coded("The three-judge court found Johnson's advice to the Queen unlawful."), []);
  assert.deepEqual(coded('Investigators said it has found no trace of explosives.').filter((e) => e.startsWith('06')), []);
  assert.ok(codedEvents('Turkey founded a new alliance with Azerbaijan in 1992.', '2021-03-01').some((e) => e.startsWith('06')));
});

/**
 * "Need", "give" and "rule" code only through their patterns: news needs certainty, gives speeches and rules on
 * appeals (English Wikinews, CC BY 2.5: wn-131a010276fd, wn-935f319a607e, wn-0e56b5afa77e), and what is needed
 * of another is not done ("They need to stand by us", wn-4a036a6152d8).
 */
test('"need", "give" and "rule" are coded only as their patterns say', () => {
  assert.deepEqual(coded('Puerto Rico needs certainty and stability.'), []);
  assert.deepEqual(coded('Trump and Vice President Mike Pence both gave speeches in Charlotte on the first day of the convention.'), []);
  assert.deepEqual(coded("The Supreme Court ruled on the appeal of that decision by Johnson's government."), []);
  assert.deepEqual(coded('Erdogan said the European Union needs to stand by Turkey.'), []);
});

/**
 * "Consider" codes only through its patterns: news considers a project one of common interest or people candidates
 * (English Wikinews, CC BY 2.5: wn-d4c395914b7f, wn-50e45413d54c), which is no consultation; considering sanctions
 * is still a threat of them.
 */
test('"consider" is coded only as its patterns say', () => {
  assert.deepEqual(coded('The estimated cost is 2.5 billion euros, and the EU considers it a PCI.'), []);
  assert.ok(coded('The European Union is considering sanctions against Turkey.').some((e) => e.startsWith('13')));
});

/**
 * "Expect", "determine", "express", "handle", "improve", "lead", "pass", "study", "think" and "vote" code only through their patterns: authorities
 * expect winds, a judge determines a man lied, a pupil expresses intent to become a lawyer, a president handles issues,
 * a candidate improves his standing, an attorney general leads a department, a judge studied law, a country voted on a
 * day (English Wikinews, CC BY 2.5: wn-40d629f9d7b3, wn-c01b02ff8baf, wn-88f70cebeaef, wn-45c8e423037d, wn-b4a473024150,
 * wn-ce3b8cf25a80, wn-c92117110cee, wn-64c459db567f), none an act on another; "expressed opposition to" keeps its pattern's disapproval (wn-e865a6ee73ab, trimmed).
 */
const JUDGING: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Authorities expected winds of 100 mph (about 160 km/h) and high waves.', []],
  ['However, some months later, the judge in that case determined Manafort had lied and violated that deal.', []],
  ['In grade school, Cummings expressed intent to become a lawyer.', []],
  ["Reportedly, Trump and Bolton have been at odds over the president's handling of issues with North Korea, Iran and the Afghan Taliban.", []],
  ['Biden improved his standing among another large voting bloc in Florida, senior citizens, who voted heavily for Trump in 2016.', []],
  ['As Attorney General, Barr leads the Department of Justice.', []],
  ['Stevens was born in 1920 in Chicago, Illinois and studied law at Northwestern University.', []],
  ['The United Kingdom voted on June 23, 2016, to leave the European Union in the Brexit referendum.', []],
];

test('verbs of judging and managing are coded only as their patterns say', () => {
  for (const [sentence, expected] of JUDGING) assert.deepEqual(coded(sentence).filter((e) => !e.startsWith('01')), expected, sentence);
  assert.ok(coded('Senate President Thomas Rivera Schatz expressed opposition to the swearing-in of Pierluisi.').some((e) => e.startsWith('110 ')));
});

/**
 * "Match", "issue", "pass" and "seek" code only through their patterns too: their blocks' defaults (190 fight, 060
 * cooperate, 080 yield, 030 intend to cooperate) are not what news means by them (English Wikinews, CC BY 2.5:
 * wn-b4a473024150, wn-0e56b5afa77e, wn-2b6091fa56f9, wn-9b69c3aeb64d, wn-1132b659b882, some trimmed); their patterns
 * keep the acts.
 */
test('"match", "issue", "pass" and "seek" are coded only as their patterns say', () => {
  assert.deepEqual(coded("Republicans argued the party controlling the Senate matches the President's party."), []);
  assert.deepEqual(coded('The Supreme Court of the United Kingdom issued a ruling on the prorogation of the Parliament of the United Kingdom.'), []);
  assert.deepEqual(coded('The House passed two different articles of impeachment.'), []);
  assert.ok(coded('Iran issued arrest warrants for 36 people.').some((e) => e.startsWith('173')));
  assert.deepEqual(coded("He subsequently sought the Constitution Party's nomination for President."), []);
  assert.deepEqual(coded('Mukherjee served his full five-year term, but did not seek reelection.').filter((e) => e.startsWith('03')), []);
});
