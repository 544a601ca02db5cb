import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lexemeIndex } from './lexeme-index.js';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));

/** An automaton with no states: for the annotations Parley never asks wink for. */
const NO_MACHINE = '[0,0,{},{},{},{}]';

/**
 * wink-eng-lite-web-model (MIT, © Sanjaya Kumar Saxena) as wink-nlp reads it, built for the
 * tokens, sentences and parts of speech Parley asks for, and faster to load. The package's own
 * reader deep-copies its 3 MB core model through JSON, decodes the packed lexicon one character
 * at a time, indexes its 87,593 words in an object, and parses the sentiment, negation and NER
 * automata and compiles the lemmatiser at require time; here the core file is parsed once and
 * decoded natively, the words get a compact index (lexeme-index.ts), the annotations outside the
 * pipe get empty automata and the addons load when used. The model's data is unchanged, so are the tokens, tags and sentences (the segment
 * tests compare both loaders).
 */
export function winkModel(): Record<string, unknown> {
  const loader = (file: string) => require(join(DIST, file));
  return {
    core: readCoreModel,
    sbd: loader('load-sbd-model.js'),
    pos: loader('load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    metaCER: loader('load-cer-meta-model.js'),
    featureFn: loader('feature.js'),
    addons: lazyAddons(loader),
  };
}

/** wink's model as one instance after another reads it (wink.ts): see `reusableWinkModel`. */
export interface ReusableWinkModel {
  readonly model: Record<string, unknown>;
  /** Makes the core again what the file holds; the instance reading it must then be replaced. */
  reset(): void;
  /** Hides the words wink added to the lexicon since the last call (their list entries stay, as wink's instance indexes its own data by them). */
  forgetWords(): void;
  /** Whether the lists have grown enough that the instance should be replaced (after `reset`). */
  grown(): boolean;
}

/**
 * Words wink may add before its instance is replaced: a word forgotten and met again is added
 * again, so the lexicon's list grows by every document's new words until then.
 */
const ADDED_WORDS = 100_000;

/**
 * The model for wink instances over one shared core, read once (the automata's files too: the
 * package's `metaCER` loader cannot be called twice, it stringifies its machines in place). wink
 * adds every word it meets that its lexicon lacks to the core's lexicon (and every new prefix,
 * suffix and shape to theirs), and its tokeniser keeps whole a word it has added before but splits
 * one it has not: "else's" stayed one token after "someone else's." in an earlier document.
 * Forgetting the added words makes the lexicon what a fresh instance sees; the prefixes,
 * suffixes and shapes need not be forgotten (a feature's value reads the same whatever its
 * index), only kept within the bits wink packs them in.
 */
export function reusableWinkModel(): ReusableWinkModel {
  const fresh = winkModel();
  const once = <T>(load: () => T) => {
    let loaded: T | undefined;
    return () => (loaded ??= load());
  };
  const core = once(readCoreModel);
  const model = { ...fresh };
  for (const part of ['core', 'sbd', 'pos', 'metaCER'] as const) model[part] = part === 'core' ? core : once(fresh[part] as () => unknown);
  let remembered = 0;
  return {
    model,
    reset: () => {
      forgetAddedValues(core());
      remembered = core().features.lexeme.intrinsicSize;
    },
    forgetWords: () => {
      const { list, hash } = core().features.lexeme;
      for (let k = Math.max(remembered, core().features.lexeme.intrinsicSize); k < list.length; k++) delete hash[list[k]];
      remembered = list.length;
    },
    grown: () => Object.values(core().features).some((f) => isGrown(f as Partial<Feature>)),
  };
}

/** A list past the words wink may add, or half way to the largest index wink can pack. */
function isGrown(feature: Partial<Feature>): boolean {
  const { list, intrinsicSize, maxIndex } = feature;
  if (!list || intrinsicSize === undefined) return false;
  return list.length - intrinsicSize > ADDED_WORDS || (maxIndex !== undefined && list.length > maxIndex / 2);
}

/** Removes what wink added to each of the core's feature lists (and their indexes) since it was read. */
function forgetAddedValues(core: CoreModel): void {
  for (const name in core.features) {
    const feature = core.features[name] as Partial<Feature>;
    const { list, hash, intrinsicSize } = feature;
    if (!list || !hash || intrinsicSize === undefined || list.length === intrinsicSize) continue;
    for (let k = intrinsicSize; k < list.length; k++) delete hash[list[k]];
    list.length = intrinsicSize;
    feature.index = intrinsicSize;
  }
}

/**
 * The addons (stemmer, lemmatiser, readability) are read only when asked for: Parley asks for none,
 * and the lemmatiser's exception lists are 220 KB of JavaScript to compile.
 */
function lazyAddons(loader: (file: string) => unknown): Record<string, unknown> {
  return {
    get stem() { return loader('porter-stemmer.js'); },
    get lemmatize() { return loader('lemmatize.js'); },
    get readabilityStats() { return loader('readability-stats.js'); },
    wordVectors: undefined,
  };
}

interface Feature { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
}

/** What the package's `read-core-model.js` and `load-core-model.js` do together, without the copy. */
function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(join(DIST, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      const feature = features[f];
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme;
  lexeme.hash = lexemeIndex(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  return model;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  const own = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return new Uint32Array(own.buffer, own.byteOffset, own.length >>> 2);
}
