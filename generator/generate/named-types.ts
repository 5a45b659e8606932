/** Moves each component schema's declaration out of openapi-typescript's `components` into its named export, so editors show names. */
import type TS from 'typescript';
import { typescript } from './commonjs.js';
import { jsIdentifier } from './escape.js';

const ts = typescript();
const factory = ts.factory;

/** openapi-typescript's output, reshaped and printed (see nameSchemaTypes). */
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

/**
 * How a lone member `$` of `components.schemas` prints (see printAsSchema): what comes before its
 * leading comments, where the member starts after them, and what follows its type.
 */
const SCHEMA_START = 'interface $ {\n    s: {';
const MEMBER_START = '\n        $:';
const TYPE_END = ';\n    };\n}';

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
 * `statements` are openapi-typescript's, unprinted. The reshaping is done on the
 * nodes and the result printed once, as openapi-typescript's `astToString` would print it: printing
 * the whole output only to parse it again cost half a second on GitHub's 6.5 MB. Each schema's type
 * is printed on its own, at the indentation it has in `components` (the moved declaration loses the
 * two levels), and the regular expressions run over printed text: linear in the size of the output.
 */
export function nameSchemaTypes(statements: readonly TS.Node[], schemas: ReadonlyArray<{ key: string; typeName: string }>): NamedSchemaTypes {
  // Nodes print against an empty file, as in astToString.
  const file = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const print = (node: TS.Node): string => printer.printNode(ts.EmitHint.Unspecified, node, file);
  /** `member` as the only member of `components.schemas` (an interface's type literal member), so at its indentation there. */
  const printAsSchema = (member: TS.TypeElement): string => {
    const text = print(
      factory.createInterfaceDeclaration(undefined, '$', undefined, undefined, [
        factory.createPropertySignature(undefined, 's', undefined, factory.createTypeLiteralNode([member])),
      ]),
    );
    if (!text.startsWith(SCHEMA_START) || !text.endsWith(TYPE_END)) throw new Error(`funcspec bug: a schema member printed unexpectedly: ${text.slice(0, 200)}`);
    return text;
  };

  let components: { statement: TS.InterfaceDeclaration; at: number; members: readonly TS.TypeElement[] } | undefined;
  for (const statement of statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== 'components') continue;
    for (const [at, member] of statement.members.entries()) {
      if (ts.isPropertySignature(member) && propertyName(member.name) === 'schemas' && member.type && ts.isTypeLiteralNode(member.type)) {
        components = { statement, at, members: member.type.members };
      }
    }
  }
  const members = components?.members ?? [];

  // Each schema's type as printed in place, its JSDoc as printed there (which goes with it if it
  // moves), the schemas it references, and whether a marker is in reach. One print gives both: the
  // member as `$`, with the member's comments.
  const found = new Map<string, string>();
  const heads = new Map<string, string>();
  const referrers = new Map<string, string[]>();
  const marked: string[] = [];
  for (const member of members) {
    const key = propertyName(member.name);
    if (key === undefined || !ts.isPropertySignature(member) || !member.type) continue;
    const stand = ts.setSyntheticLeadingComments(factory.createPropertySignature(undefined, '$', undefined, member.type), ts.getSyntheticLeadingComments(member));
    const printed = printAsSchema(stand);
    const comments = ts.getLeadingCommentRanges(printed, SCHEMA_START.length) ?? [];
    const typeAt = printed.indexOf(MEMBER_START, comments[comments.length - 1]?.end ?? SCHEMA_START.length);
    if (typeAt < 0) throw new Error(`funcspec bug: a schema member printed unexpectedly: ${printed.slice(0, 200)}`);
    const text = printed.slice(typeAt + MEMBER_START.length, printed.length - TYPE_END.length).trim();
    found.set(key, text);
    heads.set(key, printed.slice(0, typeAt));
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

  // A moved schema leaves `Key: Name;` behind, without its JSDoc, which goes with the declaration.
  let declarations = '';
  let movedMarker = false;
  const kept = members.map((member) => {
    const key = propertyName(member.name);
    const name = key === undefined ? undefined : names.get(key);
    if (name === undefined || !ts.isPropertySignature(member)) return member;
    const head = heads.get(key!)!;
    if (MARKER.test(head)) movedMarker = true;
    declarations += `${leadingJsDoc(head, SCHEMA_START.length)}export type ${name} = ${rename(atTopLevel(found.get(key!)!))};\n`;
    return factory.createPropertySignature(undefined, member.name, undefined, factory.createTypeReferenceNode(name));
  });
  const reshaped = components && reshape(components.statement, components.at, kept);

  let usesMarkers = movedMarker;
  const printed = statements.map((statement) => {
    const text = print(statement === components?.statement ? reshaped! : statement);
    const name = ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement) ? statement.name.text : '';
    if (!usesMarkers && !HELPERS.has(name) && MARKER.test(text)) usesMarkers = true;
    return text;
  });
  return { text: rename(`${printed.join('\n')}\n`), declarations, declared: new Set(names.keys()), usesMarkers };
}

/** A type printed as a member of `components.schemas` (two levels in), indented as a declaration of its own. */
function atTopLevel(type: string): string {
  return type.replace(/\n {8}/g, '\n');
}

/** `components` with the members of `schemas` (its `at`th member) replaced. */
function reshape(components: TS.InterfaceDeclaration, at: number, members: readonly TS.TypeElement[]): TS.InterfaceDeclaration {
  const schemas = components.members[at] as TS.PropertySignature;
  const type = factory.updateTypeLiteralNode(schemas.type as TS.TypeLiteralNode, factory.createNodeArray(members));
  const updated = factory.updatePropertySignature(schemas, schemas.modifiers, schemas.name, schemas.questionToken, type);
  return factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    components.members.map((member, i) => (i === at ? updated : member)),
  );
}
