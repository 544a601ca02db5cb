import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The walls between rooms (STYLE.md; issue 24): a stage imports the document model, the pipeline's
 * types and shared services (src/kb, src/dates, src/language, src/syntax, src/util …) — never another
 * stage's files; and no module imports itself back through a loop. Tests and test helpers (and
 * shared case suites, `*.cases.ts`) may cross walls to set up real documents. Runs over the
 * TypeScript sources beside the built tests.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const isTestCode = (file: string) => /\.test\.ts$|\.test-helpers\.ts$|\.cases\.ts$|[\\/]fixtures[\\/]/.test(file);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

/** The source files a file imports (relative imports only), as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => m[1]);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const stageOf = (file: string) => {
  const parts = relative(SRC, file).split(sep);
  return parts[0] === 'stages' && parts.length > 2 ? parts[1] : null;
};

const code = sources(SRC).filter((f) => !isTestCode(f));

test('no stage imports another stage’s files', () => {
  const crossings = code.flatMap((file) => {
    const own = stageOf(file);
    if (own === null) return [];
    return importsOf(file).filter((to) => stageOf(to) !== null && stageOf(to) !== own).map((to) => `${relative(SRC, file)} → ${relative(SRC, to)}`);
  });
  assert.deepEqual(crossings, []);
});

test('no shipped module imports a test helper', () => {
  const helpers = /\.test-helpers\.ts$/;
  const imports = code.flatMap((file) => importsOf(file).filter((to) => helpers.test(to)).map((to) => `${relative(SRC, file)} → ${relative(SRC, to)}`));
  assert.deepEqual(imports, []);
});

test('no import loops', () => {
  const graph = new Map(code.map((f) => [f, importsOf(f).filter((to) => !isTestCode(to))]));
  const state = new Map<string, 'open' | 'done'>();
  const loops: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      loops.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const to of graph.get(file) ?? []) visit(to, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(loops, []);
});
