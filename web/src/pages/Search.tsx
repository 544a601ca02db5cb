import { useState } from 'preact/hooks';
import { api, type ActorSummary, type Page, type SearchHit, type StoreStats, type TopicSummary } from '../api.js';
import { ActorLink, Name, Show, Snippet } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

/** The start page and search: documents by their words, actors by their names. */
export function SearchPage({ q }: { q: string }) {
  const [text, setText] = useState(q);
  const submit = (e: Event) => {
    e.preventDefault();
    go(href(['search'], { q: text.trim() }));
  };
  return (
    <>
      <form class="search" role="search" onSubmit={submit}>
        <input type="search" name="q" aria-label="Search articles and actors" placeholder="Search articles and actors, e.g. Zelensky"
          value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      {q ? <Results q={q} /> : <Overview />}
    </>
  );
}

function Results({ q }: { q: string }) {
  const actors = useLoad(() => api<Page<ActorSummary>>('actors', { name: q, limit: 12 }), [q]);
  const docs = useLoad(() => api<{ items: SearchHit[] }>('search', { q, limit: 30 }), [q]);
  return (
    <div class="grid2">
      <section>
        <h2>Actors</h2>
        <Show loaded={actors}>{(page) => page.items.length === 0 ? <p class="muted">No actor matches.</p> : <ActorList actors={page.items} />}</Show>
      </section>
      <section>
        <h2>Articles</h2>
        <Show loaded={docs}>{({ items }) => items.length === 0 ? <p class="muted">No article matches.</p> : (
          <ul class="hits">
            {items.map((hit) => (
              <li>
                <a href={href(['doc', hit.id])}><Name>{hit.title ?? hit.id}</Name></a> <span class="date">{hit.published?.slice(0, 10)}</span>
                <p class="snippet"><Snippet text={hit.snippet} /></p>
              </li>
            ))}
          </ul>
        )}</Show>
      </section>
    </div>
  );
}

export function ActorList({ actors }: { actors: ActorSummary[] }) {
  return (
    <ul class="actors">
      {actors.map((a) => (
        <li>
          <ActorLink id={a.id} name={a.name} /> <span class="tag">{a.type}</span>{a.country && <span class="tag">{a.country}</span>}
          <span class="muted"> {a.documents} article{a.documents === 1 ? '' : 's'}</span>
          {a.roles[0] && <div class="muted small"><Name>{a.roles[0].title}</Name>{a.roles[0].country ? ` (${a.roles[0].country})` : ''}</div>}
        </li>
      ))}
    </ul>
  );
}

function Overview() {
  const stats = useLoad(() => api<StoreStats>('stats'), []);
  const actors = useLoad(() => api<Page<ActorSummary>>('actors', { type: 'PERSON', limit: 12 }), []);
  const topics = useLoad(() => api<Page<TopicSummary>>('topics', { limit: 10 }), []);
  return (
    <>
      <Show loaded={stats}>{(s) => (
        <p class="lead">
          {s.documents} articles in {s.stories} stories: {s.entities} actors and places, {s.quotes} quotes, {s.events} events —
          each one linked to the words that state it.
        </p>
      )}</Show>
      <div class="grid2">
        <section>
          <h2>People most written about</h2>
          <Show loaded={actors}>{(page) => <ActorList actors={page.items} />}</Show>
        </section>
        <section>
          <h2>Most discussed topics</h2>
          <Show loaded={topics}>{(page) => page.items.length === 0 ? <p class="muted">No topics yet.</p> : (
            <ul class="topics">
              {page.items.map((t) => (
                <li>
                  <a href={href(['stances'], { topic: t.key })}><Name>{t.label}</Name></a>
                  <span class="muted small"> {t.support} support · {t.oppose} oppose · {t.consider} consider</span>
                </li>
              ))}
            </ul>
          )}</Show>
        </section>
      </div>
    </>
  );
}
