import { useEffect, useRef, useState } from 'preact/hooks';
import cytoscape from 'cytoscape';
import { api, type Network } from '../api.js';
import { QUAD_COLOURS, QUAD_NAMES, quadOf, ROOTS, Show } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

/** Who did what to whom: actors as nodes, an edge per CAMEO root coloured by its quad class, wider with more events. */
export function NetworkPage({ query }: { query: URLSearchParams }) {
  const params = { root: query.get('root') ?? '', from: query.get('from') ?? '', to: query.get('to') ?? '', mode: query.get('mode') ?? 'any', minWeight: query.get('minWeight') ?? '' };
  const [form, setForm] = useState(params);
  useEffect(() => setForm(params), [query.toString()]);
  const net = useLoad(() => api<Network>('network', { ...params, limit: 300 }), [query.toString()]);
  const submit = (e: Event) => { e.preventDefault(); go(href(['network'], form)); };
  return (
    <>
      <h1>Actor network</h1>
      <form class="filters" onSubmit={submit} aria-label="Network filters">
        <label>Event type
          <select name="root" value={form.root} onChange={(e) => setForm({ ...form, root: (e.target as HTMLSelectElement).value })}>
            <option value="">all</option>
            {Object.entries(ROOTS).map(([code, label]) => <option value={code}>{code} {label}</option>)}
          </select>
        </label>
        <label>From<input name="from" value={form.from} placeholder="YYYY-MM-DD" onInput={(e) => setForm({ ...form, from: (e.target as HTMLInputElement).value })} /></label>
        <label>To<input name="to" value={form.to} placeholder="YYYY-MM-DD" onInput={(e) => setForm({ ...form, to: (e.target as HTMLInputElement).value })} /></label>
        <label>Min. events<input name="minWeight" inputMode="numeric" value={form.minWeight} onInput={(e) => setForm({ ...form, minWeight: (e.target as HTMLInputElement).value })} /></label>
        <button type="submit">Show</button>
      </form>
      <p class="legend">{([1, 2, 3, 4] as const).map((q) => <span><i style={{ background: QUAD_COLOURS[q] }} /> {QUAD_NAMES[q]}</span>)}</p>
      <Show loaded={net}>{(n) => n.edges.length === 0 ? <p class="muted">No events between actors match.</p> : <Graph net={n} />}</Show>
    </>
  );
}

function Graph({ net }: { net: Network }) {
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const ids = new Set(net.edges.flatMap((e) => [e.source, e.target]));
    const max = Math.max(...net.edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...net.nodes.filter((n) => n.id && ids.has(n.id)).map((n) => ({ data: { id: n.id!, label: n.name ?? n.cameo ?? n.id!, size: 16 + Math.min(40, n.events * 2) } })),
        ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, colour: QUAD_COLOURS[quadOf(e.root)], width: 1 + (7 * e.weight) / max, label: `${e.root} ${ROOTS[e.root] ?? ''} ×${e.weight}` } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#445', 'font-size': 10, color: '#223', 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
        { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 9 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => go(href(['actor', e.target.id()])));
    cy.on('mouseover', 'node', (e) => setPicked(e.target.id()));
    return () => cy.destroy();
  }, [net]);
  return (
    <>
      <div class="network" ref={box} role="img" aria-label={`Network of ${net.nodes.length} actors and ${net.edges.length} links`} />
      <p class="muted small">{net.nodes.length} actors, {net.edges.length} links. Tap an actor to open its page{picked ? ':' : '.'}{' '}
        {picked && <a href={href(['actor', picked])}><bdi>{net.nodes.find((n) => n.id === picked)?.name ?? picked}</bdi></a>}</p>
    </>
  );
}
