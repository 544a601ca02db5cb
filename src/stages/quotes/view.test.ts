import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posIndex, type PosTag } from '../../model/tokens.js';
import { makeSyntaxLayer } from '../../syntax/layer.js';
import { loadWink, segmentText } from '../segment/index.js';
import { TokenView } from './view.js';

const wink = loadWink();

/**
 * A view over `text` whose syntax layer tags each word as `tags` says (the words not listed as PROPN, VERB
 * or PUNCT by their look: the tagger's confusions under test are the only tags that matter here).
 */
function viewOf(text: string, tags: Record<string, PosTag>): { view: TokenView; pos: (word: string) => PosTag } {
  const seg = segmentText(text, wink);
  const forms = Array.from(seg.tokens.start, (s, i) => text.slice(s, seg.tokens.end[i]));
  const upos = forms.map((f) => posIndex(tags[f] ?? (/^\p{P}+$/u.test(f) ? 'PUNCT' : 'NOUN')));
  const n = forms.length;
  const syntax = makeSyntaxLayer({ upos, xpos: new Array(n).fill(0), xposTags: [''], lemma: forms, head: new Array(n).fill(-1), relation: new Array(n).fill(0), by: 'test' });
  const view = new TokenView(text, seg.tokens, seg.sentences, syntax);
  return { view, pos: (word) => view.pos(forms.indexOf(word)) };
}

// Wikinews, CC BY 2.5: wn-9db6c7858864 ("Australian woman claims Church of Scientology imprisoned her…"),
// the seed article, wn-59c18890cdc8.
test('a speech verb in -s the tagger read as a plural noun after the name that opens its clause is a verb', () => {
  const { pos } = viewOf('Paris claims she was first sent to the ship aged eighteen for two weeks.', { Paris: 'PROPN', she: 'PRON', was: 'AUX' });
  assert.equal(pos('claims'), 'VERB');
  // after a determiner the name is a modifier and the noun stays one
  const compound = viewOf('The Paris claims were heard.', { The: 'DET', Paris: 'PROPN', were: 'AUX', heard: 'VERB' });
  assert.equal(compound.pos('claims'), 'NOUN');
});

test('a capitalised name to wink that the tagger read as a noun or verb stays a name, an adjective only before a verb', () => {
  assert.equal(viewOf('Zelensky thanked President Macron and the French populace for their steadfast support.', { Zelensky: 'ADJ', thanked: 'VERB', French: 'ADJ' }).pos('Zelensky'), 'PROPN');
  const { pos } = viewOf('Republican committee member Doug Collins of Georgia said on Twitter.', { Republican: 'ADJ', Doug: 'VERB', Collins: 'PROPN', said: 'VERB' });
  assert.equal(pos('Republican'), 'ADJ');
  assert.equal(pos('Doug'), 'PROPN');
});
