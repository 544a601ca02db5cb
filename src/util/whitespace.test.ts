import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBlank, isSpaceCode } from './whitespace.js';

test('isSpaceCode agrees with \\s on every UTF-16 code unit', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('isBlank agrees with /^\\s*$/', () => {
  for (const s of ['', ' ', '\n\t', '\u00a0\u3000', ' x ', 'Kyiv', '\u200b']) assert.equal(isBlank(s), /^\s*$/.test(s), JSON.stringify(s));
});
