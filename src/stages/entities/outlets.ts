/**
 * A news outlet's name: one word ending in "news" ("Wikinews", "Euronews", "Africanews") or a name whose last word is
 * "News" ("NBC News", "Sky News", "Ballot Access News"). The entity model tags Wikinews, which interviews the people of
 * its reports, as a person ("Mohr spoke about Blankenship with Wikinews in June"), and "NBC News" as a work; an outlet
 * is an organisation of the media sector (CAMEO MED) whatever it was tagged.
 */
const OUTLET = /^(?:\p{Lu}\p{L}{2,}news|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*\s+News)$/u;

export function isOutletName(name: string): boolean {
  return OUTLET.test(name);
}

/** The CAMEO sector of the media. */
export const MEDIA_SECTOR = 'MED';

/**
 * An outlet named in one word in "-news" ("Wikinews", "Euronews", "Africanews") reports from no one country: it takes
 * no country from the story (Wikinews, which publishes the reports it is named in, was IRN, CAN or ATA by the story).
 */
const WEB_OUTLET = /^\p{Lu}\p{L}{2,}news$/u;

export function isWebOutletName(name: string): boolean {
  return WEB_OUTLET.test(name);
}
