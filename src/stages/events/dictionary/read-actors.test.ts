import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAgentDictionary } from './read-actors.js';

const names = (text: string) => readAgentDictionary(text).map((a) => `${a.words.join(' ')}:${a.code}`);

test("an agent written without plurals gets PETRARCH's plural of its last word, phrases too; {} says none", () => {
  // lines in the shape of PETRARCH's Phoenix.agents.txt
  assert.deepEqual(names('HUMAN_RIGHTS_ACTIVIST  [~OPP]'), ['HUMAN RIGHTS ACTIVIST:OPP', 'HUMAN RIGHTS ACTIVISTS:OPP']);
  assert.deepEqual(names('DEPUTY [~GOV]'), ['DEPUTY:GOV', 'DEPUTIES:GOV']);
  assert.deepEqual(names('BOSS [~BUS]'), ['BOSS:BUS', 'BOSSES:BUS']);
  assert.deepEqual(names('POLICE {} [~COP]'), ['POLICE:COP']);
  assert.deepEqual(names('AIRMAN {AIRMEN} [~MIL]'), ['AIRMAN:MIL', 'AIRMEN:MIL']);
  assert.deepEqual(names('!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]'), ['CATTLE MAN:AGR', 'CATTLE MEN:AGR']);
});

test('an agent code written with the tilde after it goes before the country (PETRARCH prefix agents)', () => {
  // lines of PETRARCH's Phoenix.agents.txt and its unit-test agents
  assert.deepEqual(names('TRUCE_MONITOR [IGO~]'), ['TRUCE MONITOR:IGO~', 'TRUCE MONITORS:IGO~']);
  assert.deepEqual(names('MSF {}  [NGO~] # pas 24 Nov 13'), ['MSF:NGO~']);
  assert.deepEqual(names('POLICE {} [ ~COP] # JON 2/8/95'), ['POLICE:COP']);
});
