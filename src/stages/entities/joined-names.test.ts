import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/index.js';
import { actorsKbFrom } from '../../kb/view-adapter.js';
import { loadFirstNames, resolveEntities } from './index.js';
import { docWith, type MentionSpec } from './fixtures/doc.js';

const kb = actorsKbFrom(loadKb());
const firstNames = loadFirstNames();

/** A sentence, the pieces the entity model tags in it, and the one name (or none) the pieces make. */
const CASES: ReadonlyArray<{ source: string; text: string; mentions: readonly MentionSpec[]; joined: string | null }> = [
  {
    source: 'Wikinews, "Influential rock drummer Ginger Baker dies at age 80" (2019-10-07), CC BY 2.5',
    text: 'Later, he recorded with John Lydon\'s Public Image Ltd.\n\nCream was inducted in 1993 into the Rock and Roll Hall of Fame. '
      + 'The band reunited in 2005 for several London and New York concerts. Afterwards he moved to South Africa.',
    mentions: [['John Lydon', 'PERSON'], ['Public Image Ltd', 'ORG'], ['Cream', 'ORG'], ['Rock', 'MISC'], ['Roll Hall', 'PERSON'], ['Fame', 'GPE'], ['London', 'GPE'], ['New York', 'GPE'], ['South Africa', 'GPE']],
    joined: 'Rock and Roll Hall of Fame',
  },
  {
    source: 'Wikinews, "Hurricane Humberto strengthens to Category 3 while approaching Bermuda" (2019-09-19), CC BY 2.5',
    text: 'The advisory also noted dangerous surf conditions, with waves over 30 feet high being recorded offshore by a National '
      + 'Oceanic and Atmospheric Administration (NOAA) buoy, warning of a possibility of coastal flooding.',
    mentions: [['National Oceanic', 'ORG'], ['Atmospheric Administration', 'PERSON'], ['NOAA', 'ORG']],
    joined: 'National Oceanic and Atmospheric Administration',
  },
  {
    source: 'Wikinews, "New faces emerge as veteran politicians step down in Hong Kong legislative election" (2016-09-09), CC BY 2.5; shortened',
    text: 'The pan-democratic councillors Claudia Mo of the Civic Party and Wong Pik-wan of the Democratic Party were re-elected.',
    mentions: [['Claudia Mo', 'PERSON'], ['Civic Party', 'ORG'], ['Wong Pik-wan', 'PERSON'], ['Democratic Party', 'ORG']],
    joined: null,
  },
];

for (const { source, text, mentions, joined } of CASES) {
  test(`names split at "and" by the entity model: ${joined ?? 'a list of people with their parties stays apart'} (${source})`, () => {
    const entities = resolveEntities(docWith(text, mentions, '2019-10-07'), kb, firstNames);
    if (joined === null) {
      assert.equal(entities.find((e) => e.name === 'Wong Pik-wan')?.type, 'PERSON');
      return;
    }
    const whole = entities.find((e) => e.name === joined);
    assert.equal(whole?.type, 'ORG', entities.map((e) => `${e.name} ${e.type}`).join(', '));
    assert.ok(!entities.some((e) => e.type === 'PERSON' && e.name !== 'John Lydon'), entities.map((e) => `${e.name} ${e.type}`).join(', '));
  });
}
