/** What the `yaml` package's document tree says about where each value of a text sits: the reference other locators are held to. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { escapeToken } from '../../generator/openapi/pointer.js';

/** Every pointer of a YAML tree with the line:column the YAML parser gives it (the key, for a mapping entry). */
export function yamlPositions(text: string): Map<string, string> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const out = new Map<string, string>();
  const at = (offset: number): string => {
    const p = lines.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  const walk = (node: Node | null | undefined, ptr: string): void => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = `${ptr}/${escapeToken(key)}`;
        out.set(child, at((pair.key as Node).range![0]));
        walk(pair.value as Node, child);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        out.set(`${ptr}/${i}`, at((item as Node).range![0]));
        walk(item as Node, `${ptr}/${i}`);
      });
  };
  walk(doc.contents as Node, '');
  return out;
}
