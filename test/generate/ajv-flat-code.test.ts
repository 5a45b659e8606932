/** Ajv's code flattened as it is printed (ajv-flat-code.ts) is the code Ajv prints. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/generate/build-model.js';
import { loadChecked } from '../../generator/generate/checks.js';
import { emitValidatorCode } from '../../generator/generate/emit-validator-code.js';
import { printName, useFlatCode, withAjvPrint } from '../../generator/openapi/ajv-flat-code.js';

const examples = join(dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json')), '3.1/json');

describe("Ajv's printing", () => {
  it('is swapped for the flattening one, and back inside withAjvPrint', () => {
    useFlatCode();
    expect(printName()).toBe('flatCode');
    expect(withAjvPrint(printName)).not.toBe('flatCode');
    expect(printName()).toBe('flatCode');
  });

  it.each(['spec/huaweicloud/functiongraph-v2.yaml', 'spec/aliyun/fc-2021-04-06.yaml', join(examples, 'webhooks.json'), join(examples, 'train-travel.json')])(
    'gives the same validators for %s',
    async (file) => {
      const model = buildModel(await loadChecked({ file }), 'x', { clientName: 'X' });
      const flat = emitValidatorCode(model).code;
      const ajvs = withAjvPrint(() => emitValidatorCode(model).code);
      expect(flat.length).toBeGreaterThan(1000);
      expect(flat).toBe(ajvs);
    },
  );
});
