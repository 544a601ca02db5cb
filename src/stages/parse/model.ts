import { posIndex } from '../../model/tokens.js';
import { relationIndex } from '../../syntax/layer.js';
import { lemmaTables, type LemmaTables, type Lemmatizer } from './lemmatizer.js';
import type { Decoding, Parser } from './parser.js';
import type { Tagger } from './tagger.js';

/** Everything the parse stage needs: tagger, parser, lemmatizer, and how their classes map onto the layer's. */
export interface ParseModel {
  readonly name: string;
  readonly tagger: Tagger;
  readonly parser: Parser;
  readonly lemmatizer: Lemmatizer;
  readonly lemmas: LemmaTables;
  /** Per tag class: its UPOS (index into POS_TAGS), its UPOS name and its XPOS (index into `xposTags`). */
  readonly tagUpos: Uint8Array;
  readonly tagUposName: readonly string[];
  readonly tagXpos: Uint8Array;
  readonly xposTags: readonly string[];
  /** Per label class: the index of its relation in RELATIONS. */
  readonly labelRelation: Uint8Array;
  /** How the parser decodes when not told otherwise; greedy when absent. */
  readonly decoding?: Decoding;
}

/** Derives the class maps from the tag pairs ("VERB VBN") and relation names a model was trained with. */
export function assembleModel(name: string, tagger: Tagger, parser: Parser, lemmatizer: Lemmatizer): ParseModel {
  const xposTags = [...new Set(tagger.tags.map((t) => t.split(' ')[1]))].sort();
  const tagUposName = tagger.tags.map((t) => t.split(' ')[0]);
  return Object.freeze({
    name,
    tagger,
    parser,
    lemmatizer,
    lemmas: lemmaTables(lemmatizer),
    tagUpos: Uint8Array.from(tagUposName.map(posIndex)),
    tagUposName,
    tagXpos: Uint8Array.from(tagger.tags.map((t) => xposTags.indexOf(t.split(' ')[1]))),
    xposTags,
    labelRelation: Uint8Array.from(parser.relations.map(relationIndex)),
  });
}
