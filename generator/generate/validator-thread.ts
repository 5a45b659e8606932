/** Compiles a large document's validators on a worker thread, while the main thread renders its types. */
import { Worker } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { SpecModel } from './model.js';
import type { ValidatorCode } from './emit-validator-code.js';

/**
 * Below this many validators, starting a thread (and loading Ajv in it) costs more than the overlap
 * saves: FunctionGraph's 60 compile in a tenth of a second, GitHub's 4,140 take seconds.
 */
export const THREAD_THRESHOLD = 400;

/** What the thread needs of the model: data only (functions such as `source.errorAt` stay here). */
export type ValidatorJob = Pick<SpecModel, 'validators' | 'document' | 'openapiVersion' | 'origin'>;

/** What the thread answers: a compile failure travels as the pointer and message `errorAt` needs. */
export type ValidatorAnswer =
  { ok: true; code: string; skipped: Array<{ typeNames: string[]; pointer: string; message: string }> } | { ok: false; pointer?: string; message: string };

/**
 * The validators module of `model`, to be awaited after the types are rendered: compiled on a worker
 * thread for a large document when this module runs as JavaScript (as installed), else compiled here
 * when awaited. The thread's entry is validator-worker.js beside this file; `entry` replaces it (a
 * test runs the TypeScript source through a loader).
 */
export function startValidatorCode(model: SpecModel, entry?: URL): () => Promise<ValidatorCode> {
  const compiled = import.meta.url.endsWith('.js');
  if (entry === undefined && (!compiled || model.validators.length < THREAD_THRESHOLD)) {
    return () => import('./emit-validator-code.js').then(({ emitValidatorCode }) => emitValidatorCode(model));
  }
  const job: ValidatorJob = { validators: model.validators, document: model.document, openapiVersion: model.openapiVersion, origin: model.origin };
  const answer = new Promise<ValidatorCode>((resolve, reject) => {
    const worker = new Worker(entry ?? new URL('./validator-worker.js', import.meta.url), { workerData: job });
    let answered = false;
    worker.once('message', (reply: ValidatorAnswer) => {
      answered = true;
      if (reply.ok) {
        const skipped = reply.skipped.map(({ typeNames, pointer, message }) => ({ typeNames, error: model.source.errorAt(pointer, message) }));
        resolve({ code: reply.code, skipped });
      } else {
        reject(reply.pointer === undefined ? new Error(reply.message) : model.source.errorAt(reply.pointer, reply.message));
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the validator thread stopped (exit code ${code}) without an answer`));
    });
  });
  // A failure is the awaiting caller's to report; until it awaits, it must not count as unhandled.
  answer.catch(() => undefined);
  return () => answer;
}

/** The error `errorAt` gives on the thread: a FuncspecError that remembers its pointer for the trip back. */
export class PointedError extends FuncspecError {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}
