import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiteralsIn, requiredLiterals } from './required-literals.js';
import { RULES } from '../stages/time/rules/index.js';

test('the words a pattern cannot match without', () => {
  const cases: Array<[string, readonly string[] | null]> = [
    // the time rules' openings: optional words, then a noun
    [String.raw`(?<![\w$.,:-])(?:[Tt]he\s+)?(?<ord>first|second)\s+[Qq]uarters?`, ['quarter']],
    [String.raw`(?<noun>[Qq]uarter(?![\s-]+century)|period)`, ['quarter', 'period']],
    [String.raw`(?<w>(?:[Tt]oday|[Yy]esterday))(?:\s+(?<part>morning|night))?`, ['today', 'yesterday']],
    [String.raw`[Dd]ays?\s+ago`, ['day']],
    [String.raw`(?:\d+|[Aa]\s+few)\s+days`, ['days']],
    // what the reading cannot tell needs nothing
    [String.raw`\d+\s*\w+`, null],
    [String.raw`(?:year|)`, null],
    [String.raw`[a-z]+-(?=[Ww]eek)`, ['-']],
    [String.raw`(?:the|)\s*(?=quarter)`, null],
    [String.raw`Erdoğan`, ['erdo']],
  ];
  for (const [source, needs] of cases) assert.deepEqual(requiredLiterals(source), needs, source);
});

test('a text holds the words every match of a time rule needs: each rule\'s examples', () => {
  for (const rule of RULES) {
    for (const example of rule.examples) {
      const literals = new LiteralsIn(example.text.toLowerCase());
      rule.pattern.lastIndex = 0;
      if (rule.pattern.test(example.text)) assert.ok(literals.mayHold(requiredLiterals(rule.pattern.source)), `${rule.name}: ${example.text}`);
    }
  }
});

test('a text without the words is passed over', () => {
  const needs = requiredLiterals(String.raw`(?:[Tt]he\s+)?[Qq]uarter`);
  assert.equal(new LiteralsIn('the third period of the year'.toLowerCase()).mayHold(needs), false);
  assert.equal(new LiteralsIn('In the Third Quarter'.toLowerCase()).mayHold(needs), true);
  assert.equal(new LiteralsIn('anything').mayHold(null), true);
});
