/** "Bam, Iran", "Chippewa Falls, Wisconsin": a place followed by its country or by a region the KB places. */
export const THEN_COUNTRY = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u;

/** A place's words as the patterns take them, cut at a sentence's end ("Texas. Police" → "Texas") and short of a final period. */
export function placeWords(found: string): string {
  return found.split(/\.\s/)[0]!.replace(/\.$/, '');
}
