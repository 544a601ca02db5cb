import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs } from '../segment/paragraphs.js';
import { findQuoted } from './marks.js';

const quotedIn = (text: string) => findQuoted(text, findParagraphs(text)).map((q) => text.slice(q.start, q.end));

test('straight and curly quotations, one running over several lines', () => {
  const text = 'Biden stated, "We helped Ukrainians stop [Russian President Vladimir] Putin.\nAfter three years, Putin has failed...\nwe cannot give up."\n“It’s fine,” said Caddell.';
  assert.deepEqual(quotedIn(text), [
    'We helped Ukrainians stop [Russian President Vladimir] Putin.\nAfter three years, Putin has failed...\nwe cannot give up.',
    'It’s fine,',
  ]);
});

test('a quotation nested in another stays inside it', () => {
  const text = 'Caddell continued: "I’m going to read you the question: “Do you think so?” Forty-three, yes."';
  assert.deepEqual(quotedIn(text), ['I’m going to read you the question: “Do you think so?” Forty-three, yes.']);
});

test('a paragraph that reopens an unclosed quotation continues the same run', () => {
  const text = '“The health issue is partisan,” Caddell said. “Yesterday there were two polls.\n\n“Rasmussen has a similar question.”\n\nHe left.';
  const quotes = findQuoted(text, findParagraphs(text));
  assert.equal(quotes.length, 3);
  assert.equal(quotes[1].run, quotes[2].run);
  assert.notEqual(quotes[0].run, quotes[1].run);
});

test("'' pairs quote too (how NYT archive text writes a double mark), apostrophes do not", () => {
  const text = "''We're in a bubble,'' Mr. Trump said of the voters' mood.";
  assert.deepEqual(quotedIn(text), ["We're in a bubble,"]);
});
