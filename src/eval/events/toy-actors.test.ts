import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { ActorLexicon } from '../../stages/events/dictionary/lexicon.js';
import { readActorDictionary } from '../../stages/events/dictionary/read-actors.js';
import { loadEvents } from '../../stages/events/load.js';
import { eventPipeline } from './pipeline.js';

/** Entries in the shape of PETRARCH's PETR.Validate.actors.txt (MIT): "the Shire" is Frodo, Bilbo and Sam at once. */
const ACTORS = 'THE_SHIRE  [FRO/BIL/SAM]\nGONDOR  [GON]\n';

test('an actor the dictionary writes with several codes is each of them: one event per code', () => {
  assert.deepEqual(readActorDictionary(ACTORS)[0]!.codes.map((c) => c.code), ['FRO/BIL/SAM']);
  const pipeline = eventPipeline({ ...loadEvents(), lexicon: new ActorLexicon(readActorDictionary(ACTORS), []), entityCodes: false });
  const doc = pipeline.run(new Doc('The Shire welcomed a resumption of diplomatic ties with Gondor.', { id: 'toy', published: '1995-01-01' }));
  assert.deepEqual(doc.get('events').map((e) => `${e.code} ${e.sourceActor}→${e.targetActor}`), ['051 FRO→GON', '051 BIL→GON', '051 SAM→GON']);
});
