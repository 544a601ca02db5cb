import type { Doc } from '../../model/document.js';
import type { ActorsKb } from '../../kb/view.js';
import { mainCountry, type ModifierCountry } from './modifiers.js';
import type { ClusterSet } from './names.js';
import { addRef, newCluster, removeRef, type Cluster, type Ref } from './refs.js';

/** "ethnic Albanians", "ethnic Turks": a people named as a minority. */
const ETHNIC = /\bethnic\s+$/i;
/** "Albanians in south Serbia", "Albanians of southern Serbia": a people placed in a country. */
const PLACED = /^\s+(?:in|of)\s+(?:the\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:ern)?\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u;

/**
 * A people living as a minority in another country is an actor of that country, as CAMEO codes them
 * ("ethnic Albanians demonstrated in Serbia" → SRB): the people noun preceded by "ethnic" or followed by
 * "in/of <country>" leaves its nation's entity for an entity of the group, placed by the country after
 * it, else by the country the story is most about other than the group's own.
 */
export function splitEthnicGroups(doc: Doc, set: ClusterSet, kb: ActorsKb): void {
  const homes = new Map<string, ReturnType<typeof mainCountry>>();
  const mainOtherThan = (own: string) => {
    if (!homes.has(own)) homes.set(own, mainCountry(set, own));
    return homes.get(own)!;
  };
  for (const nation of set.all()) {
    if (nation.place?.via !== 'demonym') continue;
    for (const ref of [...nation.refs]) {
      if (ref.form !== 'name' || !/s$/.test(ref.text)) continue;
      const ethnic = ETHNIC.test(doc.text.slice(Math.max(0, ref.start - 10), ref.start));
      const placedWord = PLACED.exec(doc.text.slice(ref.end, ref.end + 60))?.[1];
      const placed = placedWord ? kb.place(placedWord) ?? kb.place(placedWord.split(/\s+/)[0]!) : null;
      if (!ethnic && !(placed && placed.country !== nation.place.country)) continue;
      const home = placed && placed.country !== nation.place.country
        ? { country: placed.country, countryCode: (placed.cameo ?? placed.country).slice(0, 3) }
        : mainOtherThan(nation.place.country);
      if (!home) continue;
      moveToGroup(set, nation, ref, home);
    }
  }
}

function moveToGroup(set: ClusterSet, nation: Cluster, ref: Ref, home: Pick<ModifierCountry, 'country' | 'countryCode'>): void {
  removeRef(nation, ref);
  const group = set.keyed(`ethnic:${home.countryCode}:${nation.place!.country}`, () => {
    const c = newCluster('NORP');
    c.context = { country: home.country, countryCode: home.countryCode, sector: 'CVL', agent: true };
    return c;
  });
  addRef(group, { ...ref, by: 'entities/ethnic-group' });
}
