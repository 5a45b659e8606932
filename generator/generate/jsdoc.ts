/** The JSDoc of a schema-backed declaration: its summary, description and deprecation, as ts-morph takes it. */
import { jsDocText } from './escape.js';

export function jsDocFor(node: {
  description?: unknown;
  summary?: unknown;
  deprecated?: unknown;
}): { description: string; tags: Array<{ tagName: string; text?: string }> } | undefined {
  const parts = [node.summary, node.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const tags = node.deprecated === true ? [{ tagName: 'deprecated' }] : [];
  if (parts.length === 0 && tags.length === 0) return undefined;
  return { description: parts.map((t) => jsDocText(t).trim()).join('\n\n'), tags };
}
