import { api, enc, type DocumentSummary, type Page, type Story } from '../api.js';
import { Name, SafeUrl, Show } from '../components/bits.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';

export function StoriesPage() {
  const stories = useLoad(() => api<Page<Story>>('stories', { limit: 200 }), []);
  return (
    <>
      <h1>Stories</h1>
      <p class="muted">Articles that report the same thing (copies, updates, syndication) are one story, every source kept.</p>
      <Show loaded={stories}>{(page) => (
        <ul class="stories">
          {page.items.map((s) => (
            <li><a href={href(['story', s.id])}><Name>{s.title ?? s.representative}</Name></a>
              <span class="muted small"> {s.first ?? '?'}{s.last && s.last !== s.first ? ` – ${s.last}` : ''} · {s.documents.length} article{s.documents.length === 1 ? '' : 's'}</span></li>
          ))}
        </ul>
      )}</Show>
    </>
  );
}

export function StoryView({ id }: { id: string }) {
  const story = useLoad(() => api<{ id: string; documents: Page<DocumentSummary> }>(`stories/${enc(id)}`, { limit: 200 }), [id]);
  return (
    <Show loaded={story}>{(s) => (
      <>
        <h1><Name>{s.documents.items[0]?.title ?? s.id}</Name></h1>
        <p class="muted">A story of {s.documents.items.length} article{s.documents.items.length === 1 ? '' : 's'}, oldest first.</p>
        <table class="sources">
          <thead><tr><th>Published</th><th>Article</th><th>Source</th><th>Copies</th></tr></thead>
          <tbody>
            {s.documents.items.map((d) => (
              <tr>
                <td class="date">{d.published?.slice(0, 10) ?? ''}</td>
                <td><a href={href(['doc', d.id])}><Name>{d.title ?? d.id}</Name></a><div class="small"><SafeUrl url={d.url} /></div></td>
                <td><Name>{d.source ?? ''}</Name></td>
                <td>{d.sources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )}</Show>
  );
}
