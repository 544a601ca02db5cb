import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { api, type EventHit, type Page, type QuoteHit } from '../api.js';
import { ActorLink, Evidence, Mode, Show } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

interface Filters { actor: string; code: string; mode: string; from: string; to: string }

const FIELDS: Array<[keyof Filters, string, string]> = [
  ['actor', 'Actor', 'name or id'], ['code', 'CAMEO code', 'e.g. 04 or 042'], ['from', 'From', 'YYYY-MM-DD'], ['to', 'To', 'YYYY-MM-DD'],
];

/** Events and quotes over time, filtered by actor, CAMEO code, mode and dates; a chart of counts per day above the list. */
export function TimelinePage({ query }: { query: URLSearchParams }) {
  const filters: Filters = { actor: query.get('actor') ?? '', code: query.get('code') ?? '', mode: query.get('mode') ?? 'any', from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const [form, setForm] = useState(filters);
  useEffect(() => setForm(filters), [query.toString()]);
  const data = useLoad(async () => {
    const common = { from: filters.from, to: filters.to, limit: 200 };
    const [events, quotes] = await Promise.all([
      api<Page<EventHit>>('events', { ...common, actor: filters.actor, code: filters.code, mode: filters.mode }),
      filters.code ? Promise.resolve({ items: [], next: null } as Page<QuoteHit>) : api<Page<QuoteHit>>('quotes', { ...common, speaker: filters.actor }),
    ]);
    return { events, quotes };
  }, [query.toString()]);
  const submit = (e: Event) => { e.preventDefault(); go(href(['timeline'], { ...form, mode: form.mode === 'any' ? 'any' : form.mode })); };
  return (
    <>
      <h1>Timeline</h1>
      <form class="filters" onSubmit={submit} aria-label="Timeline filters">
        {FIELDS.map(([key, label, hint]) => (
          <label>{label}<input name={key} value={form[key]} placeholder={hint} maxLength={200}
            onInput={(e) => setForm({ ...form, [key]: (e.target as HTMLInputElement).value })} /></label>
        ))}
        <label>Mode
          <select name="mode" value={form.mode} onChange={(e) => setForm({ ...form, mode: (e.target as HTMLSelectElement).value })}>
            {['any', 'asserted', 'negated', 'intended', 'hypothetical', 'reported'].map((m) => <option value={m}>{m}</option>)}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <Show loaded={data}>{({ events, quotes }) => (
        <>
          <p class="muted" role="status">{events.items.length}{events.next ? '+' : ''} events, {quotes.items.length}{quotes.next ? '+' : ''} quotes</p>
          <Chart events={events.items} quotes={quotes.items} />
          <ol class="timeline">
            {merge(events.items, quotes.items).map((item) => (
              <li class={`tl-${item.kind}`}>
                <span class="date">{item.date ?? 'undated'}</span>{' '}
                {item.kind === 'event' ? (
                  <>
                    <ActorLink id={item.e.source.id} name={item.e.source.name ?? item.e.source.cameo} /> <span class="code">{item.e.code}</span> {item.e.label}{' '}
                    <Mode value={item.e.mode} /> → <ActorLink id={item.e.target.id} name={item.e.target.name ?? item.e.target.cameo} />
                    <div><Evidence document={item.e.document} start={item.e.start} end={item.e.end}>{item.e.text}</Evidence></div>
                  </>
                ) : (
                  <>
                    <ActorLink id={item.q.actor} name={item.q.speaker} /> said
                    <div><Evidence document={item.q.document} start={item.q.start} end={item.q.end}>“{item.q.text}”</Evidence></div>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}</Show>
    </>
  );
}

type Item = { kind: 'event'; date: string | null; e: EventHit } | { kind: 'quote'; date: string | null; q: QuoteHit };

function merge(events: EventHit[], quotes: QuoteHit[]): Item[] {
  const items: Item[] = [...events.map((e) => ({ kind: 'event' as const, date: e.date, e })), ...quotes.map((q) => ({ kind: 'quote' as const, date: q.date, q }))];
  return items.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

const dayOf = (date: string | null) => (date && /^\d{4}-\d{2}-\d{2}/.test(date) ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000 : null);

/** Counts per day: events and quotes as two series. */
function Chart({ events, quotes }: { events: EventHit[]; quotes: QuoteHit[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const days = new Map<number, [number, number]>();
    for (const e of events) { const d = dayOf(e.date); if (d !== null) (days.get(d) ?? days.set(d, [0, 0]).get(d)!)[0]++; }
    for (const q of quotes) { const d = dayOf(q.date); if (d !== null) (days.get(d) ?? days.set(d, [0, 0]).get(d)!)[1]++; }
    const xs = [...days.keys()].sort((a, b) => a - b);
    if (!box.current || xs.length === 0) return;
    const width = Math.max(280, box.current.clientWidth);
    const plot = new uPlot({
      width, height: 220,
      series: [{}, { label: 'events', stroke: '#c8372d', fill: 'rgba(200,55,45,0.15)', paths: uPlot.paths.bars!({ size: [0.6, 24] }) },
        { label: 'quotes', stroke: '#2f7ebc', fill: 'rgba(47,126,188,0.15)', paths: uPlot.paths.bars!({ size: [0.6, 24] }) }],
      axes: [{}, { label: 'per day' }],
      scales: { x: { time: true } },
    }, [xs, xs.map((x) => days.get(x)![0]), xs.map((x) => days.get(x)![1])], box.current);
    const onResize = () => plot.setSize({ width: Math.max(280, box.current?.clientWidth ?? width), height: 220 });
    addEventListener('resize', onResize);
    return () => { removeEventListener('resize', onResize); plot.destroy(); };
  }, [events, quotes]);
  return <div class="chart" ref={box} aria-label="Events and quotes per day" />;
}
