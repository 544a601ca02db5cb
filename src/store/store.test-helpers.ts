import { SCHEMA, type AnalysisRecord } from '../model/record.js';
import type { EntityType, EventMode, Polarity, QuoteKind, Role } from '../model/layers.js';

/*
 * Two English Wikinews articles (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/):
 * "Iran's President Rouhani tells foreign powers to leave Persian Gulf" (2019-09-23,
 * https://en.wikinews.org/wiki/Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf), first two
 * paragraphs, and "Germany says Alexei Navalny poisoned with Novichok" (2020-09-05,
 * https://en.wikinews.org/wiki/Germany_says_Alexei_Navalny_poisoned_with_Novichok).
 * The layers below are written by hand for the store's tests, not by the analysis.
 */
export const ROUHANI_TEXT = `Yesterday, President Hassan Rouhani of Iran said if the goal is peace and security, then foreign powers should "get out of the region" as their presence could cause an arms race. He also announced a new security initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz to be unveiled at the United Nations General Assembly later this week.

Rouhani was speaking at the opening of Sacred Defence Week, an annual commemoration of the eight-year Iran–Iraq War, which features military parades. "The presence of foreign forces can be dangerous for the region, international waters, as well as the security of shipping lines and energy, but our path is to create unity and coordination with regional countries," he said.`;

export const NAVALNY_TEXT = `On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union. Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill, and transferred to a hospital in Berlin, Charité.

The German government announced the tests by a military laboratory found Novichok in Navalny's blood, and said there was "unequivocal" proof he had been poisoned. The spokesperson for the German government strongly condemned the attack. Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia. The Russian government dismissed the claim from Berlin as groundless.

Navalny was airlifted from Omsk to Berlin in August when he was suffering from a serious medical condition. Navalny is an outspoken critic of Russian president Vladimir Putin, and his associates had alleged Navalny was poisoned. Initial reports from Omsk hospital reported no traces of poison were found in his blood or urine before he was airlifted by Berlin non-profit Cinema for Peace Foundation.`;

/** The Navalny report cut after its second paragraph, as a syndicated copy might be. */
export const NAVALNY_CUT = NAVALNY_TEXT.slice(0, NAVALNY_TEXT.lastIndexOf('\n\n'));

interface EntitySpec {
  id: string; type: EntityType; name: string; country: string | null; actor?: { id: string; cameo: string | null };
  roles?: Role[];
  /** Each mention: its words, or [words, longer words around them that find the right occurrence]. */
  mentions: Array<string | [string, string]>;
}
interface QuoteSpec { kind: QuoteKind; text: string; speaker: string | null; date: string | null }
interface EventSpec {
  id: string; code: string; source: string | null; target: string | null; evidence: string; trigger: string; date: string;
  label?: string; plover?: string | null; mode?: EventMode; sourceText?: string; targetText?: string;
}
interface TopicSpec { id: string; label: string; key: string; mentions: string[] }
interface StanceSpec { holder: string; topic: string; polarity: Polarity; cue: string; evidence: string; date: string }

export interface ArticleSpec {
  id: string; text: string; title: string; published: string; url?: string; source?: string;
  entities?: EntitySpec[]; quotes?: QuoteSpec[]; events?: EventSpec[]; timexes?: Array<{ text: string; value: string }>;
  topics?: TopicSpec[]; stances?: StanceSpec[];
}

function spanOf(text: string, words: string, context = words) {
  const at = text.indexOf(context);
  const start = at < 0 ? -1 : text.indexOf(words, at);
  if (start < 0) throw new Error(`fixture: '${words}' is not in the text`);
  return { start, end: start + words.length };
}

/** Builds a record by hand, finding each span's offsets in the text. */
export function articleRecord(spec: ArticleSpec): AnalysisRecord {
  const { text } = spec;
  const entities = (spec.entities ?? []).map((e) => ({
    id: e.id, type: e.type, name: e.name, country: e.country, actor: e.actor ?? null, roles: e.roles ?? [],
    mentions: e.mentions.map((m) => (typeof m === 'string' ? { ...spanOf(text, m), text: m } : { ...spanOf(text, m[0], m[1]), text: m[0] })), by: 'fixture',
  }));
  const actorOf = (id: string | null) => entities.find((e) => e.id === id)?.actor?.cameo ?? null;
  return {
    schema: SCHEMA,
    document: { id: spec.id, title: spec.title, url: spec.url ?? null, source: spec.source ?? null, published: spec.published, publishedSource: 'given', text },
    sentences: [{ start: 0, end: text.length }],
    paragraphs: [{ start: 0, end: text.length }],
    tokens: text.split(/\s+/).length,
    entities,
    timexes: (spec.timexes ?? []).map((t) => ({ ...spanOf(text, t.text), text: t.text, type: 'DATE' as const, value: t.value, mod: null, by: 'fixture' })),
    quotes: (spec.quotes ?? []).map((q) => ({
      ...spanOf(text, q.text), text: q.text, kind: q.kind, speaker: q.speaker, speakerSpan: null, cue: null, cueSpan: null, date: q.date, by: 'fixture',
    })),
    events: (spec.events ?? []).map((v) => ({
      id: v.id, code: v.code, label: v.label ?? '', root: v.code.slice(0, 2), quadClass: 1 as const, goldstein: 0, plover: v.plover ?? null, mode: v.mode ?? 'asserted',
      source: v.source, target: v.target, sourceActor: actorOf(v.source), targetActor: actorOf(v.target),
      sourceText: v.sourceText ?? null, targetText: v.targetText ?? null,
      trigger: { ...spanOf(text, v.trigger, v.evidence), text: v.trigger }, date: v.date, dateFrom: 'published' as const, sentence: 0, ...spanOf(text, v.evidence), by: 'fixture',
    })),
    topics: (spec.topics ?? []).map((t) => ({ id: t.id, label: t.label, key: t.key, mentions: t.mentions.map((m) => ({ ...spanOf(text, m), text: m })) })),
    stances: (spec.stances ?? []).map((st) => ({
      holder: st.holder, holderActor: actorOf(st.holder), topic: st.topic, polarity: st.polarity, cue: st.cue, ...spanOf(text, st.evidence), date: st.date, by: 'fixture',
    })),
  };
}

const ROUHANI: EntitySpec = { id: 'e1', type: 'PERSON' , name: 'Hassan Rouhani', country: 'IRN', actor: { id: 'person:rouhani', cameo: 'IRNGOV' },
  roles: [{ title: 'President', country: 'IRN', qualifier: null, from: 'text' }], mentions: ['Hassan Rouhani', ['Rouhani', 'Rouhani was']] };

export const rouhaniArticle = (): AnalysisRecord => articleRecord({
  id: 'wn-rouhani', text: ROUHANI_TEXT, title: "Iran's President Rouhani tells foreign powers to leave Persian Gulf", published: '2019-09-23',
  url: 'https://en.wikinews.org/wiki/Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf', source: 'wikinews',
  entities: [ROUHANI, { id: 'e2', type: 'GPE', name: 'Iran', country: 'IRN', actor: { id: 'country:IRN', cameo: 'IRN' }, mentions: [['Iran', 'Iran said']] }],
  timexes: [{ text: 'Yesterday', value: '2019-09-22' }],
  events: [
    { id: 'v1', code: '100', label: 'Demand', plover: 'DEMAND', source: 'e1', target: null, targetText: 'foreign powers',
      evidence: 'foreign powers should "get out of the region"', trigger: 'should', date: '2019-09-22' },
    { id: 'v2', code: '030', label: 'Express intent to cooperate', plover: 'COOPERATE', mode: 'intended', source: 'e1', target: null,
      evidence: 'a new security initiative for the Persian Gulf', trigger: 'initiative', date: '2019-09-22' },
  ],
  topics: [{ id: 't1', label: 'foreign forces leaving the Persian Gulf', key: 'leave|force|foreign|persian gulf', mentions: ['get out of the region'] }],
  stances: [{ holder: 'e1', topic: 't1', polarity: 'support', cue: 'should', evidence: 'foreign powers should "get out of the region"', date: '2019-09-22' }],
  quotes: [
    { kind: 'direct', text: 'get out of the region', speaker: 'e1', date: '2019-09-22' },
    { kind: 'direct', text: 'The presence of foreign forces can be dangerous for the region', speaker: 'e1', date: '2019-09-22' },
  ],
});

const MERKEL: EntitySpec = { id: 'e1', type: 'PERSON' , name: 'Angela Merkel', country: 'DEU', actor: { id: 'person:merkel', cameo: 'DEUGOV' },
  roles: [{ title: 'Chancellor', country: 'DEU', qualifier: null, from: 'text' }], mentions: ['Angela Merkel'] };
const RUSSIA: EntitySpec = { id: 'e2', type: 'GPE' , name: 'Russia', country: 'RUS', actor: { id: 'country:RUS', cameo: 'RUS' }, mentions: [['Russia', 'from Russia']] };
const GERMAN_GOVERNMENT: EntitySpec = { id: 'e3', type: 'ORG' , name: 'German government', country: 'DEU', mentions: ['German government'] };
const RUSSIAN_GOVERNMENT: EntitySpec = { id: 'e4', type: 'ORG', name: 'Russian government', country: 'RUS', actor: { id: 'org:russian-government', cameo: 'RUSGOV' },
  mentions: ['Russian government'] };

export const navalnyArticle = (overrides: Partial<ArticleSpec> = {}): AnalysisRecord => articleRecord({
  id: 'wn-navalny', text: NAVALNY_TEXT, title: 'Germany says Alexei Navalny poisoned with Novichok', published: '2020-09-05',
  url: 'https://en.wikinews.org/wiki/Germany_says_Alexei_Navalny_poisoned_with_Novichok', source: 'wikinews',
  entities: [MERKEL, RUSSIA, GERMAN_GOVERNMENT, RUSSIAN_GOVERNMENT],
  timexes: [{ text: 'On Wednesday', value: '2020-09-02' }],
  quotes: [{ kind: 'mixed', text: 'there was "unequivocal" proof he had been poisoned', speaker: 'e3', date: '2020-09-02' }],
  events: [
    { id: 'v1', code: '1041', label: 'Demand information, investigation', plover: 'DEMAND', source: 'e1', target: 'e2', trigger: 'demanded',
      evidence: 'Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia', date: '2020-09-02' },
    { id: 'v2', code: '120', label: 'Reject', plover: 'REJECT', source: 'e4', target: 'e3', trigger: 'dismissed',
      evidence: 'The Russian government dismissed the claim from Berlin as groundless', date: '2020-09-03' },
  ],
  topics: [{ id: 't1', label: 'claim that Navalny was poisoned with Novichok', key: 'poison|navalny|novichok',
    mentions: ['Navalny was poisoned with Novichok', 'the claim from Berlin'] }],
  stances: [
    { holder: 'e3', topic: 't1', polarity: 'support', cue: 'said', evidence: 'said there was "unequivocal" proof he had been poisoned', date: '2020-09-02' },
    { holder: 'e4', topic: 't1', polarity: 'oppose', cue: 'dismissed … as groundless', evidence: 'The Russian government dismissed the claim from Berlin as groundless', date: '2020-09-03' },
  ],
  ...overrides,
});
