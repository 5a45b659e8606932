/**
 * Text from a spec placed inside a `/** … *\/` comment. Only the comment terminator can break out of
 * a JSDoc block, so that is all we neutralise; backticks and `${` are inert inside comments.
 */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}

export function jsDocFor(node: {
  description?: unknown;
  summary?: unknown;
  deprecated?: unknown;
}): { description: string; tags: Array<{ tagName: string; text?: string }> } | undefined {
  const parts = [node.summary, node.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const tags = node.deprecated === true ? [{ tagName: 'deprecated' }] : [];
  if (parts.length === 0 && tags.length === 0) return undefined;
  return { description: parts.map(jsDocText).join('\n\n'), tags };
}
