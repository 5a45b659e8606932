/**
 * Strings that match a schema's `pattern`, for `--dynamic`: the pattern is parsed into a small tree
 * (literals, classes, groups, alternation, quantifiers, anchors) and a string is built from it,
 * within the schema's minLength/maxLength. What the builder cannot produce (backreferences,
 * lookarounds, word boundaries, most `\p{…}` classes) is a PatternUnsupported error: the caller
 * falls back to a documented example. The result is always checked against the schema afterwards.
 */
import type { Random } from './random.js';

export class PatternUnsupported extends Error {}

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'set'; ranges: Array<[number, number]>; negated: boolean }
  | { kind: 'empty' };

const range = (from: string, to = from): [number, number] => [from.codePointAt(0)!, to.codePointAt(0)!];
const DIGIT = [range('0', '9')];
const WORD = [range('a', 'z'), range('A', 'Z'), range('0', '9'), range('_')];
const SPACE = [range(' '), range('\t')];
const LETTER = [range('a', 'z'), range('A', 'Z')];
const PROPERTIES: Record<string, Array<[number, number]>> = { L: LETTER, Lu: [range('A', 'Z')], Ll: [range('a', 'z')], N: DIGIT, Nd: DIGIT };
/** What a negated class or `.` picks from: letters and digits first, then the rest of printable ASCII. */
const PREFERRED = [range('a', 'z'), range('A', 'Z'), range('0', '9')];
const PRINTABLE = [range(' ', '~')];

class Parser {
  private at = 0;
  private readonly chars: string[];
  constructor(readonly pattern: string) {
    this.chars = [...pattern];
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.chars.length) throw this.unsupported(`unbalanced ')' at character ${this.at + 1}`);
    return node;
  }

  private unsupported(why: string): PatternUnsupported {
    return new PatternUnsupported(`pattern ${JSON.stringify(this.pattern)}: ${why}`);
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.at + offset];
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.chars.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    for (;;) {
      const c = this.peek();
      let bounds: [number, number] | undefined;
      if (c === '*') bounds = [0, Infinity];
      else if (c === '+') bounds = [1, Infinity];
      else if (c === '?') bounds = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.at, this.at + 24).join(''));
        if (!m) return node; // a literal `{`
        bounds = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
        this.at += m[0].length - 1;
      }
      if (!bounds) return node;
      this.at++;
      if (this.peek() === '?') this.at++; // lazy: the same strings match
      node = { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
    }
  }

  private atom(): Node {
    const c = this.chars[this.at++]!;
    switch (c) {
      case '(': {
        if (this.peek() === '?') {
          const kind = `${this.peek(1) ?? ''}${this.peek(2) ?? ''}`;
          if (kind.startsWith(':')) this.at += 2;
          else if (kind.startsWith('<') && kind !== '<=' && kind !== '<!') {
            while (this.at < this.chars.length && this.peek() !== '>') this.at++;
            this.at++;
          } else throw this.unsupported('lookahead and lookbehind are not generated');
        }
        const inner = this.alternation();
        if (this.chars[this.at++] !== ')') throw this.unsupported("missing ')'");
        return inner;
      }
      case '[':
        return this.characterClass();
      case '.':
        return { kind: 'set', ranges: PREFERRED, negated: false };
      case '^':
      case '$':
        return { kind: 'empty' };
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        throw this.unsupported(`nothing to repeat at character ${this.at}`);
      default:
        return { kind: 'set', ranges: [range(c)], negated: false };
    }
  }

  /** After a backslash. In a class, `\b` is a backspace; outside, a word boundary (not generated). */
  private escape(inClass: boolean): { kind: 'set'; ranges: Array<[number, number]>; negated: boolean } {
    const c = this.chars[this.at++];
    if (c === undefined) throw this.unsupported('trailing backslash');
    const set = (ranges: Array<[number, number]>, negated = false) => ({ kind: 'set' as const, ranges, negated });
    switch (c) {
      case 'd':
        return set(DIGIT);
      case 'D':
        return set(DIGIT, true);
      case 'w':
        return set(WORD);
      case 'W':
        return set(WORD, true);
      case 's':
        return set(SPACE);
      case 'S':
        return set(SPACE, true);
      case 't':
        return set([range('\t')]);
      case 'n':
        return set([range('\n')]);
      case 'r':
        return set([range('\r')]);
      case 'f':
        return set([range('\f')]);
      case 'v':
        return set([range('\v')]);
      case '0':
        return set([[0, 0]]);
      case 'x':
      case 'u': {
        const m = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.rest()) : /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.rest());
        if (!m) return set([range(c)]);
        this.at += m[0].length;
        const code = parseInt(m[0].replace(/[{}]/g, ''), 16);
        return set([[code, code]]);
      }
      case 'p':
      case 'P': {
        const m = /^\{([A-Za-z_]+)\}/.exec(this.rest());
        const ranges = m ? PROPERTIES[m[1]!] : undefined;
        if (!m || !ranges) throw this.unsupported(`the Unicode class \\${c}${m ? m[0] : ''} is not generated`);
        this.at += m[0].length;
        return set(ranges, c === 'P');
      }
      case 'b':
        if (inClass) return set([[8, 8]]);
        throw this.unsupported('word boundaries (\\b) are not generated');
      default:
        if (/[1-9kBc]/.test(c)) throw this.unsupported(`\\${c} (a backreference, boundary or control escape) is not generated`);
        return set([range(c)]);
    }
  }

  private rest(): string {
    return this.chars.slice(this.at, this.at + 12).join('');
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: Array<[number, number]> = [];
    const negatedParts: Array<Array<[number, number]>> = [];
    while (this.peek() !== ']') {
      if (this.at >= this.chars.length) throw this.unsupported("missing ']'");
      const c = this.chars[this.at++]!;
      const item = c === '\\' ? this.escape(true) : { kind: 'set' as const, ranges: [range(c)], negated: false };
      if (item.negated) {
        negatedParts.push(item.ranges);
        continue;
      }
      const single = item.ranges.length === 1 && item.ranges[0]![0] === item.ranges[0]![1];
      if (single && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at++;
        const d = this.chars[this.at++]!;
        const to = d === '\\' ? this.escape(true).ranges[0]! : range(d);
        ranges.push([item.ranges[0]![0], to[0]]);
      } else ranges.push(...item.ranges);
    }
    this.at++;
    // `[^\S\t]`-style classes are rare: a negated escape inside a class widens it to what it allows of printable ASCII.
    for (const part of negatedParts) ranges.push(...allowedOf(PRINTABLE, part));
    return { kind: 'set', ranges, negated };
  }
}

function inRanges(code: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => code >= a && code <= b);
}

function allowedOf(pool: Array<[number, number]>, excluded: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of pool) for (let code = a; code <= b; code++) if (!inRanges(code, excluded)) out.push([code, code]);
  return out;
}

function pickFrom(ranges: Array<[number, number]>, random: Random): string | undefined {
  const total = ranges.reduce((n, [a, b]) => n + Math.max(0, b - a + 1), 0);
  if (total === 0) return undefined;
  let k = random.int(0, total - 1);
  for (const [a, b] of ranges) {
    const size = Math.max(0, b - a + 1);
    if (k < size) return String.fromCodePoint(a + k);
    k -= size;
  }
  return undefined;
}

interface Shape {
  /** Repetitions an unbounded quantifier may add beyond its minimum. */
  cap: number;
  /** 1: counts anywhere in their range; 0: always the minimum. */
  spread: number;
}

function build(node: Node, random: Random, shape: Shape, pattern: string): string {
  switch (node.kind) {
    case 'empty':
      return '';
    case 'seq':
      return node.items.map((n) => build(n, random, shape, pattern)).join('');
    case 'alt':
      return build(random.pick(node.branches), random, shape, pattern);
    case 'repeat': {
      const max = node.max === Infinity ? node.min + shape.cap : node.max;
      const count = Math.min(max, node.min + Math.floor(random.next() * ((max - node.min) * shape.spread + 1)));
      let out = '';
      for (let i = 0; i < count; i++) out += build(node.node, random, shape, pattern);
      return out;
    }
    case 'set': {
      const ranges = node.negated ? (allowedOf(PREFERRED, node.ranges).length > 0 ? allowedOf(PREFERRED, node.ranges) : allowedOf(PRINTABLE, node.ranges)) : node.ranges;
      const ch = pickFrom(ranges, random);
      if (ch === undefined) throw new PatternUnsupported(`pattern ${JSON.stringify(pattern)}: a character class matches no printable character`);
      return ch;
    }
  }
}

const parsed = new Map<string, Node>();
const length = (s: string): number => [...s].length;

/**
 * A string matching `pattern` (as JSON Schema reads it: anywhere in the string unless anchored) with
 * minLength..maxLength characters; an unanchored end is padded with letters to reach minLength.
 * Throws PatternUnsupported when the pattern cannot be generated or no try fits the lengths.
 */
export function sampleForPattern(pattern: string, random: Random, minLength = 0, maxLength = Infinity): string {
  let tree = parsed.get(pattern);
  if (!tree) {
    tree = new Parser(pattern).parse();
    if (parsed.size > 1000) parsed.clear();
    parsed.set(pattern, tree);
  }
  const openStart = !pattern.startsWith('^');
  const openEnd = !/(^|[^\\])(\\\\)*\$$/.test(pattern);
  for (let attempt = 0; attempt < 16; attempt++) {
    const spread = [1, 0.5, 0.2, 0][attempt >> 2]!;
    let s = build(tree, random, { cap: Math.max(4, minLength), spread }, pattern);
    if (length(s) < minLength && (openStart || openEnd)) {
      const pad = Array.from({ length: minLength - length(s) }, () => pickFrom(LETTER, random)).join('');
      s = openEnd ? s + pad : pad + s;
    }
    if (length(s) >= minLength && length(s) <= maxLength) return s;
  }
  throw new PatternUnsupported(`pattern ${JSON.stringify(pattern)}: no matching string of ${minLength} to ${maxLength} characters was found`);
}
