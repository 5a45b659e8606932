/** The validator thread's entry (validator-thread.ts starts it): compile the job's validators, answer once. */
import { parentPort, workerData } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import { emitValidatorCode } from './emit-validator-code.js';
import type { SpecModel } from './model.js';
import { PointedError, type ValidatorAnswer, type ValidatorJob } from './validator-thread.js';

function answer(job: ValidatorJob): ValidatorAnswer {
  // The thread has the document but not its text: `errorAt` keeps the pointer, the main thread locates it.
  const source: SpecModel['source'] = { errorAt: (pointer, message) => new PointedError(pointer, message), locate: () => ({ line: 1, column: 1 }) };
  try {
    const { code, skipped } = emitValidatorCode({ ...job, source } as SpecModel);
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

parentPort?.postMessage(answer(workerData as ValidatorJob));
