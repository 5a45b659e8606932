/**
 * Line and column of a JSON pointer in JSON text, without building a syntax tree of the whole document:
 * each lookup scans only the containers on the pointer's path, and remembers where the entries of every
 * container it scanned begin, so a report that locates hundreds of changes in a 13 MB document reads
 * the text about once instead of parsing it again into a YAML tree.
 */
import { LineIndex } from './line-index.js';
import { parsePointer } from './pointer.js';

/** Offsets of a container's entries: key (or index) → offset of the key (objects) or of the value (arrays). */
interface Entries {
  keys: Map<string, number>;
  /** Offset of the value of each entry. */
  values: Map<string, number>;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonPositions {
  private readonly cache = new Map<number, Entries>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  /** 1-based line and column of the value at `ptr` (of its key, for an object member), or of its nearest existing ancestor. */
  locate(ptr: string): { line: number; column: number } {
    let at = this.skipSpace(0);
    let best = at;
    for (const token of parsePointer(ptr)) {
      const entries = this.entriesAt(at);
      if (!entries) break;
      const key = entries.keys.get(token);
      const value = entries.values.get(token);
      if (key === undefined || value === undefined) break;
      best = key;
      at = value;
    }
    return this.lines.at(best);
  }

  /** The entries of the object or array starting at `start`, scanned once. */
  private entriesAt(start: number): Entries | undefined {
    const cached = this.cache.get(start);
    if (cached) return cached;
    const open = this.text.charCodeAt(start);
    if (open !== 0x7b && open !== 0x5b) return undefined;
    const entries: Entries = { keys: new Map(), values: new Map() };
    let i = this.skipSpace(start + 1);
    let index = 0;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === 0x7d || c === 0x5d) break;
      let name: string;
      let keyAt = i;
      if (open === 0x7b) {
        const end = this.skipString(i);
        const raw = this.text.slice(i, end);
        name = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        i = this.skipSpace(this.skipSpace(end) + 1); // past the colon
      } else {
        name = String(index++);
        keyAt = i;
      }
      entries.keys.set(name, keyAt);
      entries.values.set(name, i);
      i = this.skipSpace(this.skipValue(i));
      if (this.text.charCodeAt(i) === 0x2c) i = this.skipSpace(i + 1);
    }
    this.cache.set(start, entries);
    return entries;
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Offset just past the string starting at `i` (which holds its opening quote). */
  private skipString(i: number): number {
    for (i++; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x22) return i + 1;
    }
    return i;
  }

  /** Offset just past the value starting at `i`, containers included, without recursion. */
  private skipValue(i: number): number {
    let depth = 0;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) {
        i = this.skipString(i);
        if (depth === 0) return i;
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) return i; // the closer of the enclosing container ends a scalar
        depth--;
        if (depth === 0) return i + 1;
      } else if (depth === 0 && (c === 0x2c || isSpace(c))) return i;
      i++;
    }
    return i;
  }
}
