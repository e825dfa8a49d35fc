/**
 * Words that end a company's name without being an organisation word of their own ("Kestrel Dynamics", "Orvane
 * Robotics", "Tallis Capital"): a capitalised run ending in one names a company, not a person. Kept apart from
 * ORG_WORDS because alone, or in a title-case headline, these are plain nouns ("capital", "software").
 */
export const COMPANY_NAME_WORDS = new Set(
  ('aerospace analytics automotive biosciences brands capital dynamics electric foods laboratories materials ' +
    'microsystems mining networks petroleum pharma robotics semiconductor semiconductors software solutions ' +
    'technology telecom therapeutics ventures wireless').split(' '),
);

/**
 * What the words around a name with no given name say of a company: it speaks "in a statement", its "shares"
 * trade, it has "its" results. Before the name: "shares of …"; after it: "… said in a statement", "…'s shares".
 */
export const COMPANY_CONTEXT_BEFORE = /\b(?:shares|stock) (?:of|in)[\s\u00a0]+$/i;
export const COMPANY_CONTEXT_AFTER =
  /^(?:['’]s?[\s\u00a0]+(?:shares|stock|share price|chief executive|board of directors)\b|[\s\u00a0]+(?:said|says|announced|confirmed|added|declined)[\s\u00a0]+(?:on \p{Lu}\p{Ll}+[\s\u00a0]+)?(?:in a (?:statement|filing|news release|press release)\b|(?:that[\s\u00a0]+)?its[\s\u00a0]))/u;
