import type { Topic } from '../../model/layers.js';
import { FRAME_NOUNS } from './lexicon.js';
import type { TopicMention } from './mentions.js';
import type { StanceView } from './view.js';

/** Words a topic's key leaves out: frames, quantities and vague modifiers. */
const KEY_STOP = new Set([
  ...FRAME_NOUNS, 'potential', 'possible', 'further', 'new', 'other', 'many', 'some', 'any', 'all', 'part', 'parts', 'be', 'have',
  'do', 'make', 'take', 'get', 'use', 'process', 'purpose', 'type', 'nature', 'kind', 'way', 'issue', 'matter',
]);
/** One word for the many names of one thing, so that topics merge: "forces", "units", "troops". */
const SAME = new Map([
  ['force', 'troop'], ['unit', 'troop'], ['soldier', 'troop'], ['army', 'troop'], ['troops', 'troop'], ['forces', 'troop'],
  ['units', 'troop'], ['soldiers', 'troop'],
  ['deployment', 'deploy'], ['conversion', 'convert'], ['suspension', 'suspend'], ['resignation', 'resign'],
  ['prorogation', 'prorogue'], ['extradite', 'extradition'], ['ceasefire', 'ceasefire'], ['truce', 'ceasefire'],
  ['european', 'europe'], ['ukrainian', 'ukraine'], ['russian', 'russia'], ['american', 'usa'], ['us', 'usa'],
]);
/** How many of the latest topics a new mention is compared with (a long text is not compared with all it said). */
const RECENT = 40;
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** The normalised content words of a label: lemma, lower case, one word per thing. */
export function keyWords(v: StanceView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (!CONTENT.has(v.pos(i))) continue;
    const lemma = v.lemma(i).replace(/[^a-z0-9-]/g, '');
    if (lemma.length < 2 || KEY_STOP.has(lemma)) continue;
    const word = SAME.get(lemma) ?? lemma;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/** Words are compared as normalised lemmas ("converting" → convert, "forces" → troop); prefixes would join "police" and "policy". */
const stem = (w: string) => w;

interface Building {
  readonly id: string;
  readonly mentions: TopicMention[];
  readonly stems: Set<string>;
  /** Stems of proper nouns (EastMed, AfCFTA, Hagia Sophia): one shared is enough to be the same topic. */
  readonly names: Set<string>;
  readonly heads: Set<string>;
  label: TopicMention | null;
  key: string[];
  last: number;
}

/** The document's topics: mentions merged (later references joined to what they refer to), each with a label and a key. */
export class TopicIndex {
  private readonly built: Building[] = [];
  private readonly byMention = new Map<TopicMention, Building>();
  /** Every mention's first token and topic, in the order added (text order). */
  private readonly starts: Array<{ token: number; topic: Building }> = [];
  private readonly byName = new Map<string, string>();

  constructor(private readonly v: StanceView) {}

  /** Adds a mention (in text order) and returns the id of its topic, or null for a reference to nothing named before. */
  add(m: TopicMention): string | null {
    const known = this.byMention.get(m);
    if (known) return known.id;
    const topic = m.anaphoric ? this.antecedent(m) ?? (this.v.pos(m.head) === 'NOUN' ? this.start() : null) : this.sameAs(m) ?? this.start();
    if (!topic) return null;
    this.join(topic, m);
    return topic.id;
  }

  get empty(): boolean {
    return this.built.length === 0;
  }

  /** The first topic a mention of which starts within the tokens `[from, to)`, with that mention's first token, or null. */
  within(from: number, to: number): { topic: string; token: number } | null {
    const k = this.lastBefore(from);
    const next = this.starts[k + 1];
    return next && next.token < to ? { topic: next.topic.id, token: next.token } : null;
  }

  /** Index in `starts` of the last mention starting before a token, or -1. */
  private lastBefore(token: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]!.token < token) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The topic whose proper names a word stem is one of ("AfCFTA" in a quote names the AfCFTA agreement). */
  named(word: string): string | null {
    return this.byName.get(stem(word.toLowerCase())) ?? null;
  }

  /** The topic named last before a token, at most `sentences` sentences before it. */
  recent(token: number, sentences = 3): string | null {
    const k = this.lastBefore(token);
    if (k < 0) return null;
    const { token: at, topic } = this.starts[k]!;
    return this.v.sentenceOf[token] - this.v.sentenceOf[at] <= sentences ? topic.id : null;
  }

  private antecedent(m: TopicMention): Building | null {
    const sentence = this.v.sentenceOf[m.head];
    const head = this.v.lemma(m.head);
    const candidates = this.built.slice(-RECENT).filter((t) => t.last < m.tokenStart && sentence - this.v.sentenceOf[t.last] <= 12);
    if (!candidates.length) return null;
    if (m.tokenEnd - m.tokenStart === 1 && this.v.pos(m.head) !== 'NOUN') {
      return candidates.reduce((a, b) => (b.last > a.last ? b : a)); // a pronoun: the last one named
    }
    // the same noun said before ("the request" after "the request of …") wins, else the topic named last
    const score = (t: Building) => (t.heads.has(head) || t.stems.has(stem(SAME.get(head) ?? head)) ? 1e9 : 0) + t.last;
    return candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  }

  private sameAs(m: TopicMention): Building | null {
    const words = keyWords(this.v, m.labelStart, m.labelEnd);
    let best: Building | null = null;
    let bestShared = 0;
    for (const t of this.built.slice(-RECENT)) {
      let shared = 0;
      for (const w of words) if (t.stems.has(stem(w))) shared += t.names.has(stem(w)) ? 2 : 1;
      if (shared >= 2 && shared > bestShared) [best, bestShared] = [t, shared];
    }
    return best;
  }

  private start(): Building {
    const t: Building = { id: `t${this.built.length + 1}`, mentions: [], stems: new Set(), names: new Set(), heads: new Set(), label: null, key: [], last: -1 };
    this.built.push(t);
    return t;
  }

  private join(t: Building, m: TopicMention): void {
    t.mentions.push(m);
    this.byMention.set(m, t);
    this.starts.push({ token: m.tokenStart, topic: t });
    t.heads.add(this.v.lemma(m.head));
    t.last = Math.max(t.last, m.tokenStart);
    if (m.anaphoric) return;
    for (const w of keyWords(this.v, m.labelStart, m.labelEnd)) t.stems.add(stem(w));
    // the names of an agreement or project name it ("the AfCFTA agreement"); those inside an act do not ("converting Hagia Sophia")
    for (let i = m.labelStart; i < m.labelEnd && this.v.pos(m.head) !== 'VERB'; i++) {
      if (this.v.pos(i) !== 'PROPN') continue;
      t.names.add(stem(this.v.word(i)));
      if (!this.byName.has(stem(this.v.word(i)))) this.byName.set(stem(this.v.word(i)), t.id);
    }
    if (!t.label) {
      t.label = m;
      t.key = keyWords(this.v, m.labelStart, m.labelEnd).slice(0, 5);
    }
  }

  /** The topics as the record holds them. */
  topics(): Topic[] {
    return this.built.map((t) => {
      const label = t.label ?? t.mentions[0]!;
      const sorted = [...t.mentions].sort((a, b) => a.tokenStart - b.tokenStart);
      return {
        id: t.id,
        label: this.v.slice(label.labelStart, label.labelEnd),
        key: (t.key.length ? t.key : keyWords(this.v, label.labelStart, label.labelEnd)).join('|'),
        mentions: sorted.map((m) => ({ ...this.v.span(m.tokenStart, m.tokenEnd), text: this.v.slice(m.tokenStart, m.tokenEnd) })),
      };
    });
  }
}
