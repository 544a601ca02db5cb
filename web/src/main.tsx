import { render } from 'preact';
import { Layout } from './components/Layout.js';
import { ActorView } from './pages/Actor.js';
import { ArticleView } from './pages/Article.js';
import { NetworkPage } from './pages/Network.js';
import { SearchPage } from './pages/Search.js';
import { StancesPage } from './pages/Stances.js';
import { StoriesPage, StoryView } from './pages/Stories.js';
import { TimelinePage } from './pages/Timeline.js';
import { useRoute } from './router.js';
import './styles.css';

function App() {
  const { path, query } = useRoute();
  const [page, id] = path;
  const view = (() => {
    switch (page) {
      case 'actor': return id ? <ActorView id={id} /> : null;
      case 'doc': return id ? <ArticleView id={id} at={query.get('at')} /> : null;
      case 'timeline': return <TimelinePage query={query} />;
      case 'network': return <NetworkPage query={query} />;
      case 'stances': return <StancesPage query={query} />;
      case 'stories': return <StoriesPage />;
      case 'story': return id ? <StoryView id={id} /> : null;
      default: return <SearchPage q={query.get('q') ?? ''} key={query.get('q') ?? ''} />;
    }
  })();
  return <Layout current={page ?? 'search'}>{view ?? <p class="error">This page does not exist.</p>}</Layout>;
}

render(<App />, document.getElementById('app')!);
