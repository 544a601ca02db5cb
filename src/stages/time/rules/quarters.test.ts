import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value } from '../time.test-helpers.js';

test('weeks, months, quarters, halves, seasons and decades', () => {
  const p = '2025-01-14';
  assert.equal(value('Last week the FBI joined Canadian authorities in the search.', p, 'Last week'), '2025-W02');
  assert.equal(value('The summit is expected next month in Washington.', p, 'next month'), '2025-02');
  assert.equal(value('Sales fell 20% in the third quarter, the company said.', '2025-10-20', 'the third quarter'), '2025-Q3');
  assert.equal(value('Profit jumped 38% in the first half of 2024.', p, 'the first half of 2024'), '2024-H1');
  assert.equal(value('Defence spending rose 4% in Q3 2024, the ministry said.', p, 'Q3 2024'), '2024-Q3');
  assert.equal(value('The budget for FY2025 includes new aid for Ukraine.', p, 'FY2025'), '2025');
  assert.equal(value('Earnings will be reported in the third quarter of fiscal 1990.', p, 'the third quarter of fiscal 1990'), '1990-Q3');
  assert.equal(value('Anheuser competitors offered discounts this summer.', '1998-08-14', 'this summer'), '1998-SU');
  const nineties = timex('The situation began to relax in the early 1990s, diplomats said.', p, 'the early 1990s');
  assert.deepEqual([nineties.value, nineties.mod], ['199', 'START']);
  const late = timex('Ceasefire talks collapsed in late November, officials said.', '1999-12-02', 'late November');
  assert.deepEqual([late.value, late.mod], ['1999-11', 'END']);
  const early = timex('The king will visit early next year.', '1989-10-26', 'early next year');
  assert.deepEqual([early.value, early.mod], ['1990', 'START']);
});

test('"the year-ago results" marks the adjective; "the fiscal-first quarter" is a quarter', () => {
  const p = '1989-10-26';
  const text = 'Net rose in the third quarter. The year-ago results included a $415 million charge.';
  const t = timex(text, p, 'year-ago');
  assert.equal(t.value, '1988-Q3');
  assert.equal(value('It earned 12 cents a share for the fiscal-first quarter ended Sept. 30.', p, 'the fiscal-first quarter'), '1989-Q1');
  assert.equal(value('The company expects to report that third-quarter charge in November.', p, 'third-quarter'), '1989-Q3');
});

test('"the quarter a year ago" is one timex, the quarter the report is about a year before', () => {
  const text = 'Columbia lost money in the third quarter. For the quarter a year ago, it earned $16.3 million. In the quarter, assets grew.';
  assert.equal(value(text, '1989-10-26', 'the quarter a year ago'), '1988-Q3');
  assert.equal(timexes(text, '1989-10-26').at(-1)!.value, '1989-Q3'); // the focus stays on this year's quarter
});

test('"the first quarter of last year" is one timex, a quarter of that year', () => {
  assert.equal(value('In the first quarter of last year, GM had reported a loss of $381 million.', '2009-05-07', 'the first quarter of last year'), '2008-Q1');
  assert.equal(value('The bank lost US$2.24 billion in the third quarter of this year.', '2009-10-16', 'the third quarter of this year'), '2009-Q3');
});

test('"the third fundraising quarter" is a calendar quarter, as a fiscal one is', () => {
  assert.equal(value('The party raised $4 million in the third fundraising quarter.', '2015-11-23', 'the third fundraising quarter'), '2015-Q3');
  assert.deepEqual(timexes('The campaign spent its fundraising quarter on ads.', '2015-11-23'), []);
});

test('"the April-June quarter" is a calendar quarter named by its months; months that span no quarter are not', () => {
  const p = '1996-08-28';
  assert.equal(value('The ministry will publish output for the April-June quarter next month.', p, 'the April-June quarter'), '1996-Q2');
  assert.equal(value('Exports fell in the January-March period of 1995.', p, 'the January-March period of 1995'), '1995-Q1');
  assert.ok(!timexes('The March-May period was unusually dry.', p).some((t) => /Q/.test(t.value)));
});

test('"the 2008 quarter", "last year\'s quarter" in a report on a third quarter: that year\'s third quarter', () => {
  const report = 'Acme lost $2 million in the third quarter. It earned $376,000 in the 2008 quarter. Sales for last year\'s quarter were $3 million.';
  assert.equal(value(report, '2009-10-30', 'the 2008 quarter'), '2008-Q3');
  assert.equal(value(report, '2009-10-30', "last year's quarter"), '2008-Q3');
  // with no quarter in focus, the quarter is not known
  assert.equal(value('It earned $376,000 in the 2008 quarter.', '2009-10-30', 'the 2008 quarter'), '2008-QX');
});

test('an earlier quarter named in passing leaves the report\'s quarter in focus', () => {
  const report = 'Acme posted a 20% gain in third-quarter net income. After a flat second quarter, the gain came from diapers. '
    + 'Charges were taken in the year-earlier period. In the 2009 period, interest costs were lower than a year ago.';
  assert.equal(value(report, '2009-11-01', 'the year-earlier period'), '2008-Q3');
  assert.equal(value(report, '2009-11-01', 'the 2009 period'), '2009-Q3');
  assert.equal(value(report, '2009-11-01', 'a year ago'), '2008-Q3');
  // a quarter still under way gives way to one that is over
  const current = 'This quarter\'s loss includes charges. Sales for this year\'s third quarter fell from a year ago.';
  assert.equal(value(current, '2009-11-01', 'a year ago'), '2008-Q3');
});

test('"the latest period" is the quarter the report is about, a fiscal one too; the quarter under way does not displace it', () => {
  // a fiscal fourth quarter ended in September, reported in November
  const fiscal = 'Acme reported a decline in fourth-quarter earnings. Sales in the latest period rose 13% from last year.';
  assert.equal(value(fiscal, '2009-11-02', 'the latest period'), '2009-Q4');
  assert.equal(value(fiscal, '2009-11-02', 'last year'), '2008-Q4');
  const ongoing = 'Acme posted third-quarter profit. It has no estimate of the storm\'s impact on fourth-quarter results. '
    + 'Revenue in the latest quarter rose from last year.';
  assert.equal(value(ongoing, '2009-10-30', 'the latest quarter'), '2009-Q3');
  assert.equal(value(ongoing, '2009-10-30', 'last year'), '2008-Q3');
});

test('"this quarter\'s loss" in a report on a quarter that is over is that quarter; in a forecast it is the quarter under way', () => {
  const p = '2009-11-01';
  assert.equal(value('Acme lost $8 million in the third quarter. This quarter\'s loss includes charges.', p, 'This quarter'), '2009-Q3');
  assert.equal(value('Acme lost $8 million in the third quarter. It expects this quarter\'s profit to rise.', p, 'this quarter'), '2009-Q4');
  assert.equal(value('This quarter\'s loss will be small.', p, 'This quarter'), '2009-Q4');
});

test('after "the nine months", "the year-earlier period" is the same months a year before: their length, as TimeML gives it', () => {
  const p = '2009-10-27';
  const report = 'For the nine months, Acme had net of $81 million. In the year-earlier period, it had net of $77 million.';
  assert.deepEqual([timex(report, p, 'the year-earlier period').type, value(report, p, 'the year-earlier period')], ['DURATION', 'P9M']);
  assert.equal(value('Net for the year-earlier nine months included a gain.', p, 'the year-earlier nine months'), 'P9M');
  // a quarter named again brings the quarter back
  const back = report + ' In the third quarter, net rose. In the year-earlier period, it fell.';
  assert.equal(timexes(back, p).filter((t) => t.value === '2008-Q3').length, 1);
});

test('"the second quarter ended Oct. 31" on October 27 is last year\'s; an apposition names the quarter; "that quarter" is the one named last', () => {
  const p = '1989-10-27';
  const text = 'Acme expects to report a profit for the third quarter. In the comparable year-ago quarter, the second quarter ended Oct. 31, Acme had a loss of $12 million. Results for that quarter included a write-down.';
  assert.equal(value(text, p, 'the comparable year-ago quarter'), '1988-Q2');
  assert.equal(value(text, p, 'the second quarter'), '1988-Q2');
  assert.equal(value(text, p, 'that quarter'), '1988-Q2');
  // a quarter that ended before the publication in its own year keeps that year
  assert.equal(value('Net fell 9% in the fourth quarter ended Sept. 30.', p, 'the fourth quarter'), '1989-Q4');
  // with no quarter named before it, "that quarter" is the one in focus
  assert.equal(value('Sales rose in the third quarter. Profit in that quarter doubled.', p, 'that quarter'), '1989-Q3');
});

test('"the current year\'s figures" in passing leaves the quarter in focus; "for the year" does not', () => {
  const p = '1989-11-01';
  const text = 'Acme lost $8 million in the third quarter. Sales fell because British sales were excluded from the current year\'s figures. U.K. sales for last year\'s quarter were $3 million.';
  assert.equal(value(text, p, "last year's quarter"), '1988-Q3');
  const yearly = 'Acme lost $8 million in the third quarter. For the year, it expects a profit. U.K. sales for last year\'s quarter were $3 million.';
  assert.equal(value(yearly, p, "last year's quarter"), '1988-QX');
});

test('"the second and fourth quarters" are two quarters; what is usually done in them is done every year', () => {
  const p = '1989-10-26';
  const habit = timexes('Its auction business is usually conducted in the second and fourth quarters, the company said.', p);
  assert.deepEqual(habit.map((t) => [t.type, t.value]), [['SET', 'XXXX-Q2'], ['SET', 'XXXX-Q4']]);
  assert.deepEqual(timexes('Exports to Russia fell in the first and second quarters of 1988.', p).map((t) => t.value), ['1988-Q1', '1988-Q2']);
});
