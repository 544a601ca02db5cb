import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const analyzer = createAnalyzer(['segment', 'mentions', 'anchor', 'entities']);

/** The entity a mention with this exact text belongs to, as "name code". */
function entityOf(text: string, published: string, mention: string): string {
  const record = analyze(analyzer, { text, published });
  const e = record.entities.find((x) => x.mentions.some((m) => m.text === mention));
  return e ? `${e.name} ${e.actor?.cameo ?? '-'}` : 'none';
}

// Wikinews (CC BY 2.5): wn-8682d613d3ee, 2019-09-30, a story about Ukraine, where "the House" was given Ukraine's code.
const HOUSE = 'Friday, the United States House of Representatives issued a subpoena for documents from Secretary of State Mike Pompeo as part of its impeachment investigation into alleged misconduct by sitting President Donald Trump. On the same day, Kurt Volker, the United States special envoy for Ukraine negotiations, resigned without public explanation. The House issued a deposition request for Volker, scheduled for this week. Volker\'s resignation was the first since details emerged about Trump\'s call with Ukrainian President Volodymyr Zelensky.';

test('"the House" after "the United States House of Representatives" is that organisation', () => {
  assert.equal(entityOf(HOUSE, '2019-09-30', 'House'), 'United States Congress USAGOVLEG');
});

test('a first word is no head: "the Jolo" would not be "Jolo Cathedral", and a name without "the" stays apart', () => {
  // Wikinews (CC BY 2.5): wn-40cea1fcf1e6
  const text = 'Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines. Jolo is an island of the Sulu Archipelago.';
  assert.notEqual(entityOf(text, '2019-01-28', 'Jolo'), entityOf(text, '2019-01-28', 'Jolo Cathedral'));
});
