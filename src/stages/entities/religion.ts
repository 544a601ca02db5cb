import type { Doc } from '../../model/document.js';
import { tokenAt } from '../../model/tokens.js';
import type { ActorsKb } from '../../kb/view.js';
import { addAgent } from './agents.js';
import { countryAmong, mainCountry, modifierStart, tokenOwners } from './modifiers.js';
import type { ClusterSet } from './names.js';
import { removeRef } from './refs.js';
import { adherentCode } from './religious-names.js';

/**
 * Followers the entity model named ("Muslims", "Christians") are the agent the agents stage finds in the words it
 * left untagged: one entity per country and religion code, of the country among the words before it ("Iraqi
 * Christians"), else of the story's main country, as `findAgents` places them. Only a plural names a group: the
 * adjective ("Muslim women", "an Islamic headscarf", "the Muslim majority nations of Bahrain and Kosovo") qualifies
 * a noun and is no actor of the story's country, as `findAgents` counts no singular follower noun either.
 */
export function codeFollowers(doc: Doc, set: ClusterSet, kb: ActorsKb): void {
  const tokens = doc.get('tokens');
  const view = tokenOwners(doc, set.all());
  const main = mainCountry(set);
  for (const c of set.all()) {
    if (c.type !== 'NORP' || c.place || c.organisation || c.context) continue;
    for (const ref of [...c.refs]) {
      const code = ref.form === 'name' ? adherentCode(ref.text, kb) : null;
      if (code === null || kb.agent(ref.text.toLowerCase())?.number !== 'plural') continue;
      const head = tokenAt(tokens, ref.start);
      const named = countryAmong(view, kb, modifierStart(view, head), head);
      removeRef(c, ref);
      addAgent(set, named ?? main, code, ref);
    }
  }
}
