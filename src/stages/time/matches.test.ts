import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedSpaces } from './matches.js';
import { timexes } from './time.test-helpers.js';

test('the rules read long whitespace runs cut to 32 characters, the text keeping its length', () => {
  const normal = 'Talks resumed on 12 March 2019 in Kyiv.\n\n   Zelensky spoke on Monday.';
  assert.equal(boundedSpaces(normal), normal);
  const padded = `Talks resumed in${' '.repeat(40)}2019.`;
  const read = boundedSpaces(padded);
  assert.equal(read.length, padded.length);
  assert.equal(read.slice(16, 48), ' '.repeat(32));
  assert.match(read.slice(48, 56), /^\u0001{8}$/);
});

test('dates on either side of a 20,000-space run keep their offsets and values (a hostile text once took seconds)', () => {
  const read = (spaces: number) => {
    const text = `Talks resumed on 12 March 2019.${' '.repeat(spaces)}Zelensky spoke on Monday, 18 March 2019.`;
    return timexes(text, '2019-03-20').map((t) => [text.slice(t.start, t.end), t.value]);
  };
  const expected = [['12 March 2019', '2019-03-12'], ['Monday', '2019-03-18'], ['18 March 2019', '2019-03-18']];
  assert.deepEqual(read(1), expected);
  assert.deepEqual(read(20_000), expected);
});
