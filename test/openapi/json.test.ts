/** copyData: a deep copy of parsed data that keeps what structuredClone keeps (shared values, `__proto__` keys). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../generator/openapi/document.js';
import { copyData, someObject } from '../../generator/openapi/json.js';

describe('copyData', () => {
  it('copies every object and array, equal to the original and independent of it', () => {
    const original = { a: [1, { b: null, c: 'x' }], d: { e: { f: true } }, g: 1.5 };
    const copy = copyData(original);
    expect(copy).toEqual(original);
    expect(copy).toEqual(structuredClone(original));
    expect(copy.a).not.toBe(original.a);
    expect(copy.d.e).not.toBe(original.d.e);
    (copy.d.e as { f: boolean }).f = false;
    expect(original.d.e.f).toBe(true);
  });

  it('keeps a value shared through YAML aliases shared, as structuredClone does', () => {
    const { data } = parseText('shared: &s {type: string}\none: *s\ntwo: {items: *s}\n', 'aliases.yaml');
    const copy = copyData(data) as { shared: object; one: object; two: { items: object } };
    expect(copy.one).toBe(copy.shared);
    expect(copy.two.items).toBe(copy.shared);
    expect(copy.shared).not.toBe((data as { shared: object }).shared);
  });

  it('told that nothing is shared (JSON.parse output), copies the same: equal, independent, `__proto__` a key', () => {
    const original = JSON.parse('{"a": [1, {"b": null}], "properties": {"__proto__": {"type": "string"}}, "d": {"e": {"f": true}}}') as { d: { e: { f: boolean } } };
    const copy = copyData(original, { aliases: false });
    expect(copy).toEqual(structuredClone(original));
    expect(Object.keys((copy as unknown as { properties: object }).properties)).toEqual(['__proto__']);
    copy.d.e.f = false;
    expect(original.d.e.f).toBe(true);
  });

  it('keeps a `__proto__` key a key, never the prototype', () => {
    const original = JSON.parse('{"properties": {"__proto__": {"type": "string"}}}') as { properties: object };
    const copy = copyData(original);
    expect(Object.getPrototypeOf(copy.properties)).toBe(Object.prototype);
    expect(Object.keys(copy.properties)).toEqual(['__proto__']);
    expect(copy).toEqual(structuredClone(original));
  });
});

describe('someObject', () => {
  it('visits every object at any depth, arrays looked through, and stops at the first true', () => {
    const seen: unknown[] = [];
    const doc = { a: [{ b: 1 }, [{ c: { d: 2 } }]], e: 'x' };
    expect(someObject(doc, (o) => void seen.push(o))).toBe(false);
    expect(seen).toHaveLength(4);
    let visits = 0;
    expect(someObject(doc, (o) => (visits++, 'c' in o))).toBe(true);
    expect(visits).toBeLessThan(4);
  });

  it('walks an array of 500,000 members and a chain 100,000 deep without overflowing the stack', () => {
    const wide = Array.from({ length: 500_000 }, (_, i) => ({ i }));
    let count = 0;
    someObject(wide, () => void count++);
    expect(count).toBe(500_000);
    let deep: object = { end: true };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(someObject(deep, (o) => 'end' in o)).toBe(true);
  });
});
