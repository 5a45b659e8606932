/** Ajv's optimiser with funcspec's linear name count writes exactly the code it writes with its own. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/generate/build-model.js';
import { loadChecked } from '../../generator/generate/checks.js';
import { emitValidatorCode } from '../../generator/generate/emit-validator-code.js';
import { parentNodePrototype, useLinearNames, withAjvNames } from '../../generator/openapi/ajv-linear-names.js';

const examples = join(dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json')), '3.1/json');
const getterName = (): string | undefined => Object.getOwnPropertyDescriptor(parentNodePrototype(), 'names')?.get?.name;

describe("Ajv's name count", () => {
  it('is swapped for the linear one, and back inside withAjvNames', () => {
    useLinearNames();
    expect(getterName()).toBe('linearNames');
    expect(withAjvNames(getterName)).not.toBe('linearNames');
    expect(getterName()).toBe('linearNames');
  });

  // Nested objects, arrays, oneOf/anyOf and conditionals: the constructs whose blocks nest.
  it.each([
    'spec/huaweicloud/functiongraph-v2.yaml',
    'spec/aliyun/fc-2021-04-06.yaml',
    join(examples, 'schema-types.json'),
    join(examples, 'webhooks.json'),
    join(examples, 'train-travel.json'),
  ])('gives the same validators for %s', async (file) => {
    const model = buildModel(await loadChecked({ file }), 'x', { clientName: 'X' });
    const linear = emitValidatorCode(model).code;
    const ajvs = withAjvNames(() => emitValidatorCode(model).code);
    expect(linear.length).toBeGreaterThan(1000);
    expect(linear).toBe(ajvs);
  });
});
