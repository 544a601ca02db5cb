import { writeFileSync } from 'node:fs';
import { COMPILED_FILE, serialiseKb } from '../compiled.js';
import { KB_DATA_DIR } from '../tsv.js';
import { compileKb } from './compile.js';

/** `npm run kb:build`: compiles data/kb/*.tsv and the Phoenix dictionaries into data/kb/kb.txt. */
const kb = compileKb();
const url = new URL(COMPILED_FILE, KB_DATA_DIR);
writeFileSync(url, serialiseKb(kb));
const people = kb.actors.filter((a) => a.kind === 'person').length;
console.log(`kb:build: ${url.pathname}: ${kb.actors.length} actors (${people} people), ${kb.places.length} places, ${kb.agents.length} agent forms; Phoenix ends ${kb.phoenixEnd}`);
