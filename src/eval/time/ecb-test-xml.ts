/** Builds small ECB+ files for the tests, from sentences written for them (no ECB+ text may be copied). */

/** A CAT XML file in ECB+'s layout; `sentences` are space-separated tokens, `markables` the <Markables> body. */
export function catXml(name: string, sentences: readonly string[], markables = ''): string {
  let id = 0;
  const tokens = sentences.flatMap((s, sentence) => s.split(' ').map((word, number) =>
    `<token t_id="${++id}" sentence="${sentence}" number="${number}">${word.replace(/&/g, '&amp;')}</token>`));
  return `<Document doc_name="${name}" doc_id="DOC1">\n${tokens.join('\n')}\n<Markables>\n${markables}\n</Markables>\n<Relations>\n</Relations>\n</Document>\n`;
}

/** A markable anchored to the tokens `tokens` (1-based t_ids). */
export const timeMarkable = (type: string, m: number, ...tokens: number[]) =>
  `<${type} m_id="${m}"  >\n${tokens.map((t) => `  <token_anchor t_id="${t}"/>`).join('\n')}\n</${type}>`;
