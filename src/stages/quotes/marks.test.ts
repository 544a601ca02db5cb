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

test('a straight mark after a space closes when a comma or stop follows it; an ellipsis may open one', () => {
  // "Influential rock drummer Ginger Baker dies at age 80", English Wikinews, 2019-10-07, CC BY 2.5
  const text = `"One of the musicians turned round and said, 'Bloody hell, we've got a drummer', and I thought, 'Bloody hell, I'm a drummer' ", he recalled.`;
  assert.deepEqual(quotedIn(text), [`One of the musicians turned round and said, 'Bloody hell, we've got a drummer', and I thought, 'Bloody hell, I'm a drummer'`]);
  assert.deepEqual(quotedIn('He wrote "...and then it ended".'), ['...and then it ended']);
});
