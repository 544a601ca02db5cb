import { useState } from 'preact/hooks';
import { api, type Page, type StanceHit, type StanceMatrix } from '../api.js';
import { ActorLink, Evidence, Name, Polarity, Show } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

type Cell = StanceMatrix['cells'][number];
const POLARITIES = ['support', 'oppose', 'consider', 'neutral'] as const;

/** The stance matrix: actors down, topics across; each cell counts the stances and shows the latest. */
export function StancesPage({ query }: { query: URLSearchParams }) {
  const topic = query.get('topic') ?? '';
  const [text, setText] = useState(topic);
  const matrix = useLoad(() => api<StanceMatrix>('stances/matrix', { topic, size: 30 }), [topic]);
  const [open, setOpen] = useState<{ actor: string; topic: string } | null>(null);
  return (
    <>
      <h1>Who stands where</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); go(href(['stances'], { topic: text.trim() })); }} aria-label="Stance filters">
        <label>Topic<input name="topic" value={text} placeholder="words or a topic key" maxLength={200} onInput={(e) => setText((e.target as HTMLInputElement).value)} /></label>
        <button type="submit">Filter</button>
      </form>
      <p class="legend">{POLARITIES.map((p) => <span><Polarity value={p} /></span>)}</p>
      <Show loaded={matrix}>{(m) => m.cells.length === 0 ? <p class="muted">No stances match.</p> : (
        <div class="matrix-wrap">
          <table class="matrix">
            <thead>
              <tr><th scope="col">Actor \ topic</th>{m.topics.map((t) => <th scope="col" title={t.key}><Name>{t.label}</Name></th>)}</tr>
            </thead>
            <tbody>
              {m.actors.map((a) => (
                <tr>
                  <th scope="row"><ActorLink id={a.id} name={a.name ?? a.cameo} /></th>
                  {m.topics.map((t) => {
                    const cell = m.cells.find((c) => c.actor === a.id && c.topic === t.key);
                    return <td>{cell && <CellButton cell={cell} onOpen={() => setOpen({ actor: cell.actor, topic: cell.topic })} />}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}</Show>
      {open && <CellStances actor={open.actor} topic={open.topic} />}
    </>
  );
}

function CellButton({ cell, onOpen }: { cell: Cell; onOpen: () => void }) {
  const counts = POLARITIES.filter((p) => cell[p] > 0).map((p) => `${cell[p]} ${p}`).join(', ');
  return (
    <button type="button" class={`cell pol-${cell.latest}`} onClick={onOpen} aria-label={`${counts}; latest ${cell.latest}`} title={counts}>
      {cell.latest === 'support' ? '✓' : cell.latest === 'oppose' ? '✗' : cell.latest === 'consider' ? '?' : '–'}
      <span class="count">{POLARITIES.reduce((n, p) => n + cell[p], 0)}</span>
    </button>
  );
}

function CellStances({ actor, topic }: { actor: string; topic: string }) {
  const stances = useLoad(() => api<Page<StanceHit>>('stances', { actor, topic, limit: 50 }), [actor, topic]);
  return (
    <section class="cell-stances">
      <Show loaded={stances}>{(page) => (
        <>
          <h2>{page.items[0] ? <><ActorLink id={page.items[0].holder.id} name={page.items[0].holder.name} /> on <Name>{page.items[0].topic.label}</Name></> : 'Stances'}</h2>
          <ul class="stances">
            {page.items.map((s) => (
              <li><Polarity value={s.polarity} /> <span class="date">{s.date ?? ''}</span>{' '}
                <Evidence document={s.document} start={s.start} end={s.end}>{s.text}</Evidence></li>
            ))}
          </ul>
        </>
      )}</Show>
    </section>
  );
}
