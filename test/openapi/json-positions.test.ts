/** JSON documents are located by scanning, not by a YAML tree: the two must agree on every node. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { JsonPositions } from '../../generator/openapi/json-positions.js';
import { parseText } from '../../generator/openapi/document.js';
import { escapeToken } from '../../generator/openapi/pointer.js';

/** Every pointer of a YAML tree with the line:column the YAML parser gives it (the key, for a mapping entry). */
function yamlPositions(text: string): Map<string, string> {
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

const agree = (text: string): void => {
  const positions = new JsonPositions(text);
  const expected = yamlPositions(text);
  expect(expected.size).toBeGreaterThan(0);
  for (const [ptr, where] of expected) {
    const { line, column } = positions.locate(ptr);
    expect(`${line}:${column}`, ptr).toBe(where);
  }
};

describe('JsonPositions', () => {
  it('agrees with the YAML parser on a pretty-printed spec, a minified one and an odd layout', () => {
    const spec = parseText(readFileSync('spec/huaweicloud/functiongraph-v2.yaml', 'utf8'), 'fg.yaml').data;
    agree(JSON.stringify(spec, null, 2));
    agree(JSON.stringify(spec));
    agree('{ "a" :\n [ 1 ,2,\t{"b~c/d":null}, [] , {} ],\n"e\\"f":"x\\\\", "g": {"h": true}}');
  });

  it('falls back to the nearest existing ancestor', () => {
    const p = new JsonPositions('{\n  "a": {\n    "b": 1\n  }\n}');
    expect(p.locate('/a/b')).toEqual({ line: 3, column: 5 });
    expect(p.locate('/a/zz')).toEqual({ line: 2, column: 3 });
    expect(p.locate('/a/b/c')).toEqual({ line: 3, column: 5 });
    expect(p.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('is what a loaded JSON document uses for its errors', () => {
    const doc = parseText('{"openapi": "3.1.0",\n "info": {"title": 1}}', 'api.json');
    expect(doc.errorAt('/info/title', 'not a string').format()).toBe('api.json:2:11: not a string');
  });
});
