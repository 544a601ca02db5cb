import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, enc, type AnalysisRecord } from '../api.js';
import { Name, SafeUrl, Show } from '../components/bits.js';
import { factsOf, segments, type Fact, type FactKind } from '../facts.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';

const KINDS: Array<[FactKind, string]> = [['entity', 'Actors & places'], ['quote', 'Quotes'], ['event', 'Events'], ['date', 'Dates'], ['stance', 'Stances']];

export function ArticleView({ id, at }: { id: string; at: string | null }) {
  const record = useLoad(() => api<AnalysisRecord>(`documents/${enc(id)}`), [id]);
  return <Show loaded={record}>{(r) => <Article record={r} at={at} />}</Show>;
}

function parseAt(at: string | null): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function Article({ record, at }: { record: AnalysisRecord; at: string | null }) {
  const facts = useMemo(() => factsOf(record), [record]);
  const [shown, setShown] = useState<Set<FactKind>>(() => new Set(['entity', 'quote', 'event', 'date', 'stance']));
  const visible = useMemo(() => facts.filter((f) => shown.has(f.kind)), [facts, shown]);
  const pieces = useMemo(() => segments(record.document.text.length, visible), [record, visible]);
  const target = parseAt(at);
  const [selected, setSelected] = useState<Fact | null>(null);
  const [here, setHere] = useState<Fact[]>([]);

  // A link from elsewhere names a span: select the fact stated there (or just mark the words).
  useEffect(() => {
    if (!target) return;
    const exact = facts.find((f) => (f.extent ?? f).start === target.start && (f.extent ?? f).end === target.end)
      ?? facts.find((f) => f.start === target.start && f.end === target.end);
    setSelected(exact ?? null);
    setHere(exact ? [exact] : []);
  }, [facts, at]);

  const span = selected ? (selected.extent ?? selected) : target;
  useEffect(() => {
    document.querySelector('.article-text .selected')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected, at]);

  const choose = (covering: Fact[]) => { setSelected(covering[0] ?? null); setHere(covering); };
  const d = record.document;
  return (
    <div class="article-layout">
      <article>
        <h1><Name>{d.title ?? d.id}</Name></h1>
        <p class="muted small">{d.published?.slice(0, 10) ?? 'undated'}{d.source ? <> · <Name>{d.source}</Name></> : null}{d.url ? <> · <SafeUrl url={d.url} /></> : null}</p>
        <fieldset class="kinds">
          <legend class="sr">Highlight</legend>
          {KINDS.map(([kind, label]) => (
            <label class={`kind k-${kind}`}>
              <input type="checkbox" checked={shown.has(kind)} onChange={() => setShown((s) => {
                const next = new Set(s);
                if (!next.delete(kind)) next.add(kind);
                return next;
              })} /> {label} ({facts.filter((f) => f.kind === kind).length})
            </label>
          ))}
        </fieldset>
        <div class="article-text" lang={d.language ?? 'en'}>
          {pieces.map((p) => {
            const text = d.text.slice(p.start, p.end);
            const inSpan = span !== null && p.start >= span.start && p.end <= span.end;
            if (p.facts.length === 0) return inSpan ? <span class="selected">{text}</span> : text;
            const kinds = [...new Set(p.facts.map((f) => `hl-${f.kind}`))].join(' ');
            return (
              <span class={`hl ${kinds}${inSpan ? ' selected' : ''}`} role="button" tabIndex={0} data-start={p.start} data-end={p.end}
                title={p.facts.map((f) => f.title).join(' · ')}
                onClick={() => choose(p.facts)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(p.facts); } }}>
                {text}
              </span>
            );
          })}
        </div>
      </article>
      <aside class="fact-panel" aria-live="polite">
        {selected ? <FactCard fact={selected} docId={d.id} /> : <p class="muted">Click a highlighted word to see the fact it states.</p>}
        {here.length > 1 && (
          <div class="also">
            <h3>Also here</h3>
            <ul>{here.filter((f) => f !== selected).map((f) => (
              <li><button type="button" class={`link k-${f.kind}`} onClick={() => setSelected(f)}><Name>{f.label}</Name></button></li>
            ))}</ul>
          </div>
        )}
        <FactIndex facts={visible} onPick={(f) => { setSelected(f); setHere([f]); }} selected={selected} />
      </aside>
    </div>
  );
}

function FactCard({ fact, docId }: { fact: Fact; docId: string }) {
  return (
    <section class={`fact-card k-${fact.kind}`} data-kind={fact.kind}>
      <h2><span class="kind-label">{fact.kind}</span> <Name>{fact.title}</Name></h2>
      <dl>
        {fact.details.map(([k, v]) => <><dt>{k}</dt><dd><Name>{v}</Name></dd></>)}
      </dl>
      {fact.actors.length > 0 && (
        <p>{fact.actors.map((a) => <><a class="actor" href={href(['actor', a.id])}>{a.role}: <Name>{a.name}</Name></a>{' '}</>)}</p>
      )}
      {fact.topic && <p><a href={href(['stances'], { topic: fact.topic })}>All stances on this topic</a></p>}
      <p class="muted small">Words [{(fact.extent ?? fact).start}, {(fact.extent ?? fact).end}) of <Name>{docId}</Name></p>
    </section>
  );
}

/** Every fact of the article as a list; picking one marks its words in the text. */
function FactIndex({ facts, onPick, selected }: { facts: Fact[]; onPick: (f: Fact) => void; selected: Fact | null }) {
  const groups = KINDS.map(([kind, label]) => [label, facts.filter((f) => f.kind === kind && (kind !== 'entity' || f.id.endsWith(':0')))] as const)
    .filter(([, list]) => list.length > 0);
  return (
    <nav class="fact-index" aria-label="Facts in this article">
      {groups.map(([label, list]) => (
        <details open={label !== 'Dates'}>
          <summary>{label} ({list.length})</summary>
          <ul>{list.map((f) => (
            <li><button type="button" class={`link${selected === f ? ' current' : ''}`} onClick={() => onPick(f)}><Name>{f.label}</Name></button></li>
          ))}</ul>
        </details>
      ))}
    </nav>
  );
}
