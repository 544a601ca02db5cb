import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SPLITS } from '../../eval/cdec/corpus.js';
import { readTokens } from '../../eval/time/cat-xml.js';
import { AnalysisScratch, analyseWords } from '../../stages/parse/analyse.js';
import { loadParseModel } from '../../stages/parse/store.js';
import { conll2003, DATA, files, polnearTrain, segmented, timeml, wikinews } from './cluster-corpus.js';
import { log } from './corpus.js';
import { conlluSentence } from './extra-trees.js';

/**
 * `node dist/train/parse/auto-trees.js --model DIR --out FILE [--beam N]`: the automatic trees of
 * uptraining (extra-trees.ts). A slow, accurate model (a globally trained beam parser) tags and parses
 * unlabelled news text of training splits only, and the trees are written as CoNLL-U to FILE — outside
 * the repository: it holds third-party text and must never be committed.
 *
 * The text: PolNeAR train, CoNLL-2003 train, TempEval-3 TBAQ-cleaned (TempEval-3's training data), the
 * ECB+ training topics (not its dev topics, nor the test topics, which are not staged; an added text's URL
 * line left out) and the 293 Wikinews articles of 2019–2020 (the 22 others are GUM documents, GUM dev
 * among them). Left out: EWT and GUM (gold trees already), and MEANTIME, which has no split (all of it is
 * evaluation data). Raw text is tokenised by Parley's segment stage, tokenised corpora keep their tokens.
 * Sentences of fewer than 3 or more than 120 words are skipped.
 */
function argument(name: string, fallback?: string): string {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`auto-trees: give ${name}`);
  return value;
}

/** ECB+ training topics' sentences, words as tokenised; an `ecbplus` text's sentence 0 (its URL) left out. */
function ecbTrain(): string[][] {
  const dir = join(DATA, 'cdec', 'ecbplus', 'ECB+');
  const topics = new Set<number>(SPLITS.train);
  const out: string[][] = [];
  for (const topic of readdirSync(dir).map(Number).filter((t) => topics.has(t)).sort((a, b) => a - b)) {
    for (const path of files(join(dir, String(topic)), '.xml')) {
      const plus = basename(path).endsWith('ecbplus.xml');
      let sentence = -1;
      for (const t of readTokens(readFileSync(path, 'utf8'))) {
        if (plus && t.sentence === 0) continue;
        if (t.sentence !== sentence) out.push([]);
        sentence = t.sentence;
        out[out.length - 1].push(t.text);
      }
    }
  }
  return out;
}

function main(): void {
  const began = Date.now();
  const model = loadParseModel(argument('--model'), { beam: Number(argument('--beam', '8')), repairs: true });
  const out = argument('--out');
  const parts: Array<[string, () => string[][]]> = [
    ['polnear-train', () => segmented(polnearTrain())],
    ['conll2003-train', conll2003],
    ['tbaq', () => segmented(timeml())],
    ['ecb-train', ecbTrain],
    ['wikinews-2019-2020', () => segmented(wikinews())],
  ];
  const scratch = new AnalysisScratch(model);
  const chunks: string[] = [];
  let sentences = 0;
  let words = 0;
  for (const [name, read] of parts) {
    const partBegan = Date.now();
    const all = read();
    let kept = 0;
    let partWords = 0;
    all.forEach((forms, k) => {
      if (forms.length < 3 || forms.length > 120) return;
      const a = analyseWords(model, forms, scratch);
      chunks.push(conlluSentence(`${name}-${k}`, forms, a.lemmas, Array.from(a.tags, (t) => model.tagger.tags[t]),
        Array.from(a.heads), Array.from(a.labels, (l) => model.parser.relations[l])));
      kept++;
      partWords += forms.length;
    });
    sentences += kept;
    words += partWords;
    log(`${name}: ${kept} of ${all.length} sentences, ${partWords} words, ${((Date.now() - partBegan) / 1000).toFixed(0)} s`);
  }
  writeFileSync(out, chunks.join(''));
  log(`wrote ${out}: ${sentences} sentences, ${words} words in ${((Date.now() - began) / 60000).toFixed(1)} min`);
}

main();
