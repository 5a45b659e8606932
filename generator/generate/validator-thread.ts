/** Compiles a large document's validators on a worker thread, from as soon as it is parsed, while the main thread lints it and renders its types. */
import { Worker } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { isObj } from '../openapi/json.js';
import type { SpecModel } from './model.js';
import type { ValidatorCode } from './emit-validator-code.js';

/**
 * Below this many component schemas, starting a thread (and loading Ajv and copying the document
 * into it) costs more than the overlap saves: FunctionGraph's validators compile in a tenth of a
 * second, GitHub's 4,140 (from some 900 component schemas) in seconds.
 */
export const THREAD_THRESHOLD = 300;

/** The options `buildModel` gets on the main thread that decide names (validators are named after types). */
export interface ModelNaming {
  name: string;
  reservedNames: string[];
  clientName: string;
  source?: string;
}

/** What the thread is sent: the parsed document (not yet linted) and how the main thread will model it. */
export interface ValidatorJob {
  file: string;
  data: unknown;
  naming: ModelNaming;
}

/** What the thread answers: a compile failure travels as the pointer and message `errorAt` needs. */
export type ValidatorAnswer =
  | { ok: true; typeNames: string[]; code: string; skipped: Array<{ typeNames: string[]; pointer: string; message: string }> }
  | { ok: false; pointer?: string; message: string }
  // The thread could not model the document: the main thread's own modelling says why, or compiles here.
  | { ok: false; unmodelled: true };

/** The validators module of one spec, being compiled (or to be compiled) for the model the main thread builds. */
export interface ValidatorCompilation {
  /** The module for `model`, which must be the model of the document the compilation started from. */
  result(model: SpecModel): Promise<ValidatorCode>;
  /** Stop the thread (the document failed a check, or generate stopped): idempotent. */
  cancel(): void;
}

function compileHere(model: SpecModel): Promise<ValidatorCode> {
  return import('./emit-validator-code.js').then(({ emitValidatorCode }) => emitValidatorCode(model));
}

const HERE: ValidatorCompilation = { result: compileHere, cancel: () => undefined };

function componentSchemaCount(data: unknown): number {
  const components = isObj(data) && isObj(data.components) ? data.components : {};
  return isObj(components.schemas) ? Object.keys(components.schemas).length : 0;
}

/**
 * Start compiling the validators of `parsed`: on a worker thread for a large document when this
 * module runs as JavaScript (as installed), otherwise on this thread when the result is asked for.
 * The thread's entry is validator-worker.js beside this file; `entry` replaces it (a test runs the
 * TypeScript source through a loader).
 */
export function startValidatorCompilation(parsed: LoadedDocument, naming: ModelNaming, entry?: URL): ValidatorCompilation {
  const compiled = import.meta.url.endsWith('.js');
  if (entry === undefined && (!compiled || componentSchemaCount(parsed.data) < THREAD_THRESHOLD)) return HERE;
  const job: ValidatorJob = { file: parsed.file, data: parsed.data, naming };
  const worker = new Worker(entry ?? new URL('./validator-worker.js', import.meta.url), { workerData: job });
  // A run that fails elsewhere exits without waiting for the thread.
  worker.unref();
  const answer = new Promise<ValidatorAnswer>((resolve, reject) => {
    let answered = false;
    worker.once('message', (reply: ValidatorAnswer) => {
      answered = true;
      resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the validator thread stopped (exit code ${code}) without an answer`));
    });
  });
  // A failure is the caller's to report when it asks for the result; until then it is not unhandled.
  answer.catch(() => undefined);
  return {
    async result(model) {
      const reply = await answer;
      if ('unmodelled' in reply) return compileHere(model);
      if (!reply.ok) throw reply.pointer === undefined ? new Error(reply.message) : model.source.errorAt(reply.pointer, reply.message);
      const expected = model.validators.map((v) => v.typeName);
      if (reply.typeNames.join('\n') !== expected.join('\n')) throw new Error('the validator thread modelled the document differently from the main thread');
      return { code: reply.code, skipped: reply.skipped.map(({ typeNames, pointer, message }) => ({ typeNames, error: model.source.errorAt(pointer, message) })) };
    },
    cancel: () => void worker.terminate(),
  };
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
