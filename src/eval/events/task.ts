import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import type { Event } from '../../model/layers.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { EvalTask } from '../task.js';
import { readPetrarchFile, type GoldCoding } from './petrarch.js';
import { environmentResources, eventPipeline } from './pipeline.js';
import { readPloverFile } from './plover.js';
import { counted, countryOf, goldTypeName, scoreRecord, systemCodings } from './score.js';

interface ErrorClass {
  readonly cause: string;
  readonly count: number;
  readonly examples: string[];
}

export interface PetrarchEvalResult {
  task: 'events';
  file: string;
  records: number;
  expected: number;
  correct: number;
  missed: number;
  falsePositives: number;
  accuracy: number;
  falsePositiveRate: number;
  tokensPerSecond: number;
  errors?: ErrorClass[];
}

export interface PloverEvalResult {
  task: 'events';
  file: string;
  records: number;
  typeAccuracy: number;
  sourceAccuracy: number;
  targetAccuracy: number;
  falsePositives: number;
  byType: Record<string, { records: number; typeAccuracy: number }>;
  errors?: ErrorClass[];
}

type EventsEvalResult = PetrarchEvalResult | PloverEvalResult;

const EXAMPLES = Number(process.env.PARLEY_EVAL_EXAMPLES ?? 4);

function analyse(pipeline: Pipeline, id: string, text: string, published: string | null): { events: readonly Event[]; tokens: number } {
  const doc = pipeline.run(new Doc(text, { id, published }));
  return { events: doc.get('events'), tokens: doc.get('tokens').length };
}

function addError(classes: Map<string, ErrorClass>, cause: string, example: string): void {
  const c = classes.get(cause) ?? { cause, count: 0, examples: [] };
  classes.set(cause, { ...c, count: c.count + 1, examples: c.examples.length < EXAMPLES ? [...c.examples, example] : c.examples });
}

const fmt = (c: GoldCoding) => `${c.source}→${c.target} ${c.code}`;

async function runPetrarch(file: string, withErrors: boolean): Promise<PetrarchEvalResult> {
  const gold = readPetrarchFile(file);
  const pipeline = eventPipeline(environmentResources(file, gold.environment) ?? undefined);
  let expected = 0;
  let correct = 0;
  let missed = 0;
  let falsePositives = 0;
  let tokens = 0;
  const classes = new Map<string, ErrorClass>();
  const began = process.hrtime.bigint();
  for (const record of gold.records) {
    const { events, tokens: n } = analyse(pipeline, record.id, record.text, record.date);
    tokens += n;
    const score = scoreRecord(record.codings, systemCodings(events));
    expected += record.codings.length;
    correct += score.correct.length;
    missed += score.missed.length;
    falsePositives += score.falsePositives.length;
    if (!withErrors) continue;
    const got = systemCodings(events).map(fmt).join(', ') || 'nothing';
    for (const m of score.missed) addError(classes, `missed: ${m.cause}`, `${record.id} want ${fmt(m)}, got ${got}: ${record.text.slice(0, 140)}`);
    for (const f of score.falsePositives) {
      const cause = record.codings.length ? 'false positive: extra coding' : 'false positive: record with no events';
      addError(classes, cause, `${record.id} ${fmt(f)}: ${record.text.slice(0, 140)}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const ratio = (a: number) => (expected ? a / expected : 0);
  return {
    task: 'events',
    file,
    records: gold.records.length,
    expected,
    correct,
    missed,
    falsePositives,
    accuracy: ratio(correct),
    falsePositiveRate: ratio(falsePositives),
    tokensPerSecond: Math.round(tokens / seconds),
    ...(withErrors ? { errors: [...classes.values()].sort((a, b) => b.count - a.count) } : {}),
  };
}

async function runPlover(file: string, withErrors: boolean): Promise<PloverEvalResult> {
  const records = readPloverFile(file);
  const pipeline = eventPipeline();
  let typeRight = 0;
  let sourceRight = 0;
  let sourceScored = 0;
  let targetRight = 0;
  let targetScored = 0;
  let falsePositives = 0;
  const byType: Record<string, { records: number; right: number }> = {};
  const classes = new Map<string, ErrorClass>();
  for (const record of records) {
    const { events } = analyse(pipeline, record.id, record.text, record.date);
    const coded = counted(events);
    const ofType = coded.filter((e) => goldTypeName(e.code, e.plover) === record.event);
    const t = (byType[record.event] ??= { records: 0, right: 0 });
    t.records++;
    falsePositives += coded.length - ofType.length;
    const summary = coded.map((e) => `${e.code}/${goldTypeName(e.code, e.plover)} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`).join(', ') || 'nothing';
    if (!ofType.length) {
      if (withErrors) addError(classes, coded.length ? 'type wrong' : 'nothing coded', `${record.id} want ${record.event}, got ${summary}: ${record.text.slice(0, 140)}`);
      continue;
    }
    typeRight++;
    t.right++;
    if (record.sources.length) {
      sourceScored++;
      if (ofType.some((e) => record.sources.includes(countryOf(e.sourceActor) ?? ''))) sourceRight++;
      else if (withErrors) addError(classes, 'source country wrong', `${record.id} want ${record.sources.join('/')}, got ${summary}: ${record.text.slice(0, 140)}`);
    }
    if (record.targets.length) {
      targetScored++;
      if (ofType.some((e) => record.targets.includes(countryOf(e.targetActor) ?? ''))) targetRight++;
      else if (withErrors) addError(classes, 'target country wrong', `${record.id} want ${record.targets.join('/')}, got ${summary}: ${record.text.slice(0, 140)}`);
    }
  }
  const div = (a: number, b: number) => (b ? a / b : 0);
  return {
    task: 'events',
    file,
    records: records.length,
    typeAccuracy: div(typeRight, records.length),
    sourceAccuracy: div(sourceRight, sourceScored),
    targetAccuracy: div(targetRight, targetScored),
    falsePositives,
    byType: Object.fromEntries(Object.entries(byType).sort().map(([k, v]) => [k, { records: v.records, typeAccuracy: div(v.right, v.records) }])),
    ...(withErrors ? { errors: [...classes.values()].sort((a, b) => b.count - a.count) } : {}),
  };
}

export const eventsEval: EvalTask<EventsEvalResult> = {
  usage: `parley eval events (--petrarch FILE | --plover FILE) [--errors] [--json]

Scores the events stage.
--petrarch FILE  PETRARCH validation records (<Sentence>, <EventCoding>, <Text>; the <Parse> is
                 never read). A coding is correct when source, target and CAMEO code all equal the
                 expected ones; accuracy = correct / expected, falsePositiveRate = extra codings /
                 expected. A file whose <Environment> names PETR.Validate.* dictionaries (the unit
                 tests) is coded with those toy verbs, actors and agents as its knowledge base.
--plover FILE    PLOVER gold records (JSON array): a record's type is right when an asserted or
                 intended event of that type is coded; source/target accuracy compare country codes
                 (first three letters of the actor code) on the records whose type is right.
--errors         groups the misses and false positives by cause, with examples (4 per cause; PARLEY_EVAL_EXAMPLES=N for N).`,
  options: { petrarch: { type: 'string' }, plover: { type: 'string' }, errors: { type: 'boolean' } },
  async run(values) {
    const withErrors = values.errors === true;
    if (typeof values.petrarch === 'string') return runPetrarch(values.petrarch, withErrors);
    if (typeof values.plover === 'string') return runPlover(values.plover, withErrors);
    throw new ParleyError('E_USAGE', 'eval events: give --petrarch FILE or --plover FILE');
  },
  table(r) {
    const f = (x: number) => x.toFixed(3);
    const lines: string[] = [];
    if ('expected' in r) {
      lines.push(`events (PETRARCH records) ${r.file}: ${r.records} records, ${r.expected} expected codings, ${r.tokensPerSecond} tokens/s`);
      lines.push(`correct ${r.correct}  missed ${r.missed}  false positives ${r.falsePositives}`);
      lines.push(`accuracy ${f(r.accuracy)}  false-positive rate ${f(r.falsePositiveRate)}`);
    } else {
      lines.push(`events (PLOVER records) ${r.file}: ${r.records} records, ${r.falsePositives} events of another type`);
      lines.push(`type accuracy ${f(r.typeAccuracy)}  source country ${f(r.sourceAccuracy)}  target country ${f(r.targetAccuracy)} (where the type is right)`);
      for (const [type, t] of Object.entries(r.byType)) lines.push(`  ${type.padEnd(12)} ${String(t.records).padStart(4)}  ${f(t.typeAccuracy)}`);
    }
    for (const e of r.errors ?? []) {
      lines.push(`${String(e.count).padStart(4)}  ${e.cause}`);
      for (const x of e.examples) lines.push(`        ${x}`);
    }
    return lines.join('\n');
  },
};
