/**
 * Hostile documents (issue "Safe with a stranger's input", section 3): YAML alias bombs and alias
 * cycles, duplicate keys, absurd nesting, 50 MB files. Each ends in one located error from every
 * command that reads specs (check-spec and mock here; generate, diff and drift read through the same
 * `parseText`), quickly and without a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectLocated, runFuncspec, spec, startMock, workDir } from './spec-support.js';

const { write } = workDir();

const paths = `  /things:
    post:
      operationId: PostThing
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}, example: {id: a}}}}
      responses: {'204': {description: done}}`;

/** check-spec in process, mock in a child process: both must refuse `file` with `message`, located. */
async function expectRefusedEverywhere(file: string, message: RegExp): Promise<void> {
  expectLocated(await runCli(['check-spec', file]), file, message);
  const mock = await startMock(file);
  await mock.stop();
  expect(mock.url).toBeUndefined();
  expectLocated(mock.exited!, file, message);
}

describe('documents that would exhaust the reader are refused where the problem is written', () => {
  it('a YAML alias bomb (billion laughs)', async () => {
    // Before: yaml's alias guard threw a ReferenceError ("Excessive alias count") through every command: a stack trace.
    let bomb = `  schemas:\n    Thing: {type: object}\nx-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
    for (let i = 1; i < 9; i++)
      bomb += `x-lol${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    const file = write('bomb.yaml', spec({ paths, components: bomb }));
    await expectRefusedEverywhere(file, /YAML aliases expand to too many values/);
  });

  it('a YAML alias inside its own anchor (an infinitely deep document)', async () => {
    // Before: parsed into a circular object; the first recursive walker (Ajv set-up, Redocly) overflowed the stack.
    const file = write('cycle.yaml', spec({ paths, components: `  schemas:\n    Thing: &thing\n      type: object\n      x-again: *thing` }));
    const line = expectLocated(await runCli(['check-spec', file]), file, /YAML alias refers to a mapping or sequence that contains it/);
    expect(line).toMatch(/cycle\.yaml:13:\d+: /); // at `x-again`
  });

  it('a duplicate key in a JSON document (JSON.parse keeps the last silently)', async () => {
    // Before: the JSON fast path kept `"type": "string"` and dropped `"object"` without a word; check-spec passed.
    const text = `{
  "openapi": "3.1.0",
  "info": {"title": "Dup", "version": "1"},
  "paths": {},
  "components": {"schemas": {"Thing": {
    "type": "object",
    "type": "string"
  }}}
}
`;
    const file = write('dup.json', text);
    const line = expectLocated(await runCli(['check-spec', file]), file, /duplicate key "type"/);
    expect(line).toContain('dup.json:7:5: ');
    const diff = await runCli(['diff', file, file]);
    expect(diff.code).toBe(2); // diff's contract: 2 for invalid input
    expect(diff.stderr).toContain('dup.json:7:5: duplicate key "type"');
  });

  it('nesting 100 000 levels deep, in JSON and in YAML', async () => {
    // Before: JSON.parse coped, then the first recursive walker overflowed the stack (a RangeError with its trace);
    // the YAML parser reported "Maximum call stack size exceeded" as a syntax error.
    const deep = (open: string, close: string): string => open.repeat(100_000) + close.repeat(100_000);
    const json = write('deep.json', `{"openapi": "3.1.0", "info": {"title": "D", "version": "1"}, "paths": {}, "x-deep": ${deep('[', ']')}}`);
    await expectRefusedEverywhere(json, /nested more than 98 levels deep/);
    const yaml = write('deep.yaml', `openapi: 3.1.0\ninfo: {title: D, version: '1'}\npaths: {}\nx-deep: ${deep('[', ']')}\n`);
    expectLocated(await runCli(['check-spec', yaml]), yaml, /nested more than 98 levels deep/);
  });

  it('a schema nested 500 levels deep', async () => {
    // Before: check-spec and mock read it in full (Redocly, Ajv and the walkers recursing 1000+ levels), no bound at all.
    let schema = '{type: string}';
    for (let i = 0; i < 500; i++) schema = `{type: object, properties: {a: ${schema}}}`;
    const file = write('deep-schema.yaml', spec({ paths, components: `  schemas:\n    Thing: ${schema}` }));
    await expectRefusedEverywhere(file, /nested more than 98 levels deep/);
  });

  it('a 50 MB document is refused before it is read', { timeout: 120_000 }, async () => {
    // Before: read and parsed in full (the YAML parser takes ~2 s and ~50 MB of heap per MB: a minute and gigabytes).
    const line = `  - ${'lorem ipsum '.repeat(8)}\n`;
    const file = write('huge.yaml', spec({ paths: '  {}', components: `  schemas: {}\nx-padding:\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}` }));
    const check = await runFuncspec(['check-spec', file], 60_000);
    expectLocated(check, file, /the document is 50\.0 MB; funcspec reads documents up to 32\.0 MB/);
    const diff = await runCli(['diff', file, file]);
    expect(diff.stderr).toMatch(/huge\.yaml:1:1: the document is 50\.0 MB/);
  });
});
