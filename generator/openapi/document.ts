import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { FuncspecError } from '../errors.js';
import { JsonPositions } from './json-positions.js';
import { LineIndex } from './line-index.js';
import { checkTree, looksLikeJson, MAX_DOCUMENT_BYTES, scanJson, tooDeep } from './limits.js';
import { parsePointer } from './pointer.js';
import { quickYaml } from './yaml-quick.js';

/** A parsed YAML/JSON file that can still say where each value came from. */
export interface LoadedDocument {
  /** Path as given, relative to the working directory when possible (never absolute in messages). */
  readonly file: string;
  /** The source text as read. */
  readonly text: string;
  readonly data: unknown;
  /** Set when `data` is `JSON.parse(text)` (the text is JSON): another thread can parse the text instead of being sent the data. */
  readonly json?: true;
  /** 1-based line and column of the value at a JSON pointer, or of its nearest existing ancestor. */
  locate(ptr: string): { line: number; column: number };
  /** A FuncspecError pointing at the value addressed by `ptr`. */
  errorAt(ptr: string, message: string): FuncspecError;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || rel === '' ? file : rel;
}

/** A text file's content, or a FuncspecError naming the file and why it cannot be read. */
export async function readTextFile(path: string): Promise<{ file: string; text: string }> {
  const file = displayPath(path);
  try {
    // Refuse an oversized file before reading it, not after it has filled the heap.
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES) throw tooLarge(size, file);
    return { file, text: await readFile(path, 'utf8') };
  } catch (err) {
    if (err instanceof FuncspecError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read (${code ?? String(err)})`;
    throw new FuncspecError(why, { file });
  }
}

export async function loadDocument(path: string): Promise<LoadedDocument> {
  const { file, text } = await readTextFile(path);
  return parseText(text, file);
}

/**
 * YAML is a superset of JSON, so the YAML parser could serve both and keep positions for either, but
 * building its position tree is slow for big JSON documents (GitHub's is 13 MB): JSON is read with
 * JSON.parse and located by scanning only the containers a pointer passes through (json-positions.ts).
 */
export function parseText(text: string, file: string): LoadedDocument {
  if (text.length > MAX_DOCUMENT_BYTES) throw tooLarge(text.length, file);
  if (looksLikeJson(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return parseYamlText(text, file); // let the YAML parser say where the syntax breaks
    }
    const problem = scanJson(text);
    if (problem) {
      const { line, column } = new LineIndex(text).at(problem.offset);
      throw new FuncspecError(problem.message, { file, line, column });
    }
    let positions: JsonPositions | undefined;
    const locate = (ptr: string): { line: number; column: number } => (positions ??= new JsonPositions(text)).locate(ptr);
    return { file, text, data, json: true, locate, errorAt: (ptr, message) => new FuncspecError(message, { file, ...locate(ptr) }) };
  }
  return parseYamlText(text, file);
}

/**
 * Most YAML specs are read by the quick reader (yaml-quick.ts), which also locates values; the rest,
 * and the rare pointer its events cannot place, go to the `yaml` package's document tree.
 */
function parseYamlText(text: string, file: string): LoadedDocument {
  const quick = quickYaml(text);
  if (!quick) return parseYamlWithPositions(text, file);
  const lines = new LineIndex(text);
  let tree: YamlTree | undefined;
  const locate = (ptr: string): { line: number; column: number } => {
    const offset = quick.offsetOf(ptr);
    return offset === undefined ? locateIn((tree ??= yamlTree(text)), ptr) : lines.at(offset);
  };
  return located(text, file, quick.data, locate);
}

interface YamlTree {
  doc: Document;
  lineCounter: LineCounter;
}

function yamlTree(text: string): YamlTree {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }), lineCounter };
}

function parseYamlWithPositions(text: string, file: string): LoadedDocument {
  const tree = yamlTree(text);
  const { doc, lineCounter } = tree;
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const what = first.message.split('\n')[0] ?? first.message;
    // The YAML composer recurses per level; it reports its own stack overflow as a syntax error.
    const message = /call stack/i.test(what) ? tooDeep() : `not valid YAML/JSON: ${what}`;
    throw new FuncspecError(message, { file, line: pos.line, column: pos.col });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    // yaml's guard against alias expansion ("billion laughs") throws a ReferenceError, located at
    // the first alias; a document nested too deeply for the recursion of toJS, a RangeError.
    const aliases = err instanceof ReferenceError && /alias/i.test(err.message);
    const why = aliases
      ? 'YAML aliases expand to too many values (more than 1000 alias uses, counting nested ones)'
      : err instanceof RangeError
        ? tooDeep()
        : `not valid YAML/JSON: ${(err as Error).message.split('\n')[0]}`;
    const pos = lineCounter.linePos((aliases ? firstAlias(doc) : undefined) ?? 0);
    throw new FuncspecError(why, { file, line: pos.line, column: pos.col });
  }
  return located(text, file, data, (ptr) => locateIn(tree, ptr));
}

/** The document once its data passed the structural bounds (limits.ts), which are checked here. */
function located(text: string, file: string, data: unknown, locate: LoadedDocument['locate']): LoadedDocument {
  const errorAt = (ptr: string, message: string): FuncspecError => new FuncspecError(message, { file, ...locate(ptr) });
  const problem = checkTree(data);
  if (problem) throw errorAt(problem.ptr, problem.message);
  return { file, text, data, locate, errorAt };
}

/** Where the value at `ptr` starts; on a mapping entry, its key, since that is where a reader looks. */
function locateIn({ doc, lineCounter }: YamlTree, ptr: string): { line: number; column: number } {
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let best = node?.range?.[0] ?? 0;
  for (const token of parsePointer(ptr)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === token);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as YamlNode | null | undefined;
      if (!item) break;
      if (item.range) best = item.range[0];
      node = item;
    } else break;
  }
  const pos = lineCounter.linePos(best);
  return { line: pos.line, column: pos.col };
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function tooLarge(size: number, file: string): FuncspecError {
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new FuncspecError(`the document is ${mb(size)}; funcspec reads documents up to ${mb(MAX_DOCUMENT_BYTES)}`, { file, line: 1, column: 1 });
}
