/**
 * The type cell of a page row (`String`, `Array of FuncMount objects`, `Map<String,String>`, 003's
 * `integer` or `CustomDNS`) read as the JSON Schema type a transcriber would write.
 */

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

export interface PageType {
  type: JsonType;
  /** `int64` for Long, as the specs write it. */
  format?: string;
  /** The model a row of this type is detailed in (`FuncVpc object`, `Array of FuncMount objects`, 003's `Code`). */
  model?: string;
  /** Element type of an array. */
  items?: PageType;
  /** Value type of a map (`Map<String,String>`). */
  values?: PageType;
  /** The cell as printed. */
  printed: string;
}

const PRIMITIVES: Record<string, Omit<PageType, 'printed'>> = {
  string: { type: 'string' },
  strings: { type: 'string' },
  integer: { type: 'integer' },
  integers: { type: 'integer' },
  int: { type: 'integer' },
  long: { type: 'integer', format: 'int64' },
  longs: { type: 'integer', format: 'int64' },
  boolean: { type: 'boolean' },
  booleans: { type: 'boolean' },
  float: { type: 'number' },
  double: { type: 'number' },
  number: { type: 'number' },
  numbers: { type: 'number' },
  bigdecimal: { type: 'number' },
  object: { type: 'object' },
  objects: { type: 'object' },
  array: { type: 'array' },
  map: { type: 'object' },
};

/** Undefined when the cell is not a type at all (a lost or shifted cell). */
export function parsePageType(printed: string): PageType | undefined {
  const cell = printed.trim();
  const prim = PRIMITIVES[cell.toLowerCase()];
  if (prim) return { ...prim, printed: cell };
  const arrayOf = /^Array of ([A-Za-z]\w*)(?: objects?)?$/i.exec(cell);
  if (arrayOf?.[1]) {
    const items = parsePageType(arrayOf[1]) ?? { type: 'object' as const, model: arrayOf[1], printed: arrayOf[1] };
    return { type: 'array', items, printed: cell };
  }
  const map = /^Map<\s*([A-Za-z]\w*)\s*,\s*([A-Za-z]\w*)\s*>$/.exec(cell);
  if (map?.[2]) {
    const values = parsePageType(map[2]) ?? { type: 'object' as const, model: map[2], printed: map[2] };
    return { type: 'object', values, printed: cell };
  }
  // 003 prints a model by its bare name (`CustomDNS`); a shifted mandatory cell (`No`) is not one.
  const model = /^([A-Z]\w*) object$/.exec(cell) ?? (/^(?:Yes|No)$/.test(cell) ? null : /^([A-Z]\w*)$/.exec(cell));
  if (model?.[1]) return { type: 'object', model: model[1], printed: cell };
  return undefined;
}

/** `array of string`, `map of string`, `FuncVpc (object)`: how reports name a page type. */
export function describePageType(t: PageType): string {
  if (t.type === 'array' && t.items) return `array of ${describePageType(t.items)}`;
  if (t.values) return `map of ${describePageType(t.values)}`;
  if (t.model) return `object (${t.model})`;
  return t.format ? `${t.type} (${t.format})` : t.type;
}
