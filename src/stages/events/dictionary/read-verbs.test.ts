import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflect, mergeVerbDictionaries, readVerbDictionary } from './read-verbs.js';

/** Excerpts of CAMEO.2.0.txt (PETRARCH2, MIT, © Open Event Data Alliance), as the file writes them. */
const EXCERPT = `
&TOBEVERB_
+IS
+ARE

---  CONFER   [010]  ---
CONFER {CONFERS CONFERRED CONFERRING } [040:040]  # OY 13 Mar 2006
DISCUSS  [040:040]
- * (IN {TELEPHONE CONVERSATION})                     [041:041]     # DISCUSS
- * {&MILITARY COOPERATION}                           [0312]        # DISCUSS
- WALK OUT *                                          [164]         # TALK

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
FACE  # sha  8/17/93
- * PRESSURE                                          [:100]        # FACE
- * RUN-OFF                                           [---]         # FACE
`;

test('verbs, their forms and codes are read from a CAMEO verb block', () => {
  const dict = readVerbDictionary(EXCERPT, 'excerpt');
  assert.deepEqual(dict.synsets.TOBEVERB, ['IS', 'ARE']);
  assert.deepEqual(dict.blocks.map((b) => [b.label, b.code]), [['CONFER', '010'], ['MEET_PEOPLE', '040']]);
  const conferred = dict.forms.CONFERRED![0]!;
  assert.equal(conferred.lemma, 'CONFER');
  assert.equal(conferred.code, '040');
  assert.ok(dict.forms.DISCUSSES && dict.forms.DISCUSSED && dict.forms.DISCUSSING, 'regular forms are generated');
  assert.deepEqual(dict.forms.MET!.map((f) => f.after), [['WITH']], 'irregular forms of a multi-word verb keep their particle');
  assert.ok(dict.forms.FACED, 'regular forms of a verb with no written forms');
});

test('patterns keep prepositional phrases, noun phrases, synsets, reversed and null codes', () => {
  const [confer, meet] = readVerbDictionary(EXCERPT, 'excerpt').blocks;
  assert.deepEqual(confer!.patterns[0]!.post, [{ kind: 'prep', preps: ['IN'], words: ['TELEPHONE', 'CONVERSATION'], role: null }]);
  assert.deepEqual(confer!.patterns[1]!.post, [{ kind: 'word', words: ['&MILITARY', 'COOPERATION'] }]);
  assert.deepEqual(confer!.patterns[2]!.pre.map((e) => e.kind === 'word' && e.words[0]), ['WALK', 'OUT']);
  assert.deepEqual([meet!.patterns[0]!.code, meet!.patterns[0]!.reverse], [null, '100']);
  assert.deepEqual([meet!.patterns[1]!.code, meet!.patterns[1]!.reverse], [null, null]);
});

test('regular inflection follows English spelling, doubling a short final consonant', () => {
  assert.deepEqual(inflect('HURRY').sort(), ['HURRIED', 'HURRIES', 'HURRY', 'HURRYING']);
  assert.ok(inflect('STOP').includes('STOPPED') && inflect('RELEASE').includes('RELEASING'));
  assert.ok(inflect('PUSH').includes('PUSHES'));
});

test('merging adds the verbs only the older dictionary knows, keeping the newer reading of shared ones', () => {
  const newer = readVerbDictionary('---  DEMAND   [100]  ---\nDEMAND\n', 'new');
  const older = readVerbDictionary('--- DEMAND [100] ---\nDEMAND\n\n--- URGE [---] ---\nURGE\n- * EFFORTS [020]\n', 'old');
  const merged = mergeVerbDictionaries(newer, older);
  assert.equal(merged.forms.DEMANDED!.length, 1);
  assert.equal(merged.blocks[merged.forms.URGED![0]!.block]!.patterns[0]!.code, '020');
});

test('a verb written with [---] is marked uncoded: its block\'s default does not apply to it', () => {
  // CAMEO.2.0.txt (PETRARCH2, MIT), block CONFINE.
  const dict = readVerbDictionary(`
---  CONFINE   [170]  ---
DETAIN [173]
HOLD {HOLDS HOLDING HELD } [---] # HUX 10/10/97
RESTRICT
- * SUMMIT                                            [040:040]     # HOLD
`, 'excerpt');
  assert.equal(dict.forms.HELD![0]!.uncoded, true);
  assert.equal(dict.forms.DETAINED![0]!.uncoded, undefined);
  assert.equal(dict.forms.DETAINED![0]!.code, '173');
  assert.equal(dict.forms.RESTRICTS![0]!.uncoded, undefined);
});
