import { readFileSync, writeFileSync } from 'node:fs';
import { readCodebook } from './codebook.js';
import { readAgentDictionary } from './read-actors.js';
import { mergeVerbDictionaries, readVerbDictionary } from './read-verbs.js';

/**
 * `npm run events:build`: compiles the event dictionaries the stage ships into `data/events/`
 * from `../shared/data` (PETRARCH2's CAMEO.2.0.txt and Phoenix.agents.txt, MIT; PLOVER's
 * CAMEO2PLOVER-2021.txt, CC BY-SA 4.0) and the hand-kept tables beside them.
 */
const SHARED = new URL('../../../../../shared/data/', import.meta.url);
const DATA = new URL('../../../../data/events/', import.meta.url);

function read(relative: string, base: URL = SHARED): string {
  return readFileSync(new URL(relative, base), 'utf8');
}

function tsvRows(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift()!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [header[i], c.trim()])));
}

export function buildEventData(): { verbs: number; patterns: number; codes: number; agents: number } {
  const verbs = mergeVerbDictionaries(
    readVerbDictionary(read('petrarch2/dictionaries/CAMEO.2.0.txt'), 'CAMEO.2.0.txt'),
    readVerbDictionary(read('petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt'), 'CAMEO.verbpatterns.150430.txt'),
  );
  writeFileSync(new URL('cameo-verbs.json', DATA), JSON.stringify(verbs));

  const goldstein = new Map(tsvRows(read('goldstein.tsv', DATA)).map((r) => [r.code!, Number(r.goldstein)]));
  const codes = readCodebook(read('plover/CAMEO2PLOVER-2021.txt'), goldstein);
  const listed = new Set(codes.map((c) => c.code));
  for (const row of tsvRows(read('cameo-supplement.tsv', DATA))) {
    if (listed.has(row.code!)) continue;
    const [extra] = readCodebook(`${row.code}: ${row.plover || 'NONE'}, , # ${row.label}`, goldstein);
    if (extra) codes.push({ ...extra, plover: row.plover ?? '' });
  }
  codes.sort((a, b) => a.code.localeCompare(b.code));
  const header = 'code\tlabel\troot\tquadClass\tgoldstein\tplover\tploverMode\tploverContext';
  const rows = codes.map((c) => [c.code, c.label, c.root, c.quadClass, c.goldstein, c.plover, c.ploverMode, c.ploverContext].join('\t'));
  writeFileSync(new URL('cameo-codes.tsv', DATA), `# Compiled by npm run events:build; see README.md for sources and licences.\n${header}\n${rows.join('\n')}\n`);

  const agents = readAgentDictionary(read('petrarch2/dictionaries/Phoenix.agents.txt'));
  writeFileSync(new URL('agents.json', DATA), JSON.stringify(agents));
  const patterns = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0);
  return { verbs: Object.keys(verbs.forms).length, patterns, codes: codes.length, agents: agents.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const made = buildEventData();
  console.log(`data/events: ${made.verbs} verb forms, ${made.patterns} patterns, ${made.codes} CAMEO codes, ${made.agents} agent names`);
}
