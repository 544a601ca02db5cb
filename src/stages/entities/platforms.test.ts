import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const analyzer = createAnalyzer(['segment', 'mentions', 'anchor', 'entities']);

/**
 * The web's global platforms are the companies the KB names (data/kb/organisations.tsv, `MNCUSAMED` as Phoenix codes
 * Google), not organisations, or places, of the country a story is about: in a story about a Mexican company the
 * model read "Facebook" as a place and the story made it Mexican. English Wikinews (CC BY 2.5), wn-ccdde1ed35f7,
 * "540 million private Facebook records found on public Internet", 2019-04-08 (shortened).
 */
test('a global platform is its company, not an organisation of the story\'s country', () => {
  const text = 'According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases containing user data from Facebook were found on Amazon.com web servers accessible to the public on the internet.\n\nOne of the databases is owned by the Mexican company Cultura Colectiva, which specializes in digital media.';
  const facebook = analyze(analyzer, { text, published: '2019-04-08' }).entities.find((e) => e.name === 'Facebook');
  assert.deepEqual([facebook?.type, facebook?.actor?.cameo], ['ORG', 'MNCUSAMED']);
});
