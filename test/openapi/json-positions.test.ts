/** JSON documents are located by scanning, not by a YAML tree: the two must agree on every node. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonPositions } from '../../generator/openapi/json-positions.js';
import { parseText } from '../../generator/openapi/document.js';
import { yamlPositions } from '../helpers/yaml-positions.js';

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
