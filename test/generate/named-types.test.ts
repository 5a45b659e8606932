/** types.ts as an editor shows it: named types in hover text, no errata ids, `$defs` that compile, and GitHub's size. */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../generator/openapi/document.js';
import { buildModel } from '../../generator/generate/build-model.js';
import { emitClient } from '../../generator/generate/emit-client.js';
import { emitTypes } from '../../generator/generate/emit-types.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();

async function typesOf(file: string): Promise<{ types: string; client: string }> {
  const model = buildModel(await loadDocument(file), 'api');
  return { types: (await emitTypes(model)).source(), client: emitClient(model) };
}

/** A language service over in-memory files (types.ts and a user's file), under the strict flags. */
function service(files: Record<string, string>): ts.LanguageService {
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => Object.keys(files),
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = files[name] ?? (ts.sys.fileExists(name) ? ts.sys.readFile(name) : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name in files || ts.sys.fileExists(name),
    readFile: (name) => files[name] ?? ts.sys.readFile(name),
  };
  return ts.createLanguageService(host);
}

function errors(ls: ts.LanguageService, file: string): string[] {
  return [...ls.getSyntacticDiagnostics(file), ...ls.getSemanticDiagnostics(file)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function hover(ls: ts.LanguageService, file: string, text: string, at: string): string {
  const info = ls.getQuickInfoAtPosition(file, text.indexOf(at));
  return ts.displayPartsToString(info?.displayParts);
}

describe('the named types of FunctionGraph', () => {
  it('show names in hover text, and components["schemas"] still names the same types', async () => {
    const { types } = await typesOf('spec/huaweicloud/functiongraph-v2.yaml');
    const user = [
      `import type { components, CreateFunctionRequestBody, FuncVpc, Runtime, CreateFunctionResponse200 } from './types.js';`,
      `declare const body: CreateFunctionRequestBody;`,
      `export const vpc = body.func_vpc;`,
      `export const runtime = body.runtime;`,
      `export const same: FuncVpc = {} as components["schemas"]["FuncVpc"];`,
      `export const back: components["schemas"]["CreateFunctionRequestBody"] = body;`,
      `export const rt: Runtime = 'Python3.9';`,
      `declare const created: CreateFunctionResponse200;`,
      `export const urn = created.func_urn;`,
    ].join('\n');
    const ls = service({ '/types.ts': types, '/user.ts': user });
    expect(errors(ls, '/types.ts')).toEqual([]);
    expect(errors(ls, '/user.ts')).toEqual([]);

    const declaration = hover(ls, '/types.ts', types, 'CreateFunctionRequestBody = {');
    expect(declaration).toMatch(/func_vpc\?: FuncVpc/);
    expect(declaration).toMatch(/runtime: Runtime;/);
    expect(declaration).not.toContain('components["schemas"]');

    const checker = ls.getProgram()!.getTypeChecker();
    const source = ls.getProgram()!.getSourceFile('/user.ts')!;
    const typeOf = (name: string): string => {
      const statement = source.statements.find((s) => ts.isVariableStatement(s) && s.declarationList.declarations[0]!.name.getText(source) === name) as ts.VariableStatement;
      return checker.typeToString(checker.getTypeAtLocation(statement.declarationList.declarations[0]!.name));
    };
    expect(typeOf('vpc')).toBe('FuncVpc | undefined');
    expect(typeOf('runtime')).toBe('Runtime');
    expect(hover(ls, '/user.ts', user, 'vpc =')).toContain('FuncVpc | undefined');
  }, 60_000);

  it('carries the API in its JSDoc, not the errata register', async () => {
    const { types, client } = await typesOf('spec/huaweicloud/functiongraph-v2.yaml');
    expect(types).toContain('At most 128 characters.');
    for (const text of [types, client]) expect(text).not.toMatch(/\b(?:fg|fc)-\d{3}\b|see errata/);
  }, 60_000);
});

describe('a schema that refers into its own $defs', () => {
  it('compiles, with the definition as a type of its own and no `$defs` member', async () => {
    const file = join(dir, 'defs.yaml');
    writeFileSync(
      file,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Defs', version: '1' },
        paths: {
          '/tree': {
            post: {
              operationId: 'PostTree',
              requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Tree' } } } },
              responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Tree' } } } } },
            },
          },
        },
        components: {
          schemas: {
            Tree: {
              type: 'object',
              allOf: [{ $ref: '#/components/schemas/Tree/$defs/node' }, { type: 'object', properties: { extra: { type: 'string' } } }],
              $defs: { node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Tree/$defs/node' } } } } },
            },
          },
        },
      }),
    );
    const { types } = await typesOf(file);
    const user = [
      `import type { Tree } from './types.js';`,
      `export const tree: Tree = { extra: 'x', name: 'root', children: [{ name: 'leaf', children: [] }] };`,
      `// @ts-expect-error a tree has no $defs member`,
      `export const defs = tree.$defs;`,
    ].join('\n');
    const ls = service({ '/types.ts': types, '/user.ts': user });
    expect(errors(ls, '/types.ts')).toEqual([]);
    expect(errors(ls, '/user.ts')).toEqual([]);
  }, 60_000);
});

describe("named types on GitHub's REST description", () => {
  it('declares schemas by name and references them by name, at 9 MB', async () => {
    const file = relative(process.cwd(), createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'));
    const { types } = await typesOf(file);
    const full = types.slice(types.indexOf('export type FullRepository = {'));
    expect(full.slice(0, full.indexOf('\n};'))).toMatch(/\n\s+owner: SimpleUser;/);
    expect(types).not.toMatch(/components\["schemas"\]\["full-repository"\]/);
  }, 300_000);
});
