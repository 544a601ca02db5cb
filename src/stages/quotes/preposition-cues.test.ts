import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** Sentences (English Wikinews, CC BY 2.5) with a speech verb and a preposition, and the cue, content and speaker expected. */
const PREPOSITION_CUES: ReadonlyArray<{ text: string; published: string; cue: string; content: string; speaker: string }> = [
  // "Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas", 2019-09-01:
  // https://en.wikinews.org/wiki/Hurricane_Dorian_strengthens_to_Category_5,_makes_landfall_in_the_Bahamas
  {
    text: 'The NHC also warned of potential flash floods, with up to 30 inches (76 cm) of rain in northwestern parts of the Bahamas.',
    published: '2019-09-01', cue: 'warned of', content: 'potential flash floods', speaker: 'The NHC',
  },
  // "On the campaign trail in the USA, June 2020", 2020-07-25: https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_June_2020
  {
    text: 'Trump railed against the rioters during his first campaign rally since the coronavirus pandemic fully engaged the United States, on June 20 in Tulsa, Oklahoma.',
    published: '2020-07-25', cue: 'railed against', content: 'the rioters', speaker: 'Trump',
  },
  // "United States military kills Qasem Soleimani", 2020-01-05: https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani
  {
    text: 'The United States called its actions defensive in nature, pointing to the December 31 attack on the United States Embassy in Baghdad as an example of the attacks on U.S. citizens that Soleimani took part in.',
    published: '2020-01-05', cue: 'pointing to', content: 'the December 31 attack', speaker: 'The United States',
  },
  // "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng", 2020-10-22:
  // https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
  {
    text: 'Tseng also focused on the importance of the multi-culture aspect and talked about making Melbourne the capital of the aboriginals.',
    published: '2020-10-22', cue: 'talked about', content: 'making Melbourne the capital', speaker: 'Tseng',
  },
];

test('a speech verb and a preposition report the preposition’s object ("warned of", "railed against", "talked about")', () => {
  for (const { text, published, cue, content, speaker } of PREPOSITION_CUES) {
    const doc = pipeline.run(new Doc(text, { published }));
    const q = doc.get('quotes').find((x) => x.cue === cue);
    assert.ok(q, `no quote cued by '${cue}' in: ${text}`);
    assert.ok(text.slice(q.start, q.end).startsWith(content), `content '${text.slice(q.start, q.end)}' in: ${text}`);
    assert.equal(q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end), speaker);
  }
});

test('a preposition left without its object at the end of a clause makes no cue', () => {
  for (const [text, published] of [
    // "GitHub blocks public access to youtube-dl after RIAA issues DMCA notice", 2020-10-26:
    // https://en.wikinews.org/wiki/GitHub_blocks_public_access_to_youtube-dl_after_RIAA_issues_DMCA_notice
    ['The way the world wide web works, there are no technological prevention measures to prevent recording and sharing of content such as RIAA talks about in the notice.', '2020-10-26'],
    // "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers …", 2020-10-18:
    // https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
    ["I'm not just talking about my life, but everyone's life.", '2020-10-18'],
  ] as const) {
    const doc = pipeline.run(new Doc(text, { published }));
    const stranded = doc.get('quotes').filter((q) => /^(?:but|in)\b/.test(text.slice(q.start, q.end)));
    assert.deepEqual(stranded.map((q) => text.slice(q.start, q.end)), [], text);
  }
});

test('the object of the preposition is the content, not the rest of the sentence', () => {
  // (sources as above)
  for (const [text, published, cue, content] of [
    ['The NHC also warned of potential flash floods, with up to 30 inches (76 cm) of rain in northwestern parts of the Bahamas.', '2019-09-01', 'warned of', 'potential flash floods'],
    // "Bernie Sanders ends 2020 US presidential bid", English Wikinews, 2020-04-10, CC BY 2.5:
    // https://en.wikinews.org/wiki/Bernie_Sanders_ends_2020_US_presidential_bid
    ['He spoke about affordable higher education, healthcare, and raising the federal minimum wage to USD15 an hour in his announcement.', '2020-04-10', 'spoke about', 'affordable higher education, healthcare, and raising the federal minimum wage'],
  ] as const) {
    const doc = pipeline.run(new Doc(text, { published }));
    const q = doc.get('quotes').find((x) => x.cue === cue);
    assert.ok(q, `no quote cued by '${cue}' in: ${text}`);
    assert.ok(text.slice(q.start, q.end).startsWith(content), `content '${text.slice(q.start, q.end)}'`);
    if (cue === 'warned of') assert.equal(text.slice(q.start, q.end), content);
  }
});

test('a participle after an inverted tag ("said Governor Ann Walsh, speaking of …") speaks with the tag’s subject', () => {
  // our own sentence
  const text = '“This will not stand,” said Governor Ann Walsh, speaking of the closure of the plant. “We will fight it.”';
  const doc = pipeline.run(new Doc(text, { published: '2020-01-01' }));
  const q = doc.get('quotes').find((x) => x.cue === 'speaking of');
  assert.ok(q, 'no quote cued by "speaking of"');
  assert.equal(q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end), 'Governor Ann Walsh');
});

/** The quotes "according to" gave a text, as [content, speaker phrase]. */
function accordingTo(text: string, published: string): Array<[string, string | null]> {
  return pipeline.run(new Doc(text, { published })).get('quotes').filter((q) => q.cue?.toLowerCase() === 'according to')
    .map((q) => [text.slice(q.start, q.end), q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)]);
}

test('"according to" after the words it reports, with no comma between, reports those words', () => {
  // "Police shoot teenage protester as Hong Kong demonstrations continue", English Wikinews, 2019-10-02, CC BY 2.5:
  // https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue
  // (before, what followed the source's comma was taken for the content)
  assert.deepEqual(accordingTo('Sixty-six people or more were injured yesterday according to health officials, ranging in age from eleven to 75.', '2019-10-02'),
    [['Sixty-six people or more were injured yesterday', 'health officials']]);
  // our own sentences: a source that names no one who reports is a rule things follow
  assert.deepEqual(accordingTo("That's according to figures released by the ministry on Friday.", '2020-01-01'), [['That', 'the ministry']]);
  assert.deepEqual(accordingTo('The prisoners were released according to the terms of the agreement.', '2020-01-01'), []);
});

test('"according to" opening its sentence takes its source to the comma, not past a verb of the clause', () => {
  // "Samoan government temporarily shuts down for nationwide measles vaccination drive", English Wikinews, 2019-12-07, CC BY
  // 2.5: https://en.wikinews.org/wiki/Samoan_government_temporarily_shuts_down_for_nationwide_measles_vaccination_drive
  // (the tagger reads "WHO" as no part of a noun phrase)
  assert.deepEqual(accordingTo('According to the WHO, the number of cases of measles globally in the first half of this year exceeded those of any other whole year since 2006.', '2019-12-07'),
    [['the number of cases of measles globally in the first half of this year exceeded those of any other whole year since 2006', 'the WHO']]);
  // our own sentences
  assert.deepEqual(accordingTo('According to early results of a survey conducted for the broadcaster by Ipsos, most voters backed the plan.', '2020-01-01'),
    [['most voters backed the plan', 'Ipsos']]);
  assert.deepEqual(accordingTo('According to the interior ministry more than 300 pilgrims have been killed near Mecca, Saudi Arabia.', '2020-01-01'), []);
});
