import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datesEval, type GumDatesResult } from './gum-dates-task.js';

test('eval dates needs --gum DIR', async () => {
  await assert.rejects(datesEval.run({}, []), (e: unknown) => (e as { code?: string }).code === 'E_USAGE');
});

/** A GUM xml file with one sentence: `words` are `word TAG` pairs and `<date …>` / `</date>` lines. */
const gumFile = (type: string, dct: string, words: string) => `<text id="x" type="${type}" dateCreated="${dct}">\n<p>\n<s type="decl">\n${
  words.trim().split('\n').map((l) => (l.startsWith('<') ? l : `${l.replace(' ', '\t')}\t_\t_\t_\t_\t_`)).join('\n')}\n</s>\n</p>\n</text>\n`;

// Adapted from GUM's news_korea (Wikinews, CC BY 2.5; GUM annotation CC BY 4.0).
const KOREA = gumFile('news', '2015-08-21', `
The DT
broadcasts NNS
began VVD
on IN
<date when="2015-08-10">
August NP
10 CD
</date>
after IN
an DT
<date notBefore="2004" notAfter="2015">
11-year JJ
</date>
lull NN
. SENT`);

// Adapted from GUM's interview_brotherhood (Wikinews, CC BY 2.5): GUM leaves the year of "October" open.
const BROTHERHOOD = gumFile('interview', '2013-10-09', `
<date when="--10">
October NP
</date>
is VBZ
National NP
Magic NP
Month NP
. SENT`);

test('eval dates scores each genre and the whole folder, and lists what is missed or wrong', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dates-'));
  try {
    writeFileSync(join(dir, 'GUM_news_korea.xml'), KOREA);
    writeFileSync(join(dir, 'GUM_interview_brotherhood.xml'), BROTHERHOOD);
    writeFileSync(join(dir, 'notes.txt'), 'not a GUM file');
    const r = (await datesEval.run({ gum: dir, errors: true }, [])) as GumDatesResult;
    assert.equal(r.documents, 2);
    assert.deepEqual(r.dates, { gold: 2, found: 2, rightValue: 1, valueAccuracy: 0.5, foundRate: 1 });
    assert.deepEqual(r.ranges, { gold: 1, found: 1, inside: 0 });
    assert.deepEqual(Object.keys(r.bySubset ?? {}), ['interview', 'news']);
    assert.equal(r.bySubset?.news.dates.rightValue, 1);
    assert.deepEqual(r.errors?.map((e) => [e.document, e.text, e.gold, e.ours]), [
      ['GUM_interview_brotherhood', 'October', 'XXXX-10', '2013-10'],
      ['GUM_news_korea', '11-year', '2004..2015', 'P11Y'],
    ]);
    assert.match(datesEval.table(r), /^all\s+2\s+2\s+2\s+100\.0%\s+1\s+50\.0%\s+1\s+1\s+0$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
