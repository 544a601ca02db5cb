// Shared by the events tests (a `*.test-helpers.ts`: never run as a test file, never imported by shipped code).
import type { Event } from '../../model/layers.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';

let pipeline: Pipeline | null = null;

/** The events of `text` (published on `published`) that `keep` keeps, each as "CODE SOURCE→TARGET" ("---" for no actor). */
export function codedEvents(text: string, published: string, keep: (e: Event) => boolean = () => true): string[] {
  pipeline ??= createAnalyzer();
  return analyze(pipeline, { text, published }).events.filter(keep).map((e) => `${e.code} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`);
}
