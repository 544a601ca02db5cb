/** The CoNLL entity classes the tagger predicts, as BIO tags (IOB2). */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllClass = (typeof CLASSES)[number];

/** Tag 0 is O; tag 1 + 2c is B-class c, tag 2 + 2c is I-class c. */
export const TAG_COUNT = 1 + 2 * CLASSES.length;
export const TAG_NAMES: readonly string[] = ['O', ...CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

export function classOf(tag: number): number {
  return (tag - 1) >> 1;
}

/** BIO constraint: I-X may only follow B-X or I-X. `prev` = -1 at the sentence start. */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev > 0 && classOf(prev) === classOf(tag);
}

export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * Chunks a tag sequence into spans the way conlleval does, so IOB1 and IOB2 both read
 * right: a chunk starts at B-X, or at I-X after anything but X.
 */
export function chunks(labels: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: { start: number; label: string } | null = null;
  labels.forEach((tag, i) => {
    const [prefix, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    const continues = open !== null && prefix === 'I' && label === open.label;
    if (open && !continues) {
      spans.push({ start: open.start, end: i, label: open.label });
      open = null;
    }
    if (prefix !== 'O' && !continues) open = { start: i, label };
  });
  if (open) spans.push({ start: (open as { start: number }).start, end: labels.length, label: (open as { label: string }).label });
  return spans;
}

/** Converts spans into IOB2 tag indices over `length` tokens. */
export function spansToTags(spans: readonly TagSpan[], length: number): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    const c = CLASSES.indexOf(s.label as ConllClass);
    if (c < 0) continue;
    tags[s.start] = 1 + 2 * c;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = 2 + 2 * c;
  }
  return tags;
}

/** Spans from IOB2 tag indices. */
export function tagsToSpans(tags: ArrayLike<number>, from = 0, to = tags.length): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const tag = i < to ? tags[i] : 0;
    if (start >= 0 && !(isInside(tag) && classOf(tag) === classOf(tags[start]))) {
      spans.push({ start, end: i, label: CLASSES[classOf(tags[start])] });
      start = -1;
    }
    if (tag > 0 && !isInside(tag)) start = i;
    else if (isInside(tag) && start < 0) start = i;
  }
  return spans;
}
