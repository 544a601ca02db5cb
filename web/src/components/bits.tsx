import type { ComponentChildren } from 'preact';
import type { Loaded } from '../hooks.js';
import { href } from '../router.js';

/** Shows a loading line or the server's error, else the content. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="muted" role="status">Loading…</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">{loaded.message}</p>;
  return <>{children(loaded.data)}</>;
}

/** A name from the text: isolated, so a right-to-left override inside it cannot reorder what is around it. */
export const Name = ({ children }: { children: ComponentChildren }) => <bdi>{children}</bdi>;

export function ActorLink({ id, name }: { id: string | null; name: string | null }) {
  const label = <Name>{name ?? id ?? 'unknown'}</Name>;
  return id ? <a class="actor" href={href(['actor', id])}>{label}</a> : <span class="actor">{label}</span>;
}

/** A link to the words in their article: the article view opens with this span selected. */
export function Evidence({ document, start, end, children }: { document: string; start: number; end: number; children: ComponentChildren }) {
  return <a class="evidence" href={href(['doc', document], { at: `${start}-${end}` })}><bdi>{children}</bdi></a>;
}

/** Only web addresses become links; `javascript:` and the like stay text. */
export function SafeUrl({ url }: { url: string | null }) {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? <a href={url} rel="noopener noreferrer nofollow">{url}</a> : <span>{url}</span>;
}

export const Polarity = ({ value }: { value: string }) => <span class={`pol pol-${value}`}>{value}</span>;
export const Mode = ({ value }: { value: string | null }) => (value && value !== 'asserted' ? <span class="mode">{value}</span> : null);

/** A search excerpt with its [matched] words marked, as text. */
export function Snippet({ text }: { text: string }) {
  return <>{text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith('[') && part.endsWith(']') ? <mark>{part.slice(1, -1)}</mark> : part))}</>;
}

export function More({ next, onMore }: { next: string | null; onMore: (cursor: string) => void }) {
  return next ? <button type="button" class="more" onClick={() => onMore(next)}>More</button> : null;
}

/** CAMEO roots, for labels and colours (CAMEO 2.0 codebook). */
export const ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult', '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit military posture', '16': 'Reduce relations', '17': 'Coerce',
  '18': 'Assault', '19': 'Fight', '20': 'Use unconventional mass violence',
};

/** Verbal and material cooperation, verbal and material conflict (CAMEO quad classes). */
export function quadOf(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}
export const QUAD_COLOURS = { 1: '#2f7ebc', 2: '#2a9d5b', 3: '#d08a1e', 4: '#c8372d' } as const;
export const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' } as const;
