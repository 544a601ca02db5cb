/**
 * Regions of the world, continents and seas that no one country holds ("South America", "the Gulf", "Balkans"),
 * lower case. The mentions stage reads them as LOC, not GPE; the entities stage never places them in a country
 * (a compass word before "America" is no part of the United States).
 */
const WORLD_REGIONS: ReadonlySet<string> = new Set([
  'europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'central america', 'oceania',
  'antarctica', 'arctic', 'middle east', 'near east', 'far east', 'balkans', 'caucasus', 'scandinavia', 'siberia',
  'east asia', 'southeast asia', 'south asia', 'central asia', 'eastern europe', 'western europe', 'central europe',
  'pacific', 'atlantic', 'mediterranean', 'the gulf', 'gulf', 'west bank', 'gaza strip', 'sahara', 'sahel', 'horn of africa',
  'persian gulf', 'black sea', 'baltic', 'baltics', 'north pole', 'south pole', 'himalayas', 'alps', 'andes',
]);

/** A compass word before a region names a part of it, no more one country's: "the Eastern Mediterranean", "West Africa". */
const COMPASS = /^(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)\s+/;

export function isWorldRegion(name: string): boolean {
  const lower = name.toLowerCase();
  return WORLD_REGIONS.has(lower) || WORLD_REGIONS.has(lower.replace(COMPASS, ''));
}
