import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMPILED_FILE, serialiseKb } from '../compiled.js';
import { KB_DATA_DIR } from '../tsv.js';
import { compileKb, nameCase } from './compile.js';
import { parseCode, phoenixDate, readPhoenixActors, readPhoenixAgents } from './phoenix.js';

test('the shipped data/kb/kb.txt is what kb:build makes of data/kb/*.tsv and the Phoenix dictionaries', () => {
  const shipped = readFileSync(new URL(COMPILED_FILE, KB_DATA_DIR), 'latin1');
  assert.ok(shipped === serialiseKb(compileKb()), "data/kb/kb.txt is stale: run 'npm run kb:build' and commit it");
});

test('Phoenix dates: two-digit years up to 30 are this century; malformed dates leave the bound open', () => {
  assert.equal(phoenixDate('140908'), '2014-09-08');
  assert.equal(phoenixDate('680101'), '1968-01-01');
  assert.equal(phoenixDate('20180925'), '2018-09-25');
  assert.equal(phoenixDate('2004017'), null);
  assert.deepEqual(parseCode('IRQGOV 20140908-20180925'), { code: 'IRQGOV', from: '2014-09-08', to: '2018-09-25' });
  assert.deepEqual(parseCode('IRQGOV >20140908'), { code: 'IRQGOV', from: '2014-09-08', to: null });
  assert.deepEqual(parseCode('IRQ <20030320'), { code: 'IRQ', from: null, to: '2003-03-20' });
  assert.deepEqual(parseCode('~COP'), { code: 'COP', from: null, to: null });
});

// Entries in the Phoenix layout (MIT, Open Event Data Alliance): a name, aliases, codes on the line or below it.
test('actor entries: name, aliases and codes, on the name line or on lines of their own', () => {
  const entries = readPhoenixActors([
    'HAIDAR_AL_ABADI',
    '+HAIDER_JAWAD_KADHIM_AL-ABADI',
    '+PRIME_MINISTER_AL-ABADI',
    '\t[IRQGOV >20140908]',
    'HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13',
    '+HIZBULLAH',
    '# a comment',
    'NO_CODE_HERE',
  ].join('\n'));
  assert.deepEqual(entries.map((e) => e.names), [['HAIDAR AL ABADI', 'HAIDER JAWAD KADHIM AL-ABADI', 'PRIME MINISTER AL-ABADI'], ['HEZBOLLAH', 'HIZBULLAH']]);
  assert.deepEqual(entries[0]!.codes, [{ code: 'IRQGOV', from: '2014-09-08', to: null }]);
});

test('agents: substitution sets, irregular plurals, no plural after {}, regular plurals otherwise', () => {
  const agents = readPhoenixAgents([
    '!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON',
    'LAWMAKER [~LEG]',
    'POLICE {} [~COP]',
    'THIEF {THIEVES} [~CRM]',
    'GOVERNMENT_SPOKES!PERSON! [~GOV]',
    'PARTY [~PTY]',
    'GUNMEN [~UAF]',
    'CHILDREN [~CVL]',
    'FISHERMEN [~AGR]',
    'MINISTER_FOR_WOMEN [~GOV]',
  ].join('\n'));
  const forms = new Map(agents.flatMap((a) => a.forms.map((f) => [f, a.code] as const)));
  assert.equal(forms.get('lawmakers'), 'LEG');
  assert.equal(forms.get('police'), 'COP');
  assert.equal(forms.get('thieves'), 'CRM');
  assert.equal(forms.get('government spokeswoman'), 'GOV');
  assert.equal(forms.get('parties'), 'PTY');
  // a plural listed on its own line is a plural ("Gunmen attacked", "Fishermen protested")
  const plurals = new Set(agents.flatMap((a) => a.plurals));
  assert.ok(plurals.has('gunmen') && plurals.has('fishermen') && plurals.has('lawmakers') && !plurals.has('lawmaker'));
  // the bare words for anyone stay as the file has them: an actor only after a proper adjective ("Palestinian children")
  assert.ok(!plurals.has('children'));
  assert.ok(!plurals.has('minister for women'));
});

test('Phoenix capitals become name case; acronyms keep theirs', () => {
  assert.equal(nameCase('HAIDAR AL-ABADI'), 'Haidar al-Abadi');
  assert.equal(nameCase('PKK'), 'PKK');
  assert.equal(nameCase('NATO'), 'NATO');
  assert.equal(nameCase('BASRA', false), 'Basra');
});
