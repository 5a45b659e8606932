/** Moves each component schema's declaration out of openapi-typescript's `components` into its named export, so editors show names. */
import type TS from 'typescript';
import { typescript } from './commonjs.js';
import { jsIdentifier } from './escape.js';

const ts = typescript();

/** openapi-typescript's output, reshaped (see nameSchemaTypes). */
export interface NamedSchemaTypes {
  /** The output with every reference to a moved schema pointing at its named type. */
  text: string;
  /** The moved declarations (`export type FuncVpc = {…};` with their JSDoc), to append. */
  declarations: string;
  /** Keys of the schemas now declared by their named type. */
  declared: Set<string>;
  /** Whether any `$Read`/`$Write` marker is used outside the helpers that define them. */
  usesMarkers: boolean;
}

/** `components["schemas"]["Key"]`, the key as openapi-typescript prints it (a JSON-compatible string literal). */
const SCHEMA_REF = /components\["schemas"\]\[("(?:[^"\\\r\n]|\\.)*")\]/g;
const MARKER = /\$Read<|\$Write</;
const HELPERS = new Set(['$Read', '$Write', 'Readable', 'Writable']);

function literalKey(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

function propertyName(name: TS.PropertyName | undefined): string | undefined {
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) ? name.text : undefined;
}

/** The JSDoc comment written before `pos`, moved from member indentation to the top level. */
function leadingJsDoc(text: string, pos: number): string {
  const docs = (ts.getLeadingCommentRanges(text, pos) ?? []).filter((r) => text.startsWith('/**', r.pos));
  const last = docs[docs.length - 1];
  return last ? `${text.slice(last.pos, last.end).replace(/\n[ \t]*\*/g, '\n *')}\n` : '';
}

/**
 * openapi-typescript declares every component schema in place, as a member of `components.schemas`,
 * and every reference as `components["schemas"]["X"]`: hovering a type shows the indexed accesses
 * (`runtime: components["schemas"]["Runtime"]`) or the whole object inlined. Here each schema's
 * declaration moves to its named export (`export type Runtime = …`), references to it anywhere in
 * the file become the name, and `components.schemas` keeps `Runtime: Runtime` so
 * `components["schemas"]["Runtime"]` still works.
 *
 * A schema with read/write markers in reach (its own, or those of a schema it references) stays
 * where it is: its named export is a `Readable<…>` view of it, which a marked declaration needs.
 *
 * One parse (no type checking) and one pass of a regular expression over the text: linear in the
 * size of the output, about a second on GitHub's description.
 */
export function nameSchemaTypes(base: string, schemas: ReadonlyArray<{ key: string; typeName: string }>): NamedSchemaTypes {
  const source = ts.createSourceFile('types.ts', base, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let members: readonly TS.TypeElement[] = [];
  let usesMarkers = false;
  for (const statement of source.statements) {
    const name = ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement) ? statement.name.text : '';
    if (HELPERS.has(name)) continue;
    if (!usesMarkers && MARKER.test(base.slice(statement.pos, statement.end))) usesMarkers = true;
    if (!ts.isInterfaceDeclaration(statement) || name !== 'components') continue;
    for (const member of statement.members) {
      if (ts.isPropertySignature(member) && propertyName(member.name) === 'schemas' && member.type && ts.isTypeLiteralNode(member.type)) members = member.type.members;
    }
  }

  // Each schema's declaration, the schemas it references, and whether a marker is in reach.
  const found = new Map<string, { member: TS.PropertySignature; type: TS.TypeNode }>();
  const referrers = new Map<string, string[]>();
  const marked: string[] = [];
  for (const member of members) {
    const key = propertyName(member.name);
    if (key === undefined || !ts.isPropertySignature(member) || !member.type) continue;
    found.set(key, { member, type: member.type });
    const text = base.slice(member.type.pos, member.type.end);
    if (MARKER.test(text)) marked.push(key);
    for (const match of text.matchAll(SCHEMA_REF)) {
      const target = literalKey(match[1]!);
      if (target !== undefined) referrers.set(target, [...(referrers.get(target) ?? []), key]);
    }
  }
  const markedSet = new Set(marked);
  for (let i = 0; i < marked.length; i++) {
    for (const referrer of referrers.get(marked[i]!) ?? []) {
      if (!markedSet.has(referrer)) {
        markedSet.add(referrer);
        marked.push(referrer);
      }
    }
  }

  const names = new Map<string, string>();
  for (const { key, typeName } of schemas) if (found.has(key) && !markedSet.has(key)) names.set(key, jsIdentifier(typeName));
  const rename = (text: string): string =>
    text.replace(SCHEMA_REF, (whole, literal: string) => {
      const key = literalKey(literal);
      return (key !== undefined ? names.get(key) : undefined) ?? whole;
    });

  let text = '';
  let declarations = '';
  let cursor = 0;
  for (const member of members) {
    const key = propertyName(member.name);
    const name = key === undefined ? undefined : names.get(key);
    if (name === undefined) continue;
    const { type } = found.get(key!)!;
    const declared = base.slice(member.name!.getStart(source), member.name!.end);
    text += `${rename(base.slice(cursor, member.pos))}\n        ${declared}: ${name};`;
    cursor = member.end;
    declarations += `${leadingJsDoc(base, member.pos)}export type ${name} = ${rename(base.slice(type.pos, type.end).trim())};\n`;
  }
  text += rename(base.slice(cursor));
  return { text, declarations, declared: new Set(names.keys()), usesMarkers };
}
