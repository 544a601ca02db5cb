import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';

/*
 * A function does one thing (STYLE.md habit 10; issue 24): no function in src/stages/ is longer than
 * 80 lines, counted from the line of its first token to the line of its last, nested functions inside
 * it included. Parsed with the TypeScript parser rolldown ships (oxc), over the sources beside the
 * built tests. Test files are left out: a table of examples may be long.
 */
const STAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/stages');
const LIMIT = 80;

/**
 * Stages whose long functions other work is splitting at the time of writing (issue 24): events and
 * parse. Each entry is `stage/file.ts: name`, removed as the function is split.
 */
const NOT_YET_SPLIT: ReadonlySet<string> = new Set([]);

interface Node { readonly type: string; readonly start: number; readonly end: number; readonly [key: string]: unknown }

const FUNCTION = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test|\.d)\.ts$/.test(e.name) ? [join(dir, e.name)] : []);
}

/** The name a function goes by: its own, its variable's, its property's or method's, else `(anonymous)`. */
function nameOf(node: Node, parent: Node | null): string {
  const id = (n: unknown) => (n && typeof n === 'object' && 'name' in n ? String((n as { name: unknown }).name) : null);
  if (id(node.id)) return id(node.id)!;
  if (parent?.type === 'VariableDeclarator') return id(parent.id) ?? '(anonymous)';
  if (parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') return id(parent.key) ?? '(anonymous)';
  return '(anonymous)';
}

/** Every function of a source with its name and length in lines. */
function functionsOf(file: string): Array<{ name: string; lines: number }> {
  const text = readFileSync(file, 'utf8');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const out: Array<{ name: string; lines: number }> = [];
  const visit = (node: unknown, parent: Node | null) => {
    if (Array.isArray(node)) { for (const n of node) visit(n, parent); return; }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (FUNCTION.has(n.type)) out.push({ name: nameOf(n, parent), lines: lineAt(n.end) - lineAt(n.start) + 1 });
    for (const [key, child] of Object.entries(n)) if (key !== 'type' && typeof child === 'object') visit(child, n);
  };
  visit(parseAst(text, { lang: 'ts' }, file), null);
  return out;
}

const lengths = sources(STAGES).flatMap((file) => functionsOf(file).map((f) => ({ ...f, where: `${relative(STAGES, file)}: ${f.name}` })));

test('the length counter sees the stages’ functions', () => {
  assert.ok(lengths.length > 500, `${lengths.length} functions`);
  assert.ok(lengths.some((f) => f.where === 'time/index.ts: findTimexes'));
});

test(`no function in src/stages/ is longer than ${LIMIT} lines`, () => {
  const long = lengths.filter((f) => f.lines > LIMIT && !NOT_YET_SPLIT.has(f.where)).map((f) => `${f.where} (${f.lines} lines)`);
  assert.deepEqual(long, []);
});

test('every function listed as not yet split is still there and still long', () => {
  const stale = [...NOT_YET_SPLIT].filter((where) => !lengths.some((f) => f.where === where && f.lines > LIMIT));
  assert.deepEqual(stale, [], 'remove these from NOT_YET_SPLIT');
});
