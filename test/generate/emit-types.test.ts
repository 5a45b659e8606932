/** The named exports of types.ts printed from ts-morph structures without a parse, and the value arrays without ts-morph: the same text as through a source file. */
import { readFileSync } from 'node:fs';
import { Project, StructureKind, VariableDeclarationKind, type VariableStatementStructure } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.js';
import { parseText } from '../../generator/openapi/document.js';
import { jsLiteral } from '../../generator/generate/escape.js';
import { printStatements, printValues } from '../../generator/generate/emit-types.js';

const statements: Parameters<typeof printStatements>[0] = [
  { kind: StructureKind.TypeAlias, name: 'Pet', type: 'components["schemas"]["Pet"]', isExported: true, docs: [{ description: 'A pet.\n\nSecond paragraph with `code`.' }] },
  { kind: StructureKind.TypeAlias, name: 'PetStatus', type: '(typeof PetStatusValues)[number]', isExported: true },
  {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'PetStatusValues', type: 'readonly ["a", "b"]', initializer: '["a", "b"] as const' }],
    docs: [{ description: 'Every value.' }],
  },
  { kind: StructureKind.TypeAlias, name: 'Empty', type: 'Record<string, never>', isExported: true, docs: [{ description: '*/ not closed early' }] },
];

describe('printStatements', () => {
  it('prints what createSourceFile would hold, without parsing it', () => {
    const direct = printStatements(statements);
    expect(direct).toBe(printStatements(statements, true));
    expect(direct).toContain('export type Pet = components["schemas"]["Pet"];');
  });

  it('finds the printer where this ts-morph keeps it (else every run pays for the parse)', () => {
    const factory = (new Project({ useInMemoryFileSystem: true }) as unknown as { _context: { structurePrinterFactory: { forSourceFile?: unknown } } })._context
      .structurePrinterFactory;
    expect(typeof factory.forSourceFile).toBe('function');
  });
});

/** A value array as enumValues writes it for types.js. */
const valueArray = (
  name: string,
  values: unknown[],
  description = `Every value {@link ${name.replace(/Values$/, '')}} may take, in the order the spec lists them.`,
): VariableStatementStructure => ({
  kind: StructureKind.VariableStatement,
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  declarations: [{ name, initializer: `${jsLiteral(values)} as const` }],
  docs: [{ description }],
});

/** Every enum of string and number values in `document`. */
function enumsOf(document: unknown): unknown[][] {
  const found: unknown[][] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const e = (node as { enum?: unknown }).enum;
    if (Array.isArray(e) && e.length > 0 && e.every((v) => typeof v === 'string' || typeof v === 'number')) found.push(e);
    for (const value of Object.values(node)) visit(value);
  };
  visit(document);
  return found;
}

describe('printValues', () => {
  it.each(CORPUS)('prints the value arrays of %s as ts-morph does', (file) => {
    const enums = enumsOf(parseText(readFileSync(file, 'utf8'), file));
    expect(enums.length).toBeGreaterThan(0);
    const statements = enums.map((values, i) => valueArray(`E${i}Values`, values));
    expect(printValues(statements)).toBe(printStatements(statements));
  });

  it('prints odd values and names as ts-morph does', () => {
    const statements = [
      valueArray('AValues', ['*/', '\n', '\u2028', '`${x}`', "'", '"', '\\', '']),
      valueArray('$_Values', [0, -1.5, 1e21, -0]),
      valueArray('BValues', ['x'], 'Trailing {@link B}, with punctuation: (a) [b] <c> & d.'),
    ];
    expect(printValues(statements)).toBe(printStatements(statements));
  });

  it('leaves to ts-morph what is not a one-line value array', () => {
    const odd: Array<[string, VariableStatementStructure]> = [
      ['a multi-line description', valueArray('AValues', ['a'], 'one\ntwo')],
      ['a description that would close the comment', valueArray('AValues', ['a'], 'a */ b')],
      ['a description with a backslash', valueArray('AValues', ['a'], 'a \\ b')],
      ['a description with outer spaces', valueArray('AValues', ['a'], ' padded ')],
      ['a declared type', { ...valueArray('AValues', ['a']), declarations: [{ name: 'AValues', type: 'readonly ["a"]', initializer: '["a"] as const' }] }],
      [
        'two declarations',
        {
          ...valueArray('AValues', ['a']),
          declarations: [
            { name: 'A', initializer: '1' },
            { name: 'B', initializer: '2' },
          ],
        },
      ],
      ['a declare keyword', { ...valueArray('AValues', ['a']), hasDeclareKeyword: true }],
      ['not exported', { ...valueArray('AValues', ['a']), isExported: false }],
      ['let', { ...valueArray('AValues', ['a']), declarationKind: VariableDeclarationKind.Let }],
      ['two docs', { ...valueArray('AValues', ['a']), docs: [{ description: 'one' }, { description: 'two' }] }],
      ['a doc with tags', { ...valueArray('AValues', ['a']), docs: [{ description: 'one', tags: [{ tagName: 'deprecated' }] }] }],
      ['a multi-line initializer', { ...valueArray('AValues', ['a']), declarations: [{ name: 'AValues', initializer: '[\n"a"]' }] }],
    ];
    for (const [what, statement] of odd) {
      const statements = [valueArray('ZValues', ['z']), statement];
      expect(printValues(statements), what).toBe(printStatements(statements));
    }
  });
});
