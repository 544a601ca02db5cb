import { test } from 'node:test';
import assert from 'node:assert/strict';
import { POS_TAGS } from '../../model/tokens.js';
import { LONG_RUN } from './wink-input.js';
import { loadWink, segmentText } from './index.js';

const wink = loadWink();
const wordsOf = (text: string) => {
  const { tokens } = segmentText(text, wink);
  return Array.from({ length: tokens.length }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
};

/**
 * Words in every script stay whole. Sentences from English Wikinews (CC BY 2.5): "Arrest made as mayor of
 * Gdańsk, Poland stabbed on stage", "Turkey's President Erdogan proposes converting Hagia Sophia …",
 * "Students compete in second international Neurosurgery Olympiad", "Simple animals could live in Martian
 * brines …", "Iranian International Master Dorsa Derakhshani …", "200 in New Delhi, India drink cow urine …",
 * "Politicians and the Archbishop of Gdańsk …"; the Greek, Hebrew and Chinese lines name their subjects.
 */
const SCRIPTS: Array<[string, string, string[]]> = [
  ['Turkish', 'the Turkish President Recep Tayyip Erdoğan pledged', ['Erdoğan']],
  ['Polish', 'Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported', ['Gdańsk', 'Sławoj', 'Głódź']],
  ['Serbian', 'Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory', ['Stamenković']],
  ['Vietnamese', 'Prime Minister Nguyễn Xuân Phúc met Andrej Babiš in Hanoi.', ['Nguyễn', 'Xuân', 'Phúc', 'Babiš']],
  ['Hawaiian', 'a team from the University of Hawaii at Mānoa studied Kīlauea', ['Mānoa', 'Kīlauea']],
  ['Cyrillic', 'Медицинский туризм бурно растет во всем мире, а по параметрам цены и качества Тюмень более чем конкурентоспособна.', ['Медицинский', 'параметрам', 'Тюмень', 'конкурентоспособна']],
  ['Greek', 'Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Νίκο Δένδια στην Αθήνα.', ['Κυριάκος', 'Μητσοτάκης', 'Δένδια', 'Αθήνα']],
  ['Hebrew', 'ראש הממשלה בנימין נתניהו נפגש עם נשיא המדינה.', ['בנימין', 'נתניהו', 'הממשלה']],
  ['Persian (Arabic script)', 'Mehrdad Pahlavanzadeh said: حجاب در ایران قانون است', ['حجاب', 'ایران', 'قانون']],
  ['Devanagari', 'उसने कहा कि हम गाय का मूत्र पीते हैं।', ['उसने', 'मूत्र', 'हैं']],
  ['Chinese', '中国国家主席习近平 met the delegation.', ['中国国家主席习近平']],
  ['decomposed accents', 'Valéry Giscard d’Estaing and the Cafe\u0301 Europa', ['Valéry', 'Cafe\u0301']],
  ['astral letters', 'The surname 𠮷野 is written with a rare character.', ['𠮷野']],
];

for (const [script, text, whole] of SCRIPTS) {
  test(`${script} words are single tokens`, () => {
    const words = wordsOf(text);
    for (const word of whole) assert.ok(words.includes(word), `${word} in ${JSON.stringify(words)}`);
  });
}

test('tokens do not depend on what was tokenised before (wink caches the words it has seen)', () => {
  const text = 'Mevlüt Çavuşoğlu, Erdoğan’s envoy, met Vučić; "Wałęsa," he said.';
  const before = wordsOf(text);
  wordsOf('Çavuşoğlu Erdoğan Vučić Wałęsa Çavuşoğlu, Erdoğan. Vučić; Wałęsa,');
  assert.deepEqual(wordsOf(text), before);
  assert.deepEqual(before.slice(0, 5), ['Mevlüt', 'Çavuşoğlu', ',', 'Erdoğan', '’s']);
});

/** Names and words joined by hyphens (Wikinews, CC BY 2.5: "United States military kills Qasem Soleimani", "Cairo summit …"). */
test('hyphenated words are one token; number ranges and dashes are not joined', () => {
  const words = wordsOf('Adil Abdul-Mahdi met Jean-Yves Le Drian, Abu Mahdi al-Muhandis and Karl-Heinz Kamp at a Saudi-led, state-of-the-art 1996-97 summit — twice.');
  for (const word of ['Abdul-Mahdi', 'Jean-Yves', 'al-Muhandis', 'Karl-Heinz', 'Saudi-led', 'state-of-the-art', '1996-97', '—']) {
    assert.ok(words.includes(word), `${word} in ${JSON.stringify(words)}`);
  }
  assert.deepEqual(wordsOf('the 2019–2020 season, Paris–Berlin'), ['the', '2019', '–', '2020', 'season', ',', 'Paris', '–', 'Berlin']);
});

test('a hyphenated name is a proper noun; a name and a participle an adjective', () => {
  const text = 'Jean-Yves Le Drian backed the Saudi-led coalition against al-Baghdadi.';
  const { tokens } = segmentText(text, wink);
  const posOf = (word: string) => {
    const i = Array.from({ length: tokens.length }, (_, k) => text.slice(tokens.start[k], tokens.end[k])).indexOf(word);
    return tokens.pos[i];
  };
  assert.equal(POS_TAGS[posOf('Jean-Yves')], 'PROPN');
  assert.equal(POS_TAGS[posOf('al-Baghdadi')], 'PROPN');
  assert.equal(POS_TAGS[posOf('Saudi-led')], 'ADJ');
});

test('a long run without whitespace is one token, and costs time in proportion to its length', () => {
  const base64 = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7919) % 256)).toString('base64');
  const text = `The attachment was ${base64} and nothing else.`;
  const started = performance.now();
  const words = wordsOf(text);
  const elapsed = performance.now() - started;
  assert.deepEqual(words, ['The', 'attachment', 'was', base64, 'and', 'nothing', 'else', '.']);
  // wink alone took 21 s on 200 KB of base64; split before wink it takes milliseconds.
  assert.ok(elapsed < 3000, `${Math.round(elapsed)} ms for ${base64.length} characters`);
  const short = 'x'.repeat(LONG_RUN);
  assert.deepEqual(wordsOf(`a ${short} b`), ['a', short, 'b']);
});
