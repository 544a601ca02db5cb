import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value } from '../time.test-helpers.js';

test('sets: daily, every Sunday', () => {
  assert.deepEqual(Object.values(timex('Qantas plans daily flights between Sydney and Bombay.', '1998-02-13', 'daily')).slice(2, 5), ['SET', 'P1D', null]);
  assert.equal(value('Protesters gather every Sunday outside the embassy.', '2025-01-14', 'every Sunday'), 'XXXX-WXX-7');
});

test('a publication named daily or weekly is no set', () => {
  const p = '2010-10-09';
  assert.deepEqual(timexes('Whitmore told LA Weekly that he had been threatened.', p), []);
  assert.deepEqual(timexes('The Communist Party daily Granma printed the letter.', p), []);
  assert.deepEqual(timexes("An editorial in the People's Daily praised the plan.", p), []);
  assert.equal(value('Protests filled the streets daily.', p, 'daily'), 'P1D');
  assert.deepEqual(timexes('Could the project benefit from Google Summer of Code?', p), []);
  assert.equal(value('The talks will resume in the summer.', p, 'summer'), '2011-SU');
});

test('a holiday inside a name is no date', () => {
  const p = '2019-01-14';
  assert.deepEqual(timexes('Lee worked on the graphic novel with illustrator Johnnie Christmas.', p), []);
  assert.deepEqual(timexes('The Great Orchestra of Christmas Charity raised funds.', p), []);
  assert.equal(value('The shops were closed on Christmas Day.', p, 'Christmas Day'), '2018-12-25');
  assert.equal(value('Christmas Eve services were held across the city.', p, 'Christmas Eve'), '2018-12-24');
});

test('"157 miles per hour" is a rate, as "$500 million a year" is; "charged per year" stays a set (Wikinews)', () => {
  assert.deepEqual(timexes('The wind speed cut-off for Category 5 hurricanes is 157 miles per hour (mph).', '2019-09-01'), []);
  assert.equal(timex('Membership fees are charged per year.', '2019-09-01', 'per year').type, 'SET');
});

test('"every other year", "every ten seconds" are sets; "just under a month" is less than one (Wikinews)', () => {
  assert.equal(value('The World Athletics Championships are held every other year.', '2019-10-01', 'every other year'), 'P2Y');
  assert.equal(timex('Miller explained that transponders generally transmit every ten seconds.', '2019-01-10', 'every ten seconds').type, 'SET');
  const under = timex('The milestone came just under a month after the total number of confirmed infections surpassed one million.', '2020-05-29', 'just under a month');
  assert.deepEqual([under.value, under.mod], ['P1M', 'LESS_THAN']);
});

test('"election day" is the day the text gave its election, else the US one of an even year (Wikinews)', () => {
  const belarus = 'Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk. She asked for support, specially asking voters to vote at the polls, not before election day.';
  assert.equal(value(belarus, '2020-08-03', 'election day'), '2020-08-09');
  assert.equal(value('Additionally, he delivered his final plea to voters ahead of Election Day.', '2020-10-29', 'Election Day'), '2020-11-03');
  assert.equal(value('Meanwhile, a series of news events broke as Election Day drew closer.', '2020-10-29', 'Election Day'), '2020-11-03');
});

test('"Super Tuesday" is the primaries\' day nearest the publication, the first Tuesday of March of a presidential year', () => {
  const t = timex('The senator won seven of the Super Tuesday states.', '2016-03-02', 'Super Tuesday');
  assert.deepEqual([t.type, t.value], ['DATE', '2016-03-01']);
  assert.equal(value('The campaign is aiming at the "Super Tuesday" primaries in March.', '2015-11-20', 'Super Tuesday'), '2016-03-01');
  // Wikinews, the day before: "Tomorrow, a Tuesday, is referred to as "Super Tuesday""
  assert.equal(value('Tomorrow, a Tuesday, is referred to as "Super Tuesday" in the context of US presidential elections.', '2020-03-02', 'Super Tuesday'), '2020-03-03');
});

test('"spring of 2012" without "the" is the season of that year', () => {
  assert.equal(value('The company had hired 200 people by spring of 2012.', '2015-11-20', 'spring of 2012'), '2012-SP');
  assert.deepEqual(timexes('Prices spring back every time.', '2015-11-20'), []);
});

test('a season with nothing in its clause to say which way is the nearest one', () => {
  // May: the coming fall is nearer than the one that ended in December
  assert.equal(value('Both parties are already raising money for the race against the incumbent in the fall.', '2016-05-12', 'fall'), '2016-FA');
  // January: the winter under way
  assert.equal(value('Shelters across the city filled up during the winter.', '2016-01-20', 'winter'), '2015-WI');
  // a past tense still looks back, a future one ahead
  assert.equal(value('She took over as chair in the fall.', '2016-05-12', 'fall'), '2015-FA');
  assert.equal(value('The talks will resume in the summer.', '2016-09-12', 'summer'), '2017-SU');
});

test('a holiday with nothing in its clause to say which way is the nearest one', () => {
  // two days before it: this year's, not last year's
  assert.equal(value('In the rush of the week before Christmas, you can be forgiven for missing the vote.', '2015-12-23', 'Christmas'), '2015-12-25');
  // in January: the one just past
  assert.equal(value('In the rush of the week before Christmas, you can be forgiven for missing the vote.', '2016-01-10', 'Christmas'), '2015-12-25');
  assert.equal(value('Shops will open late on Christmas Eve.', '2016-01-10', 'Christmas Eve'), '2016-12-24');
});

test('"Super Tuesday" is the first Tuesday of March of the nearest US presidential election year (Wikinews)', () => {
  // Wikinews, 2 March 2020 and 16 April 2020: the weekday alone was read as February 25 and April 14
  assert.equal(timex('Tomorrow, a Tuesday, is referred to as "Super Tuesday" in the context of US presidential elections.', '2020-03-02', 'Super Tuesday').value, '2020-03-03');
  assert.equal(value('She left the race after failing to win any of the fourteen state nominating contests of "Super Tuesday", March 3.', '2020-04-16', 'Super Tuesday'), '2020-03-03');
  // made-up: a week before it and nine days after it
  assert.equal(value('The governor faces a tough map next week in the Super Tuesday states.', '2016-02-25', 'Super Tuesday'), '2016-03-01');
  assert.equal(value('Weak results on Super Tuesday left the campaign short of money.', '2016-03-10', 'Super Tuesday'), '2016-03-01');
  assert.equal(value('The candidates looked ahead to Super Tuesday.', '2008-01-20', 'Super Tuesday'), '2008-02-05');
});

test('"that fall" is the season of the year the text last named', () => {
  const text = 'The two leaders fell out during the 2012 campaign. After the vote they made peace, and signed a trade pact that fall.';
  assert.equal(value(text, '2015-11-10', 'that fall'), '2012-FA');
  assert.equal(value('The storm hit on January 12, 2011. Schools stayed closed much of that winter.', '2015-11-10', 'that winter'), '2010-WI');
});

test('"Christmas trees", "Christmas cards" are things, not the day', () => {
  const p = '2016-09-28';
  assert.deepEqual(timexes('The country retaliated with tariffs on Christmas trees and wine.', p), []);
  assert.deepEqual(timexes('She sent Christmas cards to every donor.', p), []);
  assert.equal(value('The shops will close at noon on Christmas.', p, 'Christmas'), '2016-12-25');
});

test('"election day" the sentence itself dates is that day, in any country', () => {
  assert.equal(value('Postal voting started on Monday. Election day for voters living at home is September 14.', '1996-08-30', 'Election day'), '1996-09-14');
});

test('"the daily" before a verb of reporting is the newspaper, not a set', () => {
  const p = '1996-08-29';
  assert.deepEqual(timexes('The daily said the two men had been arrested near the border.', p), []);
  assert.deepEqual(timexes('The official weekly reported the arrests.', p), []);
  assert.equal(value('The paper prints a correction daily.', p, 'daily'), 'P1D');
});

test('"later in the summer" is the summer of the year named just before, as "later that summer" is', () => {
  assert.equal(value('He lost the spring contests of 1992 and recovered later in the summer.', '2016-04-20', 'summer'), '1992-SU');
  // with no year named nearby, the nearest summer
  assert.equal(value('The committee will vote on the bill later in the summer.', '2016-04-20', 'summer'), '2016-SU');
});

test('Easter and the feasts counted from it move with the year; "Easter week" is the ISO week it ends', () => {
  assert.equal(value('Pilgrims prayed for peace in Jerusalem as Easter week began.', '2025-04-14', 'Easter week'), '2025-W16');
  assert.equal(value('The ceasefire will begin on Easter Sunday, the Kremlin said.', '2025-04-14', 'Easter Sunday'), '2025-04-20');
  assert.equal(value('The prisoners were freed on Good Friday.', '2024-04-02', 'Good Friday'), '2024-03-29');
  assert.equal(value('Talks resume on Easter Monday.', '2026-03-30', 'Easter Monday'), '2026-04-06');
  assert.deepEqual(timexes('The ship reached Easter Island on Monday.', '2025-04-14').map((t) => t.value), ['2025-04-14']);
});
