// Words that judge, shared by the stages that read judgements: stances (a holder's position on a topic)
// and events (a judgement of another actor's act is criticism).

/**
 * Evaluative words of judgement (not of events: "war" and "killed" describe, they do not judge), by class,
 * with their weight. Multi-word entries match word by word.
 */
export const EVALUATIVE: ReadonlyMap<string, number> = new Map([
  // worth and effect: "one of the most effective tools", "the real test to achieve the economic growth"
  ...'honest honesty integrity effective success successful benefit beneficial useful valuable vital essential good great positive constructive historic welcome advancement growth progress welfare prosperity opportunity open openness peace stability fair legitimate wise sensible helpful promising excellent achievement dream'
    .split(' ').map((w) => [w, 1] as [string, number]),
  // illegitimacy, harm and folly: "premature", "null and void", "geographically ridiculous", "a propaganda stunt",
  // "an insult to the international community", "a smash and grab on our democracy", "a constitutional outrage"
  ...'premature lousy bad terrible awful ridiculous absurd void illegal illegitimate unacceptable outrage outrageous insult propaganda stunt dangerous irresponsible reckless provocation provocative unlawful unconstitutional wrong mistake harmful destructive disastrous catastrophic unrealistic unnecessary infringe violate violation threat ploy grab shameful disgrace disgraceful unjust undemocratic useless pointless failure handicapped'
    .split(' ').map((w) => [w, -1] as [string, number]),
]);

/** Words that turn the next few words round: "nothing to do with … peace", "not effective". */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'nothing', 'never', 'without', 'neither', 'nor', 'hardly', 'no-one', 'nobody']);
