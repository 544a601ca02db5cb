import { api, enc, type ActorPage, type ActorSummary, type EventHit } from '../api.js';
import { ActorLink, Evidence, Mode, Name, Polarity, quadOf, Show } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';

export function ActorView({ id }: { id: string }) {
  const page = useLoad(() => api<ActorPage>(`actors/${enc(id)}`, { limit: 100 }), [id]);
  return (
    <Show loaded={page}>{(p) => (
      <article class="actor-page">
        <h1><Name>{p.actor.name}</Name></h1>
        <p class="muted">
          {p.actor.type}{p.actor.country ? ` · ${p.actor.country}` : ''}{p.actor.cameo ? ` · CAMEO ${p.actor.cameo}` : ''} ·{' '}
          {p.actor.documents} article{p.actor.documents === 1 ? '' : 's'}, {p.actor.mentions} mentions ·{' '}
          <a href={href(['timeline'], { actor: p.actor.id })}>timeline</a>
        </p>
        <RolesStrip actor={p.actor} />
        <div class="grid2">
          <section>
            <h2>Quotes ({p.quotes.items.length}{p.quotes.next ? '+' : ''})</h2>
            {p.quotes.items.length === 0 ? <p class="muted">No quotes.</p> : (
              <ul class="quotes">
                {p.quotes.items.map((q) => (
                  <li>
                    <Evidence document={q.document} start={q.start} end={q.end}>“{q.text}”</Evidence>
                    <div class="muted small">{q.date ?? 'undated'} · {q.kind}{q.cue ? ` · ${q.cue}` : ''}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>Stances ({p.stances.items.length})</h2>
            {p.stances.items.length === 0 ? <p class="muted">No stances.</p> : (
              <ul class="stances">
                {p.stances.items.map((s) => (
                  <li>
                    <Polarity value={s.polarity} /> <a href={href(['stances'], { topic: s.topic.key })}><Name>{s.topic.label}</Name></a>
                    <div><Evidence document={s.document} start={s.start} end={s.end}>{s.text}</Evidence></div>
                    <div class="muted small">{s.date ?? 'undated'}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div class="grid2">
          <EventList title="Did" events={p.events.asSource.items} other="target" />
          <EventList title="Was the target of" events={p.events.asTarget.items} other="source" />
        </div>
      </article>
    )}</Show>
  );
}

const dayNumber = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Each role as a bar across the span of dates in which the articles gave it. */
function RolesStrip({ actor }: { actor: ActorSummary }) {
  const dated = actor.roles.filter((r) => r.from && r.to);
  if (actor.roles.length === 0) return null;
  const min = Math.min(...dated.map((r) => dayNumber(r.from!)));
  const max = Math.max(...dated.map((r) => dayNumber(r.to!)));
  const span = Math.max(1, max - min);
  return (
    <section class="roles" aria-label="Roles over time">
      <h2>Roles</h2>
      {dated.length > 0 && <div class="roles-axis muted small"><span>{dated.reduce((a, r) => (r.from! < a ? r.from! : a), dated[0].from!)}</span><span>{dated.reduce((a, r) => (r.to! > a ? r.to! : a), dated[0].to!)}</span></div>}
      {actor.roles.map((r) => {
        const left = r.from ? ((dayNumber(r.from) - min) / span) * 100 : 0;
        const width = r.from && r.to ? Math.max(1.5, ((dayNumber(r.to) - dayNumber(r.from)) / span) * 100) : 100;
        return (
          <div class="role">
            <div class="role-label"><Name>{r.qualifier ? `${r.qualifier} ` : ''}{r.title}</Name>{r.country ? ` (${r.country})` : ''}
              <span class="muted small"> {r.from ?? '?'} – {r.to ?? '?'}, {r.documents} article{r.documents === 1 ? '' : 's'}</span></div>
            <div class="role-track"><div class="role-bar" style={{ left: `${Math.min(left, 98.5)}%`, width: `${Math.min(width, 100 - Math.min(left, 98.5))}%` }} /></div>
          </div>
        );
      })}
    </section>
  );
}

export function EventList({ title, events, other }: { title: string; events: EventHit[]; other: 'source' | 'target' }) {
  return (
    <section>
      <h2>{title} ({events.length})</h2>
      {events.length === 0 ? <p class="muted">No events.</p> : (
        <ul class="event-list">
          {events.map((e) => (
            <li>
              <span class="date">{e.date ?? 'undated'}</span>{' '}
              <span class={`code q${quadOf(e.root)}`}>{e.code}</span> {e.label} <Mode value={e.mode} />{' '}
              {other === 'target' ? '→' : '←'} <ActorLink id={e[other].id} name={e[other].name ?? e[other].cameo} />
              <div><Evidence document={e.document} start={e.start} end={e.end}>{e.text.length > 200 ? `${e.text.slice(0, 200)}…` : e.text}</Evidence></div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
