import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories, mergeKeys, parleyClusters, sameLemmaClusters } from './cluster.js';
import type { DocumentFacts, MentionFacts } from './mention-facts.js';

const mention = (id: string, lemma: string, word: string, speaker: string | null = null): MentionFacts => ({
  id, document: id.split(':')[0], lemma, word, speaker, cameo: null,
});

// Facts as Parley reads them from four Wikinews-style reports (CC BY 2.5): two on the 2009 Samoa
// earthquake, two on the 2010 Chile earthquake, all in one topic "earthquakes".
const docs: DocumentFacts[] = [
  { id: 'quakes_1', actors: ['country:WSM', 'PERSON:tuilaepa sailele', 'ORG:usgs'], date: '2009-09-29' },
  { id: 'quakes_2', actors: ['country:WSM', 'country:ASM', 'ORG:usgs'], date: '2009-09-30' },
  { id: 'quakes_3', actors: ['country:CHL', 'PERSON:michelle bachelet', 'ORG:onemi'], date: '2010-02-27' },
  { id: 'quakes_4', actors: ['country:CHL', 'PERSON:michelle bachelet', 'place:concepcion'], date: '2010-02-28' },
];
const topic = () => 'quakes';

test('stories: articles naming the same actors in the same year group together, the other quake apart', () => {
  const story = groupStories(docs, topic);
  assert.equal(story.get('quakes_1'), story.get('quakes_2'));
  assert.equal(story.get('quakes_3'), story.get('quakes_4'));
  assert.notEqual(story.get('quakes_1'), story.get('quakes_3'));
  // a threshold no pair reaches leaves every article a story of its own
  assert.equal(new Set(groupStories(docs, topic, 2).values()).size, 4);
});

test('merge keys: the head lemma and the stem of the word, which mends lemmatiser slips', () => {
  // "as many as 100 people were dying" — a lemmatiser that gives "dy" still meets "die" through the stem
  assert.deepEqual(mergeKeys(mention('d:1', 'dy', 'dying')), ['lemma:dy', 'stem:die']);
  assert.deepEqual(mergeKeys(mention('d:2', 'die', 'died')), ['lemma:die', 'stem:die']);
  assert.deepEqual(mergeKeys(mention('d:3', 'check', 'checks')), ['lemma:check', 'stem:check']);
});

test('merge keys: a statement merges only with one by the same speaker, and not at all without one', () => {
  assert.deepEqual(mergeKeys(mention('d:1', 'say', 'said', 'PERSON:michelle bachelet')), ['said:say:PERSON:michelle bachelet']);
  assert.deepEqual(mergeKeys(mention('d:2', 'say', 'said')), []);
  assert.deepEqual(mergeKeys(mention('d:3', 'accord', 'according')), []);
});

const mentions = [
  mention('quakes_1:1', 'earthquake', 'earthquake'),
  mention('quakes_1:2', 'say', 'said', 'PERSON:tuilaepa sailele'),
  mention('quakes_2:1', 'earthquake', 'earthquake'),
  mention('quakes_2:2', 'dy', 'dying'),
  mention('quakes_3:1', 'earthquake', 'earthquake'),
  mention('quakes_3:2', 'die', 'died'),
  mention('quakes_3:3', 'say', 'said', 'PERSON:michelle bachelet'),
  mention('quakes_4:1', 'quake', 'quake'),
  mention('quakes_4:2', 'say', 'said', 'PERSON:michelle bachelet'),
  mention('quakes_4:3', 'say', 'said'),
];

test('the same-lemma baseline joins every "earthquake" and every "said" of the topic', () => {
  const c = sameLemmaClusters(mentions, topic);
  assert.equal(c.get('quakes_1:1'), c.get('quakes_3:1'));
  assert.equal(c.get('quakes_1:2'), c.get('quakes_4:3'));
  assert.notEqual(c.get('quakes_2:2'), c.get('quakes_3:2'));
});

test('Parley keeps each story\'s earthquake apart and its statements by speaker', () => {
  const story = groupStories(docs, topic);
  const c = parleyClusters(mentions, (d) => story.get(d)!);
  const same = (a: string, b: string) => c.get(a) === c.get(b);
  assert.ok(same('quakes_1:1', 'quakes_2:1'));
  assert.ok(!same('quakes_1:1', 'quakes_3:1'));
  assert.ok(same('quakes_3:3', 'quakes_4:2'));
  assert.ok(!same('quakes_4:2', 'quakes_4:3'));
  assert.ok(!same('quakes_3:1', 'quakes_4:1'), '"earthquake" and "quake" are different words to Parley');
  assert.equal(new Set(c.values()).size, 8);
});
