/** transpile.ts: JavaScript and declarations from one parse per file, and a located funcspec-bug error when a file cannot be compiled alone. */
import { describe, expect, it } from 'vitest';
import { layout, transpilePackage } from '../../generator/generate/transpile.js';

const describeFile = (file: string): string => `(describing ${file})`;

describe('transpilePackage', () => {
  it('writes .js and .d.ts for each .ts file, leaves .d.ts sources alone, and skips files compiled already', () => {
    const files = new Map([
      ['a/types.ts', 'export type A = { x: number };\nexport const AValues: readonly ["a", "b"] = ["a", "b"] as const;\n'],
      ['a/raw.d.ts', 'export declare const raw: number;\n'],
      ['b/done.ts', 'export const y: number = 1;\n'],
    ]);
    const done = new Map([
      ['b/done.js', '// compiled before\n'],
      ['b/done.d.ts', '// declared before\n'],
    ]);
    const out = transpilePackage(files, describeFile, done);
    expect([...out.keys()]).toEqual(['a/types.d.ts', 'a/types.js', 'b/done.d.ts', 'b/done.js']);
    expect(out.get('a/types.js')).toContain('export const AValues = ["a", "b"];');
    expect(out.get('a/types.d.ts')).toContain('export type A = {');
    expect(out.get('a/types.d.ts')).toContain('export declare const AValues: readonly ["a", "b"];');
    expect(out.get('b/done.js')).toBe('// compiled before\n');
  });

  it('refuses, as a funcspec bug naming the file, an export whose type needs a checker', () => {
    const files = new Map([['a/client.ts', 'export const x = [1].map((v) => v);\n']]);
    expect(() => transpilePackage(files, describeFile)).toThrow(/cannot compile a\/client\.ts on its own \(TS9010: .*\)\. \(describing a\/client\.ts\)/);
  });
});

describe('layout', () => {
  it('indents with four spaces and aligns doc comments as TypeScript does', () => {
    const code = '/**\n* A.\n*/\nexport class A {\n\t/**\n\t* b.\n\t*/\n\tb() {\n\t\treturn 1 * 2;\n\t}\n}\n/** one line */\n* not a doc line\n';
    expect(layout(code)).toBe('/**\n * A.\n */\nexport class A {\n    /**\n     * b.\n     */\n    b() {\n        return 1 * 2;\n    }\n}\n/** one line */\n* not a doc line\n');
  });
});
