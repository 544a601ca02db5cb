import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGumDates, timexValue } from './gum-dates.js';

/** GUM's vertical format from a shorter one: tag lines as they are, a token as `word TAG` (the other columns filled in). */
const gumXml = (lines: string) => lines.trim().split('\n').map((line) => {
  if (line.startsWith('<')) return line;
  const [word, tag] = line.split(' ');
  return [word, tag, word.toLowerCase(), tag, 'X', 'dep', '_'].join('\t');
}).join('\n');

// Adapted from GUM's news_korea (Wikinews "North Korea puts military in 'quasi-state of war'",
// CC BY 2.5; GUM annotation CC BY 4.0, Zeldes 2017): the title, the dateline, and two body sentences
// shortened, with a "late September" range (from GUM's interview_messina) and a time written for this test.
const KOREA = gumXml(`
<text id="GUM_news_korea" type="news" dateCreated="2015-08-21" author="Wikinews" title="North Korea puts military in &apos;quasi-state of war&apos;">
<head rend="bold">
<s type="decl">
North NP
Korea NP
puts VVZ
military NN
in IN
<q>
' \`\`
<w>
quasi JJ
- HYPH
state NN
</w>
of IN
war NN
' ''
</q>
</s>
</head>
<s type="frag">
<date when="2015-08-21" rend="bold">
Friday NP
, ,
August NP
21 CD
, ,
2015 CD
</date>
</s>
<p>
<s type="decl">
South NP
Korea NP
had VHD
started VVN
broadcasts NNS
after IN
an DT
<date notBefore="2004" notAfter="2015">
<w>
11 CD
- HYPH
year NN
</w>
</date>
lull NN
at IN
<date when="2015-08-10T22:30:00">
22:30 CD
</date>
. SENT
</s>
<s type="decl">
Talks NNS
were VBD
held VVN
in IN
<date from="--09-15" to="--09-30">
late JJ
<date when="--09">
September NP
</date>
</date>
&amp; CC
more JJR
. SENT
</s>
</p>
</text>`);

test('the running text is rebuilt with blocks apart, <w> words joined and quotes opening as their tag says', () => {
  const doc = readGumDates(KOREA, 'GUM_news_korea');
  assert.equal(doc.text, "North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015\n\n"
    + 'South Korea had started broadcasts after an 11-year lull at 22:30. Talks were held in late September & more.');
  assert.equal(doc.dct, '2015-08-21');
  assert.equal(doc.subset, 'news');
});

test('every <date> spans exactly its words, with its value in TIMEX3 form and from/to read as bounds', () => {
  const doc = readGumDates(KOREA, 'GUM_news_korea');
  assert.deepEqual(doc.dates, [
    { start: 51, end: 74, text: 'Friday, August 21, 2015', when: '2015-08-21' },
    { start: 120, end: 127, text: '11-year', notBefore: '2004', notAfter: '2015' },
    { start: 136, end: 141, text: '22:30', when: '2015-08-10T22:30' },
    { start: 162, end: 176, text: 'late September', notBefore: 'XXXX-09-15', notAfter: 'XXXX-09-30' },
    { start: 167, end: 176, text: 'September', when: 'XXXX-09' },
  ]);
});

test('GUM date values take TIMEX3 form: X digits for a missing year or month, no zero seconds', () => {
  assert.equal(timexValue('--10'), 'XXXX-10');
  assert.equal(timexValue('---05'), 'XXXX-XX-05');
  assert.equal(timexValue('--09-15'), 'XXXX-09-15');
  assert.equal(timexValue('2010-09-04T22:30:00'), '2010-09-04T22:30');
  assert.equal(timexValue('2010-09-04T22:30:15'), '2010-09-04T22:30:15');
  for (const kept of ['2013-10-09', '2012', '2013-11']) assert.equal(timexValue(kept), kept);
});

const GUM = '../shared/data/gum/xml';

/** The words between each `<date>` tag and its end tag, in the order the start tags come, run together. */
function dateWords(xml: string): string[] {
  const open: number[] = [];
  const words: string[] = [];
  for (const line of xml.split('\n')) {
    if (line.startsWith('<date')) { open.push(words.length); words.push(''); } else if (line.startsWith('</date')) open.pop();
    else if (!line.startsWith('<') && line.includes('\t')) for (const i of open) words[i] += line.split('\t')[0].replace(/&amp;/g, '&');
  }
  return words;
}

test('on the real GUM folder, all 248 dates are read (216 with a when, 32 bounded), each spanning its words', { skip: !existsSync(GUM) && 'needs ../shared/data' }, () => {
  let when = 0;
  let bounded = 0;
  for (const file of readdirSync(GUM).filter((f) => f.endsWith('.xml'))) {
    const xml = readFileSync(join(GUM, file), 'utf8');
    const doc = readGumDates(xml, file);
    assert.match(doc.dct, /^\d{4}-\d\d-\d\d$/, file);
    const words = dateWords(xml);
    doc.dates.forEach((date, i) => {
      assert.ok(date.text.trim().length > 0, `${file}: an empty date`);
      // The rebuilt text adds only spaces and blank lines, and writes PTB quotes as straight ones.
      assert.equal(date.text.replace(/\s+/g, ''), words[i].replace(/``|''/g, '"'), file);
      assert.ok(date.when !== undefined || date.notBefore !== undefined || date.notAfter !== undefined, `${file}: "${date.text}" has no value`);
      if (date.when !== undefined) when++;
      else bounded++;
    });
  }
  assert.deepEqual({ when, bounded }, { when: 216, bounded: 32 });
});
