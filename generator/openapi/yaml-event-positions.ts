/**
 * Offsets of JSON pointers in a YAML text, from js-yaml's parser events (yaml-quick.ts), placed where
 * the `yaml` package's nodes start so both readers report the same line and column: a mapping entry
 * at its key, a quoted scalar at its opening quote, a block scalar at its `|` or `>` indicator.
 */
import { constructFromEvents, EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { parsePointer } from './pointer.js';
import { QUICK_SCHEMA } from './yaml-quick-schema.js';

/** First characters of a plain scalar that the core schema may read as null, a boolean or a number. */
const MAYBE_NOT_STRING = /^[-+.0-9~nNtTfF]/;

export class YamlEventPositions {
  /** For each event, the index of the event after the node it opens (containers skip to past their POP). */
  private readonly next: Int32Array;

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
    private readonly data: unknown,
  ) {
    this.next = new Int32Array(events.length);
    const open: number[] = [];
    events.forEach((event, i) => {
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.DOCUMENT) open.push(i);
      else if (event.type === EVENT_ID.POP) this.next[open.pop()!] = i + 1;
      else this.next[i] = i + 1;
    });
  }

  offsetOf(ptr: string): number | undefined {
    let i = 1; // the root node, after the DOCUMENT event
    let value: unknown = this.data;
    let best = this.start(i);
    for (const token of parsePointer(ptr)) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) break;
      if (Array.isArray(value) && !/^(?:0|[1-9][0-9]*)$/.test(token)) break;
      const event = this.events[i]!;
      if (event.type === EVENT_ID.MAPPING) {
        const key = this.findKey(i, token);
        if (key === undefined) return undefined;
        best = this.start(key);
        i = this.next[key]!;
      } else if (event.type === EVENT_ID.SEQUENCE) {
        i = this.item(i, Number(token));
        best = this.start(i);
      } else break;
      value = (value as Record<string, unknown>)[token];
    }
    return best;
  }

  /** Index of the key event of `token` in the mapping opened at `at`. */
  private findKey(at: number, token: string): number | undefined {
    for (let i = at + 1; this.events[i]!.type !== EVENT_ID.POP; i = this.next[this.next[i]!]!) {
      const key = this.events[i]!;
      if (key.type === EVENT_ID.SCALAR && this.keyString(key) === token) return i;
    }
    return undefined;
  }

  /** A key as the constructed object spells it: a plain `0x10` is the key "16". */
  private keyString(key: ScalarEvent): string {
    const text = getScalarValue(this.text, key);
    if (key.style !== SCALAR_STYLE.PLAIN || !MAYBE_NOT_STRING.test(text)) return text;
    const [value] = constructFromEvents([this.events[0]!, key, { type: EVENT_ID.POP }], { source: this.text, schema: QUICK_SCHEMA });
    return String(value);
  }

  private item(at: number, index: number): number {
    let i = at + 1;
    for (let n = 0; n < index; n++) i = this.next[i]!;
    return i;
  }

  /** Where the node opened by event `i` starts, or undefined for an empty scalar (the events hold no offset). */
  private start(i: number): number | undefined {
    const event = this.events[i]!;
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
    if (event.type !== EVENT_ID.SCALAR || event.valueStart < 0) return undefined;
    if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
    if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) return this.blockHeader(event.valueStart);
    return event.valueStart;
  }

  /** The `|` or `>` of the block scalar whose content starts at `content` (its header is the line before). */
  private blockHeader(content: number): number {
    const headerEnd = this.text.lastIndexOf('\n', content - 1);
    const lineStart = this.text.lastIndexOf('\n', headerEnd - 1) + 1;
    const header = this.text.slice(lineStart, headerEnd).replace(/\s#.*$/, '');
    return lineStart + Math.max(header.lastIndexOf('|'), header.lastIndexOf('>'), 0);
  }
}
