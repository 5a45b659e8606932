/** The named exports of types.ts printed from ts-morph structures without a parse: the same text as through a source file. */
import { Project, StructureKind, VariableDeclarationKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { printStatements } from '../../generator/generate/emit-types.js';

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
