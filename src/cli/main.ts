import { ParleyError } from '../model/errors.js';
import { forTerminal } from './terminal.js';
import * as actors from './commands/actors.js';
import * as analyze from './commands/analyze.js';
import * as demo from './commands/demo.js';
import * as evaluate from './commands/eval.js';
import * as exporting from './commands/export.js';
import * as ingest from './commands/ingest.js';
import * as quotes from './commands/quotes.js';
import * as events from './commands/events.js';
import * as stances from './commands/stances.js';
import * as topics from './commands/topics.js';
import * as search from './commands/search.js';
import * as serve from './commands/serve.js';
import * as show from './commands/show.js';
import * as stories from './commands/stories.js';
import * as status from './commands/status.js';
import * as worker from './commands/worker.js';

interface Command {
  usage: string;
  run(argv: string[], out: NodeJS.WritableStream): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  analyze, ingest, show, search, actors, quotes, events, topics, stances, stories, export: exporting, demo, serve, eval: evaluate, worker, status,
};

const HELP = `parley — a sourced, queryable record of who said and did what in the news

Usage: parley COMMAND [options]   (parley COMMAND --help for details)

Commands:
  analyze FILE...   analyse articles and print their parley.analysis/1 records
  ingest PATH|URL.. analyse text, JSON(L), HTML pages and RSS/Atom feeds into the store
                    (--queue: queue them in PostgreSQL for workers instead)
  worker            take queued ingest jobs from PostgreSQL, analyse and store them
  status            what the store holds; the queue's depth, throughput, workers and failures
  show ID           print a stored document
  search QUERY      full-text search over the store
  actors [NAME]     stored actors and their roles over time
  quotes --by NAME  stored quotes, by speaker, actor, words or date
  events            stored events: who did what to whom, by actor, code, mode, date (--merged)
  topics            the proposals and issues stored articles discuss
  stances           who supports or opposes which proposal (--matrix: actors × topics)
  stories           near-duplicate articles grouped into stories
  export            write the store out as JSON Lines or CSV (documents or --quotes)
  serve             the JSON API (/api, /openapi.json, /docs) and the dashboard on 127.0.0.1:8787
  demo              ingest the bundled sample corpus, then serve the dashboard (--no-serve: only ingest)
  eval TASK         score Parley against gold data (ner, time, coref, quotes, actors, dedup)
  actors lookup NAME  what the knowledge base knows about an actor on a date
`;

/** Runs the CLI; returns the exit code (0 ok, 2 bad input or usage, 1 internal error). */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') return out.write('parley 0.1.0\n'), 0;
  const command = COMMANDS[name];
  try {
    if (!command) throw new ParleyError('E_USAGE', `unknown command '${name}'; see 'parley --help'`);
    return await command.run(rest, out);
  } catch (e) {
    if (e instanceof ParleyError) {
      err.write(`parley: ${forTerminal(e.message.replace(/[\r\n\t]+/g, ' '))} [${e.code}]\n`);
      return e.code === 'E_PIPELINE_ORDER' || e.code === 'E_LAYER_OWNER' ? 1 : 2;
    }
    err.write(`parley: internal error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
