/** The validator thread's entry (validator-thread.ts starts it): set Ajv up for the document, then compile the validators the main thread lists, answer once. */
import { parentPort, workerData } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import { openapiVersionOf } from './build-model.js';
import { emitValidatorCode, prepareValidators, type ValidatorModelView, type ValidatorSetup } from './emit-validator-code.js';
import { PointedError, type ValidatorAnswer, type ValidatorJob, type ValidatorList } from './validator-thread.js';

const { data } = workerData as ValidatorJob;
const openapiVersion = openapiVersionOf(data);
let setup: ValidatorSetup | undefined;
try {
  setup = prepareValidators(data, openapiVersion);
} catch {
  // Left to the compile below, which sets up again and reports the failure where it belongs.
}

function answer({ validators, origin }: ValidatorList): ValidatorAnswer {
  // The thread has the document but not its text: `errorAt` keeps the pointer, the main thread locates it.
  const source: ValidatorModelView['source'] = { errorAt: (pointer, message) => new PointedError(pointer, message), locate: () => ({ line: 1, column: 1 }) };
  try {
    const { code, skipped } = emitValidatorCode({ validators, origin, document: data as ValidatorModelView['document'], openapiVersion, source }, setup);
    return {
      ok: true,
      code,
      skipped: skipped.map(({ typeNames, error }) => ({ typeNames, pointer: error instanceof PointedError ? error.pointer : '', message: error.message })),
    };
  } catch (err) {
    if (err instanceof PointedError) return { ok: false, pointer: err.pointer, message: err.message };
    if (err instanceof FuncspecError) return { ok: false, pointer: '', message: err.message };
    return { ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

parentPort?.once('message', (list: ValidatorList) => parentPort?.postMessage(answer(list)));
