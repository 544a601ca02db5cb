import type { ComponentChildren } from 'preact';
import { href } from '../router.js';

const NAV: Array<[string, string]> = [
  ['Search', href(['search'])], ['Timeline', href(['timeline'])], ['Network', href(['network'])],
  ['Stances', href(['stances'])], ['Stories', href(['stories'])],
];

export function Layout({ children, current }: { children: ComponentChildren; current: string }) {
  return (
    <div class="page">
      <header class="top">
        <a class="brand" href="#/">Parley</a>
        <nav>
          {NAV.map(([label, to]) => (
            <a href={to} class={current === label.toLowerCase() ? 'active' : undefined}>{label}</a>
          ))}
          <a href="/docs">API</a>
        </nav>
      </header>
      <main>{children}</main>
      <footer class="foot">
        Sample articles from <a href="https://en.wikinews.org/" rel="noopener noreferrer">English Wikinews</a>, licensed under{' '}
        <a href="https://creativecommons.org/licenses/by/2.5/" rel="license noopener noreferrer">CC BY 2.5</a>; see each article for its
        authors and source. Every fact links to the words that state it.
      </footer>
    </div>
  );
}
