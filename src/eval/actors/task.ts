import { readFileSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { FULL_ANALYSIS } from '../../pipeline/presets.js';
import type { EvalTask } from '../task.js';
import { codeRight, countryRight, entityOver, locate, systemCode, type GoldActor } from './score.js';

export interface ActorsEvalResult {
  task: 'actors';
  records: number;
  /** Gold actor texts (sources and targets). */
  mentions: number;
  /** Of those, how many an entity or agent covers. */
  found: number;
  countryAccuracy: number;
  codeAccuracy: number;
  /** With --misses: every actor text whose country is wrong or missing. */
  misses?: Array<{ id: string; actorText: string; gold: string; system: string | null; entity: string | null }>;
}

interface PloverRecord {
  id: string;
  date?: string;
  text: string;
  source?: unknown;
  target?: unknown;
}

const STAGES_FOR_ACTORS = FULL_ANALYSIS.slice(0, FULL_ANALYSIS.indexOf('entities') + 1);

export const actorsEval: EvalTask<ActorsEvalResult> = {
  usage: `parley eval actors --plover FILE [--misses] [--json]

For every source and target actorText of the PLOVER gold records (a JSON array with text, source[] and
target[] of {actorText, code, sector}), analysed with the record's date: is there an entity or agent over
that text, is its country (the first three letters of its CAMEO code, or its country) the gold's code, and
is its full code the gold's code and sector ("SRBGOV"; IGO/NGO without a sector match by the head).
Accuracies are over all gold actor texts. --misses lists the actor texts whose country is wrong.`,
  options: { plover: { type: 'string' }, misses: { type: 'boolean' } },
  async run(values) {
    const file = typeof values.plover === 'string' ? values.plover : '../shared/data/plover/plover-gsr.dev.json';
    const records = readPlover(file);
    const pipeline = createAnalyzer(STAGES_FOR_ACTORS);
    let mentions = 0;
    let found = 0;
    let country = 0;
    let code = 0;
    const misses: NonNullable<ActorsEvalResult['misses']> = [];
    for (const record of records) {
      const doc = pipeline.run(new Doc(record.text, { id: record.id, published: record.date ?? null }));
      const entities = doc.get('entities');
      for (const gold of goldActors(record)) {
        mentions++;
        const span = locate(record.text, gold.actorText);
        const entity = span ? entityOver(entities, span) : null;
        if (entity) found++;
        const countryOk = entity !== null && countryRight(gold, entity);
        if (countryOk) country++;
        if (entity !== null && codeRight(gold, entity)) code++;
        if (!countryOk) {
          misses.push({ id: record.id, actorText: gold.actorText, gold: `${gold.code}${gold.sector ?? ''}`, system: entity ? systemCode(entity) : null, entity: entity?.name ?? null });
        }
      }
    }
    const share = (n: number) => (mentions === 0 ? 0 : n / mentions);
    return {
      task: 'actors',
      records: records.length,
      mentions,
      found,
      countryAccuracy: share(country),
      codeAccuracy: share(code),
      ...(values.misses ? { misses } : {}),
    };
  },
  table(r) {
    const lines = [
      `actors: ${r.records} records, ${r.mentions} gold actor texts, ${r.found} with an entity or agent over them`,
      `country accuracy ${r.countryAccuracy.toFixed(3)}   full code accuracy ${r.codeAccuracy.toFixed(3)}`,
    ];
    for (const m of r.misses ?? []) lines.push(`  ${m.id}  "${m.actorText}"  gold ${m.gold}  system ${m.system ?? '-'} (${m.entity ?? 'no entity'})`);
    return lines.join('\n');
  },
};

function readPlover(file: string): PloverRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ParleyError('E_INPUT_UNREADABLE', `eval actors: cannot read ${file} as JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(data) || data.some((r) => typeof r?.text !== 'string')) {
    throw new ParleyError('E_INPUT_FORMAT', `eval actors: ${file} is not a JSON array of PLOVER records with a text`);
  }
  return data as PloverRecord[];
}

/** A record's source and target actors that have words in the text (some records leave a side empty). */
export function goldActors(record: PloverRecord): GoldActor[] {
  const side = (value: unknown) => (Array.isArray(value) ? value : []);
  return [...side(record.source), ...side(record.target)]
    .filter((a): a is { actorText: string; code: string; sector?: string | null } =>
      typeof a?.actorText === 'string' && a.actorText.trim() !== '' && typeof a?.code === 'string' && a.code !== '')
    .map((a) => ({ actorText: a.actorText, code: a.code.toUpperCase(), sector: a.sector ? String(a.sector) : null }));
}
