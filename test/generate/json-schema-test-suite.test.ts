/**
 * The JSON Schema Test Suite (draft 2020-12) through generate's steps, against Ajv2020 used directly
 * with the same options: every group funcspec can place in one document must generate, and the
 * generated validator must give Ajv's verdict on every test.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpecAjv, guardValidator } from '../../generator/openapi/ajv.js';
import { buildModel } from '../../generator/generate/build-model.js';
import { loadChecked } from '../../generator/generate/checks.js';
import { emitValidatorCode } from '../../generator/generate/emit-validator-code.js';
import { collectFormats } from '../../generator/generate/json-schema.js';
import { tempDir } from '../helpers/tmp.js';
import { skipReason, suiteGroups, wrapAsOpenApi, type SuiteGroup } from '../helpers/json-schema-suite.js';

/** Groups that generate today; the count may rise, never fall. */
const GENERATED_FLOOR = 385;

interface Outcome {
  group: SuiteGroup;
  skipped?: string;
  /** Direct Ajv's verdict per test; undefined where Ajv could not compile the schema. */
  direct?: boolean[];
  /** The generated validator's verdict per test; undefined where generate refused the document. */
  generated?: boolean[];
  refused?: string;
}

const dir = tempDir('funcspec-suite-');
// The generated modules import ajv, ajv-formats and re2js by name, as the package would.
symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
mkdirSync(join(dir, 'm'));

/** Ajv2020 as generate sets it up (strict off for arbitrary input, unknown formats as annotations), on the schema as written. */
function directVerdicts(group: SuiteGroup): boolean[] | undefined {
  try {
    const ajv = createSpecAjv(group.schema, { strict: false, logger: false });
    for (const f of collectFormats(group.schema)) if (!ajv.formats[f]) ajv.addFormat(f, true);
    const validate = guardValidator(ajv.compile(group.schema as object));
    return group.tests.map((t) => validate(t.data));
  } catch {
    return undefined;
  }
}

async function generatedVerdicts(group: SuiteGroup, n: number): Promise<boolean[]> {
  const loaded = await loadChecked({ file: `${group.file}#${group.index}.json`, input: { text: wrapAsOpenApi(group), absolute: `${group.file}#${group.index}.json` } });
  const model = buildModel(loaded, 'suite');
  const { code } = emitValidatorCode(model);
  const file = join(dir, 'm', `g${n}.mjs`);
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as Record<string, (data: unknown) => boolean>;
  const target = model.validators.find((v) => v.role === 'request')!;
  const validate = module[target.typeName];
  if (typeof validate !== 'function') throw new Error(`no export ${target.typeName}`);
  return group.tests.map((t) => validate(t.data));
}

const outcomes: Outcome[] = [];
const ran = (): Outcome[] => outcomes.filter((o) => !o.skipped);
const label = (o: Outcome): string => `${o.group.file}#${o.group.index} (${o.group.description})`;

beforeAll(async () => {
  let n = 0;
  for (const group of suiteGroups()) {
    const skipped = skipReason(group);
    if (skipped !== undefined) {
      outcomes.push({ group, skipped });
      continue;
    }
    const outcome: Outcome = { group };
    const direct = directVerdicts(group);
    if (direct) outcome.direct = direct;
    try {
      outcome.generated = await generatedVerdicts(group, n++);
    } catch (err) {
      outcome.refused = (err as Error).message.split('\n').slice(0, 3).join(' ');
    }
    outcomes.push(outcome);
  }
  const total = ran().reduce((s, o) => s + o.group.tests.length, 0);
  const passed = (pick: (o: Outcome) => boolean[] | undefined): number => ran().reduce((s, o) => s + (pick(o)?.filter((v, i) => v === o.group.tests[i]!.valid).length ?? 0), 0);
  const pct = (k: number): string => `${((100 * k) / total).toFixed(1)}%`;
  // The measurement itself, for the record: a refused group counts as failing all its tests.
  console.log(
    `JSON Schema Test Suite, draft 2020-12: ${ran().length} groups run (${outcomes.length - ran().length} skipped), ${total} tests; ` +
      `passed through generate ${pct(passed((o) => o.generated))}, by Ajv2020 directly ${pct(passed((o) => o.direct))}; ` +
      `${ran().filter((o) => o.generated).length} groups generate`,
  );
  for (const o of ran().filter((x) => x.refused)) console.log(`  refused ${label(o)}: ${o.refused}`);
}, 120_000);

describe('JSON Schema Test Suite, draft 2020-12, through generate', () => {
  it('skips only groups that need $id-based or remote resolution', () => {
    const reasons = new Set(outcomes.flatMap((o) => (o.skipped ? [o.skipped] : [])));
    expect([...reasons].sort()).toEqual(['$id-based resolution', 'remote resolution']);
    // Boolean schemas, `dependencies`, unknown keywords and local `$ref`s beside other keywords are all run.
    for (const file of ['boolean_schema.json', 'optional/dependencies-compatibility.json', 'optional/refOfUnknownKeyword.json', 'ref.json']) {
      expect(ran().some((o) => o.group.file === file)).toBe(true);
    }
  });

  it('generates every group that Ajv itself can compile', () => {
    const refused = ran()
      .filter((o) => o.refused && o.direct)
      .map((o) => `${label(o)}: ${o.refused}`);
    expect(refused).toEqual([]);
    // What neither compiles: `\p{digit}`, a Unicode property name RE2 does not know (no backtracking engine stands in).
    const neither = ran().filter((o) => o.refused);
    expect(neither.map(label)).toEqual([
      'optional/ecmascript-regex.json#14 (pattern with non-ASCII digits)',
      'optional/ecmascript-regex.json#19 (patternProperties with non-ASCII digits)',
    ]);
    for (const o of neither) expect(o.refused).toMatch(/cannot be matched in linear time \(RE2: invalid character class range/);
    expect(ran().filter((o) => o.generated).length).toBeGreaterThanOrEqual(GENERATED_FLOOR);
  });

  it("gives Ajv's verdict on every test, and the suite's where Ajv cannot compile the schema", () => {
    const disagree = ran().flatMap((o) =>
      (o.generated ?? []).flatMap((v, i) => {
        const expected = o.direct ? o.direct[i] : o.group.tests[i]!.valid;
        return v === expected ? [] : [`${label(o)} / ${o.group.tests[i]!.description}: ${v}`];
      }),
    );
    expect(disagree).toEqual([]);
    // The one schema generate reads better than Ajv: `enum: []`, which Ajv refuses, rejects every value.
    expect(
      ran()
        .filter((o) => o.generated && !o.direct)
        .map(label),
    ).toEqual(['enum.json#14 (empty enum)']);
  });
});
