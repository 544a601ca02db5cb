import type { EntityType } from '../../model/layers.js';
import type { ActorsKb } from '../../kb/view.js';

/**
 * The religion codes of the CAMEO codebook the Phoenix agents dictionary gives its agent nouns ("MUSLIM" MUS,
 * "CHRISTIAN" CHR, "JEW" JEW, "HINDU" HIN, "BUDDHIST" BUD, "CATHOLIC_PRIEST" CHRCTH, "PROTESTANT_MISSIONARY" CHRPRO).
 */
const RELIGION_CODES = new Set(['MUS', 'CHR', 'JEW', 'HIN', 'BUD', 'CTH', 'PRO']);

/** A code made of religion codes only: "MUS", "CHRCTH" (not "REBMUS", Muslim rebels, nor "MUSRAD"). */
export function isReligionCode(code: string): boolean {
  if (code.length === 0 || code.length % 3 !== 0) return false;
  for (let i = 0; i < code.length; i += 3) if (!RELIGION_CODES.has(code.slice(i, i + 3))) return false;
  return true;
}

/**
 * Names of the one god of the Abrahamic religions, which no dictionary of the repository lists (hand list: English,
 * Arabic and Hebrew names as English news writes them). A god is no person the text's "he" could be, nor a state.
 */
const GODS = new Set(['god', 'allah', 'yahweh', 'jehovah']);

/** The religion code of a follower's word the Phoenix agents dictionary lists ("Muslims", "Christian", "Sunni"). */
export function adherentCode(name: string, kb: ActorsKb): string | null {
  if (/\s/.test(name)) return null;
  const code = kb.agent(name.toLowerCase())?.code;
  return code !== undefined && isReligionCode(code) ? code : null;
}

/**
 * A religion's name is its followers' word made a noun: "Islam" (Islamic), "Christianity" (Christian), "Hinduism"
 * (Hindu), "Buddhism" (Buddhist); the followers' word comes from the agents dictionary, so no religion is listed here.
 */
function isReligionName(name: string, kb: ActorsKb): boolean {
  if (/\s/.test(name)) return false;
  const lower = name.toLowerCase();
  const stems = [`${lower}ic`];
  if (lower.endsWith('ism')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}ist`);
  if (lower.endsWith('ity')) stems.push(lower.slice(0, -3));
  return stems.some((stem) => adherentCode(stem, kb) !== null);
}

/**
 * A doctrine's name: one capitalised word in "-ism" ("Catholicism", "Judaism", "Sikhism", "Communism", "Zionism"), which
 * names a faith or a creed, never a person, place or organisation. It covers the faiths whose followers' word the
 * agents dictionary lacks ("Catholic" only opens phrases there, "Catholic priest") or gives another stem ("Jewish"). At
 * least three letters stand before the suffix: "Prism" is a name.
 */
const DOCTRINE = /^\p{Lu}\p{Ll}{2,}ism$/u;

/**
 * The type a religious name keeps whatever the entity model tagged (it reads "Islam" as a person in an interview
 * about it, and as a state in "free speech in Islam"): a religion or a god is MISC, as CoNLL-2003 marks them; its
 * followers are NORP. Null for any other name.
 */
export function religiousType(name: string, kb: ActorsKb): EntityType | null {
  if (GODS.has(name.toLowerCase()) || DOCTRINE.test(name) || isReligionName(name, kb)) return 'MISC';
  return adherentCode(name, kb) !== null ? 'NORP' : null;
}
