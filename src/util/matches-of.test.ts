import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from './matches-of.js';

/** What `matchAll` gives, as plain arrays with index and groups. */
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

test('the same matches as matchAll, empty ones included', () => {
  const cases: Array<[RegExp, string]> = [
    [/(?<day>\d{1,2}) (?<month>May|June)/g, 'on 5 May and again on 12 June, not 2024'],
    [/\b/g, 'two words'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?<![\w$.,:-])[Tt]he\s+day(?=\s+after)/g, 'It was, the day after the day before. The day after'],
  ];
  for (const [pattern, text] of cases) assert.deepEqual(plain(matchesOf(pattern, text)), plain(text.matchAll(pattern)), `${pattern} over ${text}`);
});

test('from the pattern\'s lastIndex, which is left as it was', () => {
  const pattern = /\d+/g;
  pattern.lastIndex = 3;
  assert.deepEqual(plain(matchesOf(pattern, '12 34 56')), plain('12 34 56'.matchAll(pattern)));
  assert.equal(pattern.lastIndex, 3);
});

test('a pattern that is not global is refused, as matchAll refuses it', () => {
  assert.throws(() => matchesOf(/a/, 'a'), TypeError);
});
