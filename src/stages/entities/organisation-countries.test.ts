import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { toRecord } from '../../model/record.js';
import { Doc } from '../../model/document.js';

const analyzer = createAnalyzer(['segment', 'mentions', 'anchor', 'entities']);

function entityOf(text: string, name: string, published: string) {
  const record = toRecord(analyzer.run(new Doc(text, { published })));
  const entity = record.entities.find((e) => e.mentions.some((m) => m.text === name));
  assert.ok(entity, `${name} in ${record.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

// Wikinews, "COVID-19 may spread like flu, say scientists" (2020-02-22), CC BY 2.5.
const COVID = 'In a report released in The New England Journal of Medicine on Wednesday, scientists studying patients in Zhuhai in '
  + "China's Guangdong Province reported that the newly emerged SARS-CoV-2 may spread in a manner similar to influenza.\n\n"
  + 'Immunologist Kristian Andersen of Scripps Research said, in response to the study, "This virus is clearly much more '
  + 'capable of spreading between humans than any other novel coronavirus we\'ve ever seen."';

test('an organisation nothing in the text places takes no country from the story ("Scripps Research" in a story about China)', () => {
  const scripps = entityOf(COVID, 'Scripps Research', '2020-02-22');
  assert.equal(scripps.type, 'ORG');
  assert.equal(scripps.country, null);
  assert.equal(scripps.cameo, null);
});

// Wikinews, "Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline" (2019-08-29), CC BY 2.5.
const PROROGATION = "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of Prime Minister "
  + "Boris Johnson to suspend Parliament. Critics from across Britain's political spectrum have claimed this is a move by Johnson "
  + 'to foil opposition to his plans for a no-deal Brexit by October 31.\n\n'
  + 'Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy".\n\n'
  + 'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is trying to use the Queen to concentrate power."';

test('a party stands for election in one country: the story\'s ("Labour Party" in a story about the United Kingdom)', () => {
  const labour = entityOf(PROROGATION, 'Labour Party', '2019-08-29');
  assert.equal(labour.country, 'GBR');
  // and acts as a party (Phoenix PTY), not as the state: Corbyn's party is no GBR
  assert.equal(labour.cameo, 'GBRPTY');
});

test('an exit\'s name abbreviates the country the story names by a word that begins so ("Brexit", Britain)', () => {
  assert.equal(entityOf(PROROGATION, 'Brexit', '2019-08-29').country, 'GBR');
});

test('an organisation is of the country of the place it is in, over a compass word ("the National Bison Range in western Montana")', () => {
  // Wikinews, "Northern Arapaho Tribe welcomes buffalo herd in Wyoming, United States" (2019-10-19), CC BY 2.5.
  const text = 'These American bison, commonly called buffalo, came from the National Bison Range in western Montana run by the U.S. Fish and Wildlife Service.';
  assert.equal(entityOf(text, 'National Bison Range', '2019-10-19').country, 'USA');
});

test('an opposition\'s newspaper is of the country whose opposition it is: the story\'s', () => {
  // Written for this test after Wikinews reports of the 2020 protests in Belarus (CC BY 2.5).
  const text = 'Belarusian police detained two journalists of the opposition newspaper Nasha Niva on Tuesday.';
  assert.equal(entityOf(text, 'Nasha Niva', '2020-09-01').country, 'BLR');
});

test('an organisation named in apposition to an agent phrase is that group: its country and sector', () => {
  // Written for this test after Wikinews reports of the fighting in the east of the Democratic Republic of the Congo (CC BY 2.5).
  const text = 'Congolese officials said the main rebel group, Allied Democratic Forces (ADF), attacked a village near Beni.';
  const adf = entityOf(text, 'Allied Democratic Forces', '2019-12-01');
  assert.equal(adf.country, 'COD');
  assert.equal(adf.cameo, 'CODREB');
});
