import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWebDomain, WEB_DOMAINS } from './web-domains.js';

test('web domains in running text, and words that only look like them', () => {
  const found = (text: string) => [...text.matchAll(WEB_DOMAINS)].map((m) => m[0]);
  assert.deepEqual(found('Director Ane Alencar, in remarks to UOL.com.br, said so; see www.flag.govt.nz and News.com.au.'), ['UOL.com.br', 'www.flag.govt.nz', 'News.com.au']);
  assert.deepEqual(found('He came.It was 5 p.m. in the U.S. He left.in time, e.g. now'), []);
  assert.ok(isWebDomain('Politics1.com') && isWebDomain('chess.com'));
  assert.ok(!isWebDomain('U.S.') && !isWebDomain('Dr. Smith') && !isWebDomain('.com'));
});
