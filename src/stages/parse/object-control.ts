/**
 * "He also instructed security agencies TO INVESTIGATE who leaked the recording": after a verb of
 * ordering, asking, urging, allowing or forcing, a to-infinitive after the verb's object is what the
 * object is to do (xcomp of the verb, its subject the object), not a clause describing the object
 * (acl, "a chance to speak"); the parser, which sees "agencies to investigate" as it sees "time to
 * go", sometimes hangs it on the noun, and the order then had no content. In EWT train and GUM's
 * training documents (gold trees) a to-infinitive after the object of these verbs is their xcomp
 * 49 times and the object's acl twice ("allow them many people to game with", "requiring the use of
 * nuclear weapons to rescue"); the verbs that take such an infinitive
 * mostly as an acl of their object ("have", "give", "take", "make", "get": "gave them time to
 * leave") are not among them.
 */
export interface ObjectControlLabels {
  readonly obj: number;
  readonly acl: number;
  readonly xcomp: number;
  readonly mark: number;
}

/** Verbs of ordering, asking, urging, enabling and forcing someone to act, in any inflection. */
const OBJECT_CONTROL = /^(?:instruct|order|urge|encourag|enabl|invit|forc|compel|persuad|pressur|permit|direct|ask|allow|requir|beg|begg|forbid|induc|oblig|obligat|authori[sz]|advis|remind|implor|empower|convinc|command|call|press|push|exhort|mandat)(?:e|es|ed|ing|s|d)?$|^(?:tell|tells|telling|told|forbade|forbidden)$/i;

/** Re-hangs each such infinitive on the verb, as its xcomp (heads: word indices, -1 for the root). */
export function attachObjectControl(forms: readonly string[], heads: Int32Array, labels: Uint8Array, n: number, ids: ObjectControlLabels): void {
  for (let m = 0; m < n; m++) {
    const clause = heads[m];
    if (labels[m] !== ids.mark || forms[m].toLowerCase() !== 'to' || clause <= m || labels[clause] !== ids.acl) continue;
    const object = heads[clause];
    if (object < 0 || object > m || labels[object] !== ids.obj) continue;
    const verb = heads[object];
    if (verb < 0 || verb > object || !OBJECT_CONTROL.test(forms[verb])) continue;
    heads[clause] = verb;
    labels[clause] = ids.xcomp;
  }
}
