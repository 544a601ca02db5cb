import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleRecord } from '../store/store.cases.js';
import { formatHit } from './commands/search.js';
import { describePublished, summarize } from './summary.js';
import { forTerminal } from './terminal.js';

const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// Escape sequences as hostile pages carry them: a window title, a screen clear, an 8-bit CSI, a bidi override.
const HOSTILE = 'Kyiv\u001b]0;pwned\u0007 said \u001b[2J\u001b[31mno\u009b1m and \u202etxt.exe\u202c.';

test('steering characters are escaped and everything else is kept', () => {
  assert.equal(forTerminal(HOSTILE), 'Kyiv\\x1b]0;pwned\\x07 said \\x1b[2J\\x1b[31mno\\x9b1m and \\u202etxt.exe\\u202c.');
  assert.equal(forTerminal('Erdoğan — «Київ» 北京 😀\ttab\nline'), 'Erdoğan — «Київ» 北京 😀\ttab\nline');
});

test('analyze summaries and search snippets escape the article text (issue 16, defect 5)', () => {
  const record = sampleRecord(`Donald Tusk ${HOSTILE}`);
  const summary = summarize({ ...record, document: { ...record.document, title: `Tusk\u001b[8m hidden` } }, 'a.txt');
  assert.doesNotMatch(summary, STEERING);
  assert.match(summary, /Tusk\\x1b\[8m hidden/);
  const hit = formatHit({ id: 'x\u001b[1A', title: 'T\u009b2J', published: '2025-01-14', snippet: `…[Kyiv]\u001b]0;pwned\u0007 said …` });
  assert.doesNotMatch(hit, STEERING);
  assert.equal(hit, 'x\\x1b[1A  2025-01-14  T\\x9b2J\n    …[Kyiv]\\x1b]0;pwned\\x07 said …');
});

test('an estimated publication date is shown as the range that is known (issue 15)', () => {
  const d = sampleRecord().document;
  const estimated = { ...d, published: '2024-12-13', publishedSource: 'estimated' as const };
  assert.equal(describePublished({ ...estimated, publishedRange: { earliest: '2024-11-05', latest: '2025-01-20' } }),
    'published between 2024-11-05 and 2025-01-20, estimated 2024-12-13');
  assert.equal(describePublished({ ...estimated, publishedRange: { earliest: '2024-11-05', latest: null } }), 'published on or after 2024-11-05, estimated 2024-12-13');
  assert.equal(describePublished(d), 'published 2025-01-14');
  assert.equal(describePublished({ ...d, published: null, publishedSource: 'unknown' }), 'published unknown');
});
