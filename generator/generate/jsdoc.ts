/** The JSDoc of a schema-backed declaration: its summary, description and deprecation, as ts-morph takes it; and the text a user's hover may show. */
import { jsDocText } from './escape.js';

/**
 * An errata register id as the specs cite them (`fg-023`, `fc-002`, `fg-config-03`): a lower-case
 * prefix, optional lower-case words, and a number of at least two digits.
 */
const ID = String.raw`[a-z]{2,12}(?:-[a-z][a-z0-9]{0,15}){0,3}-\d{2,6}`;
/** One or more ids, as a list (`fg-001, fg-002`, `fg-001 and fg-002`). */
const IDS = String.raw`${ID}(?:(?:,\s{0,3}|\s{1,3}and\s{1,3})${ID}){0,7}`;
/** What may lead a citation: `see`, `errata`, `see errata`. */
const LEAD = String.raw`(?:see\s{1,3})?(?:(?:the\s{1,3})?errata(?:\s{1,3}register)?\s{1,3})?`;

/** Rewrites applied in order; each removes one form a citation takes in a description. */
const CITATIONS: Array<[RegExp, string]> = [
  // A parenthesis holding nothing but a citation: `(fg-007)`, `(see errata fc-002)`.
  [new RegExp(String.raw`\s{0,3}\(\s{0,3}${LEAD}${IDS}\s{0,3}\)`, 'gi'), ''],
  // A citation closing a parenthesis: `(not RFC 3339; fg-017)`, `(…, see fg-018)`.
  [new RegExp(String.raw`\s{0,3}[;,]\s{0,3}${LEAD}${IDS}\s{0,3}(?=\))`, 'gi'), ''],
  // A citation opening one: `(fg-017; not RFC 3339)`.
  [new RegExp(String.raw`\(\s{0,3}${LEAD}${IDS}\s{0,3}[;,:]\s{0,3}`, 'gi'), '('],
  // A sentence that is only a citation: `See fg-023.`
  [new RegExp(String.raw`(^|[.!?]\s{1,3})see\s{1,3}${LEAD}${IDS}\s{0,3}[.;]?(?=\s|$)`, 'gi'), '$1'],
  // Anything left that says where to look: `; see fg-023`, `as fg-023 explains` stays readable without the id.
  [new RegExp(String.raw`\s{0,3}[;,]?\s{0,3}\bsee\s{1,3}${LEAD}${IDS}\b`, 'gi'), ''],
];

/**
 * `text` as a user of the generated package should read it: what the API means, without the
 * curation's bookkeeping. The specs cite their errata register (`see fg-023`) so a maintainer can
 * find why a value is what it is; those ids mean nothing to a caller, and stay in the spec and the
 * repository's README. Only citations in the forms above are removed, with the space before them;
 * an id-like word that is not cited (`sha-256`) is left alone, and so is the rest of the text.
 * Every quantifier is bounded, so each position of a (possibly hostile, megabytes long) description
 * costs a bounded amount of matching: the rewrites are linear in its length.
 */
export function apiText(text: string): string {
  // Every citation holds `-` and two digits; most text holds none, and is returned as it is.
  if (!/-\d\d/.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of CITATIONS) out = out.replace(pattern, replacement);
  return out;
}

export function jsDocFor(node: {
  description?: unknown;
  summary?: unknown;
  deprecated?: unknown;
}): { description: string; tags: Array<{ tagName: string; text?: string }> } | undefined {
  const parts = [node.summary, node.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const tags = node.deprecated === true ? [{ tagName: 'deprecated' }] : [];
  if (parts.length === 0 && tags.length === 0) return undefined;
  return { description: parts.map((t) => jsDocText(apiText(t)).trim()).join('\n\n'), tags };
}
