/**
 * Verbs that introduce what someone said or holds. The list was drawn up from the cue
 * words most often annotated in PolNeAR's training split (said, says, told, according to,
 * wrote, added, asked, called, noted, …) plus the diplomatic-news verbs the seed article
 * uses (reaffirm, label, deem, describe).
 */

/** How the content follows the verb. */
export type CueFrame =
  /** say (that) CONTENT */
  | 'clause'
  /** tell/urge/warn SOMEONE (that) CONTENT */
  | 'object'
  /** describe/label/deem/call Y (as) Z: the content is everything after the verb */
  | 'predicate'
  /** want/plan/vow to CONTENT (or that CONTENT): intentions and commitments */
  | 'intention'
  /** believe/think/show that CONTENT: only with a following clause, never as a quote tag */
  | 'belief'
  /** read: only as the tag after a quotation ("“…” the letter reads.") */
  | 'tag';

const IRREGULAR: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'showing', 'shown'],
  know: ['know', 'knows', 'knew', 'knowing'],
  see: ['see', 'sees', 'saw', 'seeing'],
  sing: ['sing', 'sings', 'sang', 'singing'],
  speak: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  read: ['read', 'reads'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  foresee: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
};

const FRAMES: Record<CueFrame, readonly string[]> = {
  clause: [
    'say', 'add', 'state', 'write', 'note', 'announce', 'argue', 'explain', 'declare', 'insist', 'deny', 'claim',
    'reaffirm', 'reiterate', 'tweet', 'report', 'continue', 'respond', 'reply', 'recall', 'predict', 'promise',
    'vow', 'pledge', 'stress', 'emphasize', 'emphasise', 'mention', 'conclude', 'complain', 'confirm', 'assert',
    'contend', 'maintain', 'observe', 'remark', 'comment', 'caution', 'boast', 'concede', 'joke', 'quip',
    'shout', 'testify', 'allege', 'acknowledge', 'admit', 'agree', 'propose', 'suggest', 'reveal', 'indicate',
    'signal', 'estimate', 'counter', 'answer', 'wonder', 'acknowledge', 'proclaim', 'insist', 'charge',
    'point', 'speculate', 'lament', 'predict', 'threaten', 'demand', 'recommend', 'question', 'hint',
    'retort', 'exclaim', 'retaliate', 'bark', 'interject', 'shoot', 'fire', 'yell', 'scream', 'sing', 'chant', 'scold', 'plead', 'underline', 'underscore', 'highlight', 'assure', 'repeat', 'stress', 'disclose', 'confide',
    // verbs of boasting, complaining, conceding and disputing, which report a clause or name what they say
    'brag', 'bemoan', 'affirm', 'clarify', 'posit', 'muse', 'opine', 'recount', 'grumble', 'gripe', 'fret', 'marvel',
    'theorize', 'theorise', 'aver', 'attest', 'concur', 'dispute', 'rebut', 'refute', 'crow', 'tout', 'trumpet', 'whisper',
    'mutter', 'gush', 'demur', 'scoff', 'deplore', 'disavow', 'repudiate', 'forecast', 'restate',
    'specify', 'profess', 'surmise', 'hypothesize', 'hypothesise', 'apologize', 'apologise',
  ],
  object: [
    'tell', 'ask', 'urge', 'warn', 'remind', 'inform', 'assure', 'advise', 'caution',
    'encourage', 'implore', 'beg', 'instruct', 'exhort', 'entreat', 'reassure', 'persuade', 'convince',
  ],
  predicate: [
    'describe', 'label', 'call', 'deem', 'dub', 'brand', 'characterize', 'characterise', 'term', 'praise',
    'criticize', 'criticise', 'accuse', 'blame', 'dismiss', 'reject', 'welcome', 'condemn', 'denounce',
    'defend', 'endorse', 'slam', 'blast', 'hail', 'mock', 'decry', 'applaud', 'thank', 'cite', 'discuss', 'express', 'voice',
    'speak', 'talk', 'refer', 'rail',
    // verbs of judging aloud: their object is whom or what they judge
    'assail', 'lambaste', 'excoriate', 'berate', 'rebuke', 'chide', 'castigate', 'deride', 'disparage', 'ridicule', 'belittle',
    'lampoon', 'extol', 'laud', 'commend', 'fault', 'congratulate',
  ],
  intention: [
    'want', 'plan', 'seek', 'intend', 'refuse', 'decline', 'hope', 'aim', 'vow', 'pledge', 'promise', 'threaten',
    'agree', 'offer', 'propose', 'expect',
  ],
  tag: ['read'],
  belief: [
    'believe', 'think', 'feel', 'hope', 'fear', 'expect', 'worry', 'know', 'find', 'show', 'see', 'doubt', 'suspect', 'fear',
    // coming to hold a thing, and rulings (THAT_ONLY)
    'realize', 'realise', 'recognize', 'recognise', 'learn', 'assume', 'presume', 'reckon', 'anticipate', 'foresee', 'envision',
    'determine', 'discover', 'rule', 'decree', 'certify', 'imply', 'insinuate',
  ],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [...IRREGULAR[base]];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const doubled = /^(label|dub|admit|quip|refer|rebut|concur)$/.test(base) ? base + base.at(-1) : null;
  const forms = [base, third, past, `${stem}ing`];
  if (doubled) forms.push(`${doubled}ed`, `${doubled}ing`);
  return forms;
}

export interface Cue {
  readonly lemma: string;
  readonly frame: CueFrame;
}

/** Every inflected form of every cue verb, to its lemma and frame (the first frame listed wins). */
export const CUE_FORMS: ReadonlyMap<string, Cue> = (() => {
  const map = new Map<string, Cue>();
  for (const frame of ['object', 'intention', 'clause', 'predicate', 'belief', 'tag'] as const) {
    for (const lemma of FRAMES[frame]) {
      for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, { lemma, frame });
    }
  }
  return map;
})();

/**
 * Verbs of coming to hold a thing and of ruling that report only a clause after "that" ("Police learned that the suspect
 * had fled", "The court ruled that …"): a bare clause after them is too often something else ("ruled on the appeal",
 * "discovering the first known exoplanet", "There is too much to learn in life and with that we can …").
 */
export const THAT_ONLY: ReadonlySet<string> = new Set([
  'realize', 'realise', 'recognize', 'recognise', 'learn', 'assume', 'presume', 'reckon', 'anticipate', 'foresee', 'envision',
  'determine', 'discover', 'rule', 'decree', 'certify', 'imply', 'insinuate',
]);

/**
 * Verbs of urging and persuading that report only what they urge: an infinitive after whom they urge, or a "that" clause
 * ("encouraged supporters to remain hopeful", "convinced him that …"), not a thing encouraged ("to encourage more trade").
 */
export const DIRECTIVES: ReadonlySet<string> = new Set(['encourage', 'implore', 'beg', 'instruct', 'exhort', 'entreat', 'persuade', 'convince']);

/** Forms that are cues whatever part of speech the tagger gave them (it sometimes tags "says" a noun). */
export const ALWAYS_CUES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'tweeted', 'added']);

/** Verbs that are speech only with their particle: "point out", "shoot back", "fire back". */
export const PARTICLE_REQUIRED: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out']], ['shoot', ['back']], ['fire', ['back']],
]);

/** Verbs that are no speech with a particle: "called off its search", "called up reservists", "called in the ambassador". */
export const PARTICLE_EXCLUDED: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['off', 'up', 'in']],
]);

/**
 * Verbs that are speech only with a preposition whose object is what was said: "spoke about" and "spoke of" a subject
 * (PolNeAR train: "speak" with a subject and an "about"/"of" phrase is an annotated cue 15 of 19 times, "speak" with other
 * phrases 36 of 138: "spoke at the rally", "spoke with reporters"); "talked about" (74 of 150), "referred to" (64 of 94),
 * "pointed to" (41 of 60), "railed against" (13 of 16); most of the rest sit inside a quotation, where nothing is annotated.
 */
export const PREPOSITION_REQUIRED: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['to']], ['speak', ['about', 'of']], ['talk', ['about']], ['refer', ['to']], ['rail', ['against']],
]);

/**
 * Speech verbs whose content may be the object of a preposition after them: "warned of a looming crisis", "joked about
 * his age", "argued for tighter limits". The preposition joins the cue and its object is what was said (PolNeAR train:
 * "warn of/about/against" is an annotated cue 13 of 19 times, "boast of/about" 11 of 13, "joke about" 8 of 11, "argue
 * for/against" 7 of 7, "hint at" 6 of 8; most of the rest sit inside a quotation, where nothing is annotated).
 */
export const PREPOSITION_OPTIONAL: ReadonlyMap<string, readonly string[]> = new Map([
  ['warn', ['of', 'about', 'against']], ['joke', ['about']], ['boast', ['of', 'about']], ['argue', ['for', 'against']],
  ['hint', ['at']], ['complain', ['about']], ['insist', ['on']], ['apologize', ['for']], ['apologise', ['for']],
]);
