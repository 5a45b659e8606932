/** The validator thread's entry (validator-thread.ts starts it): model the job's document, compile its validators, answer once. */
import { parentPort, workerData } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { buildModel } from './build-model.js';
import { emitValidatorCode } from './emit-validator-code.js';
import type { SpecModel } from './model.js';
import { PointedError, type ValidatorAnswer, type ValidatorJob } from './validator-thread.js';

function answer({ file, data, naming }: ValidatorJob): ValidatorAnswer {
  // The thread has the document but not its text: `errorAt` keeps the pointer, the main thread locates it.
  const loaded: LoadedDocument = { file, text: '', data, locate: () => ({ line: 1, column: 1 }), errorAt: (pointer, message) => new PointedError(pointer, message) };
  let model: SpecModel;
  try {
    model = buildModel(loaded, naming.name, naming);
  } catch {
    // The main thread lints and models the same document and reports what is wrong with it.
    return { ok: false, unmodelled: true };
  }
  try {
    const { code, skipped } = emitValidatorCode(model);
    return {
      ok: true,
      typeNames: model.validators.map((v) => v.typeName),
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
