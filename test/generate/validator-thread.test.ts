/** Validators compiled on a worker thread: the same module, the same warnings and the same located errors as on the main thread. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuncspecError } from '../../generator/errors.js';
import { buildModel } from '../../generator/generate/build-model.js';
import { loadParsed } from '../../generator/generate/checks.js';
import { lintError, type LintVerdict } from '../../generator/generate/lint-verdict.js';
import type { LoadedDocument } from '../../generator/openapi/document.js';
import { emitValidatorCode } from '../../generator/generate/emit-validator-code.js';
import { emitValidatorDeclarations } from '../../generator/generate/emit-validator-declarations.js';
import { emitValidatorWrappers } from '../../generator/generate/emit-validator-wrappers.js';
import { transpileFileAsync } from '../../generator/generate/transpile.js';
import { startEarly, startValidatorCompilation, type EarlyThread } from '../../generator/generate/validator-thread.js';
import { parse as parseYaml } from 'yaml';
import { tempDir } from '../helpers/tmp.js';

const entry = new URL('../helpers/validator-worker.mjs', import.meta.url);

/** A document whose `Unused` component Ajv cannot compile (a backreference RE2 cannot run); `used` makes a body need it. */
function spec(used: boolean): string {
  const id = used ? "{$ref: '#/components/schemas/Unused'}" : '{type: string}';
  return `openapi: 3.1.0
info: {title: Things, version: '1'}
paths:
  /things:
    post:
      operationId: createThing
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}
components:
  schemas:
    Thing: {type: object, required: [id], properties: {id: ${id}, tags: {type: array, uniqueItems: true, items: {type: object}}}}
    Unused: {type: string, pattern: '(a)\\1'}
`;
}

const naming = { name: 't', reservedNames: [], clientName: 'Things' };

/** The spec with `Unused`'s pattern one Ajv compiles: no schema is left without a validator. */
const compilable = (): string => spec(false).replace("pattern: '(a)\\1'", () => "pattern: '^a+$'");

/** The model, and the validators compiling on a thread since the document was parsed. */
async function modelOf(used: boolean, text = spec(used)) {
  const file = join(tempDir('validator-thread-'), 'things.yaml');
  writeFileSync(file, text);
  const loaded = await loadParsed({ file });
  const compilation = startValidatorCompilation(loaded, naming, file, { entry });
  return { model: buildModel(loaded, naming.name, naming), compilation };
}

describe('validators on a worker thread', () => {
  it('writes the module the main thread writes, and locates what it skips', async () => {
    const { model, compilation } = await modelOf(false);
    const here = emitValidatorCode(model);
    const there = await compilation.start(model)();
    expect(there.code).toBe(here.code);
    expect(here.skipped.map((s) => s.typeNames)).toEqual([['Unused']]);
    expect(there.skipped.map((s) => [s.typeNames, s.error.format()])).toEqual(here.skipped.map((s) => [s.typeNames, s.error.format()]));
    expect(there.skipped[0]!.error.format()).toMatch(/things\.yaml:13:5: cannot compile a validator for Unused: /);
  });

  it('renders and compiles validators.ts as the main thread does, unless a schema was left without a validator', async () => {
    const { model, compilation: compiled } = await modelOf(false, compilable());
    const there = await compiled.start(model)();
    // The thread lints first, then takes validators.ts: by the time its verdict is here, the job is its.
    await compiled.lint!();
    const files = await there.wrappers?.();
    expect(files?.source).toBe(emitValidatorWrappers(model));
    expect(files?.rawDts).toBe(emitValidatorDeclarations(model));
    const here = new Map<string, string>();
    await transpileFileAsync('validators.ts', emitValidatorWrappers(model), () => '', here);
    expect(files?.js).toBe(here.get('validators.js'));
    expect(files?.dts).toBe(here.get('validators.d.ts'));
    // With `Unused` skipped, the list the thread was sent is not the module's: the main thread renders.
    const { model: skipping, compilation } = await modelOf(false);
    const skipped = await compilation.start(skipping)();
    await compilation.lint!();
    expect(await skipped.wrappers?.()).toBeUndefined();
  });

  it('leaves validators.ts to the main thread when the main thread asks for it while the thread lints', async () => {
    const { model, compilation } = await modelOf(false, compilable());
    const there = await compilation.start(model)();
    // The thread claims the lint before it answers; asked right after the answer, validators.ts is
    // still free (the thread is linting), so the main thread takes it and the thread makes none.
    expect(compilation.lintTaker!()).toBe('thread');
    expect(there.wrappers?.()).toBeUndefined();
    expect(await compilation.lint!()).toEqual({ problems: [] });
    // Asked again, the answer is the thread's message: none made there.
    expect(await there.wrappers?.()).toBeUndefined();
  });

  it('gives validators.ts to the main thread when it asks before the module is here, and the thread makes none', async () => {
    const { model, compilation } = await modelOf(false, compilable());
    const code = compilation.start(model);
    expect(compilation.takeWrappers!()).toBe(true);
    // Asked again (as `wrappers` does), the answer stands.
    expect(compilation.takeWrappers!()).toBe(true);
    const there = await code();
    expect(there.wrappers?.()).toBeUndefined();
    expect(await compilation.lint!()).toEqual({ problems: [] });
  });

  it('fails as the main thread fails, at the schema, when a body needs what Ajv cannot compile', async () => {
    const { model, compilation } = await modelOf(true);
    let here: unknown;
    try {
      emitValidatorCode(model);
    } catch (err) {
      here = err;
    }
    const there = await compilation
      .start(model)()
      .catch((err: unknown) => err);
    expect(here).toBeInstanceOf(FuncspecError);
    expect(there).toBeInstanceOf(FuncspecError);
    expect((there as FuncspecError).format()).toBe((here as FuncspecError).format());
    expect((there as FuncspecError).format()).toMatch(/things\.yaml:\d+:\d+: cannot compile a validator for/);
  });

  it("gives the main thread's module even when the thread models the document differently", async () => {
    const file = join(tempDir('validator-thread-'), 'things.yaml');
    writeFileSync(file, spec(false));
    // Told that `Thing` is taken, the thread names the schema's validator `ThingSchema`; the main thread does not.
    const loaded = await loadParsed({ file });
    const compilation = startValidatorCompilation(loaded, { ...naming, reservedNames: ['Thing'] }, file, { entry });
    const model = buildModel(loaded, naming.name, naming);
    expect(model.validators.map((v) => v.typeName)).toContain('Thing');
    // Sent late, the main thread's list finds the thread done with a list of its own (sent early, it is used as is).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const there = await compilation.start(model)();
    expect(there.code).toBe(emitValidatorCode(model).code);
  });

  it('stops when cancelled (a check failed): nothing answers, nothing keeps running; the lint falls to the main thread', async () => {
    const file = join(tempDir('validator-thread-'), 'things.yaml');
    writeFileSync(file, spec(false));
    const loaded = await loadParsed({ file });
    const compilation = startValidatorCompilation(loaded, naming, file, { entry });
    compilation.cancel();
    await expect(compilation.start(buildModel(loaded, naming.name, naming))()).rejects.toThrow(/stopped .* without an answer/);
    expect(compilation.lintTaker!()).toBeUndefined();
    expect(await compilation.lint!()).toEqual({ problems: [] });
    expect(compilation.lintTaker!()).toBe('main');
  });

  it('starts on a JSON text before it is parsed, and gives the module the main thread writes', async () => {
    const file = join(tempDir('validator-thread-'), 'things.json');
    writeFileSync(file, JSON.stringify(parseYaml(spec(false)), null, 1));
    let early: EarlyThread | undefined;
    const loaded = await loadParsed({ file }, (read) => (early = startEarly(read, file, entry)));
    expect(early).toBeDefined();
    const model = buildModel(loaded, naming.name, naming);
    const compilation = startValidatorCompilation(loaded, naming, file, { early, entry });
    expect(compilation.lint).toBeDefined();
    const there = await compilation.start(model)();
    expect(there.code).toBe(emitValidatorCode(model).code);
    expect(there.skipped.map((s) => s.error.format())).toEqual([expect.stringMatching(/things\.json:\d+:\d+: cannot compile a validator for Unused: /)]);
    compilation.cancel();
  });

  it('stops an early thread whose text turns out to be YAML (flow style), and compiles on a thread given the parsed document', async () => {
    const file = join(tempDir('validator-thread-'), 'things.yaml');
    // `{` opens the text, but it is YAML: JSON.parse refuses it, the YAML parser reads it.
    const flow = JSON.stringify(parseYaml(spec(false))).replace('"openapi":"3.1.0"', 'openapi: 3.1.0');
    writeFileSync(file, flow);
    let early: EarlyThread | undefined;
    const loaded = await loadParsed({ file }, (read) => (early = startEarly(read, file, entry)));
    expect(early).toBeDefined();
    expect(loaded.json).toBeUndefined();
    const model = buildModel(loaded, naming.name, naming);
    const compilation = startValidatorCompilation(loaded, naming, file, { early, entry });
    expect((await compilation.start(model)()).code).toBe(emitValidatorCode(model).code);
    compilation.cancel();
  });

  it('starts no early thread for YAML, nor (without a test entry) for a JSON text below the size that pays for one', async () => {
    expect(startEarly({ file: 'a.yaml', text: 'openapi: 3.1.0\n' }, 'a.yaml', entry)).toBeUndefined();
    expect(startEarly({ file: 'a.json', text: '{"openapi": "3.1.0"}' }, 'a.json')).toBeUndefined();
  });

  /** `info` without a version: Redocly's struct rule. */
  const invalid = async () => {
    const file = join(tempDir('validator-thread-'), 'things.yaml');
    writeFileSync(file, spec(false).replace("info: {title: Things, version: '1'}", 'info: {title: Things}'));
    const loaded = await loadParsed({ file });
    return { loaded, compilation: startValidatorCompilation(loaded, naming, file, { entry }) };
  };
  const expectInvalid = async (verdict: LintVerdict, loaded: LoadedDocument) => {
    expect(verdict).toEqual({ problems: [expect.objectContaining({ ruleId: 'struct', pointer: '/info' })] });
    const error = await lintError(verdict, loaded);
    expect(error?.format()).toMatch(/things\.yaml:2:1: not a valid OpenAPI document \(1 problem\):\n {2}\[struct\] The field `version` must be present on this level\./);
  };

  it('lints once its validators are compiled, when the main thread has not taken the lint by then', async () => {
    const { loaded, compilation } = await invalid();
    await compilation.start(buildModel(loaded, naming.name, naming))();
    for (let waited = 0; compilation.lintTaker!() === undefined && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(compilation.lintTaker!()).toBe('thread');
    await expectInvalid(await compilation.lint!(), loaded);
  });

  it('leaves the lint to the main thread when the main thread asks first', async () => {
    const { loaded, compilation } = await invalid();
    const verdict = compilation.lint!();
    expect(compilation.lintTaker!()).toBe('main');
    await expectInvalid(await verdict, loaded);
    compilation.cancel();
  });
});
