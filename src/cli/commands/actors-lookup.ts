import { loadKb } from '../../kb/index.js';
import { lookupActor, type LookupResult } from '../../kb/lookup.js';
import { parsePublished } from '../../model/dates.js';
import { ParleyError } from '../../model/errors.js';
import { parseCommandArgs } from '../args.js';

export const usage = `parley actors lookup NAME [--date YYYY-MM-DD] [--json]

Shows what the knowledge base knows about a name: each actor it names (a full name, an alias, or for
one word a surname), with its CAMEO code and the roles in force on the date (today by default), its
aliases and where the facts come from; and whether the name is a place of a country or an agent noun
("police", "lawmakers"). Exit code 1 when nothing is known.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('actors', argv, { date: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const [sub, ...words] = positionals;
  if (sub !== 'lookup') throw new ParleyError('E_USAGE', `actors: unknown subcommand '${sub ?? ''}'; use 'parley actors lookup NAME'`);
  const name = words.join(' ').trim();
  if (name === '') throw new ParleyError('E_USAGE', "actors lookup: give a name, e.g. 'parley actors lookup Haider al-Abadi'");
  const date = values.date === undefined ? new Date().toISOString().slice(0, 10) : parsePublished(values.date, '--date').slice(0, 10);
  const result = lookupActor(loadKb(), name, date);
  out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result)}\n`);
  return result.actors.length > 0 || result.place !== null || result.agent !== null ? 0 : 1;
}

function describe(r: LookupResult): string {
  const lines: string[] = [];
  for (const a of r.actors) {
    lines.push(`${a.name} (${a.kind}, ${a.id})  country ${a.country ?? '-'}  code on ${r.date}: ${a.code ?? '-'}`);
    for (const role of a.roles) lines.push(`  ${role.title} of ${role.country} since ${role.from}${role.to ? ` until ${role.to}` : ''} (${role.code})`);
    for (const c of a.codes) lines.push(`  Phoenix code ${c.code}${c.from || c.to ? ` ${c.from ?? '…'} – ${c.to ?? '…'}` : ''}`);
    if (a.aliases.length > 0) lines.push(`  also: ${a.aliases.join('; ')}`);
    lines.push(`  source: ${a.sources.join('; ')}`);
  }
  if (r.place) lines.push(`${r.place.name}: a place of ${r.place.country ?? r.place.cameo} (Phoenix)`);
  if (r.agent) lines.push(`"${r.name}": an agent noun, code ${r.agent.code} (${r.agent.number})`);
  return lines.length > 0 ? lines.join('\n') : `no actor, place or agent named '${r.name}'`;
}
