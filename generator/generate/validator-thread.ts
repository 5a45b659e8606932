/**
 * Compiles a large document's validators on a worker thread from as soon as it is parsed, while the
 * main thread models it and renders its types and client; whichever thread is free first lints it.
 */
import { Worker } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { isObj } from '../openapi/json.js';
import { lintProblems, type LintVerdict } from './lint-verdict.js';
import type { SpecModel } from './model.js';
import type { ValidatorCode } from './emit-validator-code.js';

/**
 * Below this many component schemas, starting a thread (and loading Ajv and copying the document
 * into it) costs more than the overlap saves: FunctionGraph's validators compile in a tenth of a
 * second, GitHub's 4,140 (from some 900 component schemas) in seconds.
 */
export const THREAD_THRESHOLD = 300;

/** The options of the main thread's `buildModel` that decide the names of types, and so of validators. */
export interface ModelNaming {
  name: string;
  reservedNames: string[];
  clientName: string;
  source?: string;
}

/** What the thread is sent first: the parsed document (not yet linted), its file and text, the name Redocly reports it under, and how it will be modelled. */
export interface ValidatorJob {
  file: string;
  text: string;
  lintLabel: string;
  /** The parsed document; undefined when the text is JSON, which the thread parses faster than it would receive a copy. */
  data?: unknown;
  naming: ModelNaming;
  /** Who lints: LINT_FREE until a thread takes it with `claimLint`. */
  lintClaim: Int32Array;
}

const LINT_FREE = 0;
/** Who lints the document, for `claimLint`. */
export const LINT_BY = { main: 1, thread: 2 } as const;

/** Take the lint for `who` unless the other thread has: true if `who` lints. */
export function claimLint(claim: Int32Array, who: (typeof LINT_BY)[keyof typeof LINT_BY]): boolean {
  return Atomics.compareExchange(claim, 0, LINT_FREE, who) === LINT_FREE;
}

/** Every message the thread sends: the lint's verdict first, then (if the document passed) the validators. */
export type WorkerMessage = { lint: LintVerdict } | { validators: ValidatorAnswer };

/** What it is sent once the main thread has modelled the document: which validators, and the source's name. */
export type ValidatorList = Pick<SpecModel, 'validators' | 'origin'>;

/** What the thread answers: a compile failure travels as the pointer and message `errorAt` needs. */
export type ValidatorAnswer =
  // The code as UTF-8 bytes: their buffer is handed over rather than copied (14 MB on GitHub's description).
  | { ok: true; code: Uint8Array; skipped: Array<{ typeNames: string[]; pointer: string; message: string }> }
  | { ok: false; pointer?: string; message: string }
  // The thread compiled for a list of its own that is not the main thread's: the main thread compiles.
  | { ok: false; mismatch: true };

/** The validators module of one spec, being set up (or to be compiled) for the model the main thread builds. */
export interface ValidatorCompilation {
  /**
   * The lint's verdict, for a document that has a thread: on this thread if the thread has not taken
   * the lint yet (it takes it once its validators are compiled), else the thread's. The main thread
   * must not return or report anything else before it has it. Undefined: the caller lints.
   */
  lint?: () => Promise<LintVerdict>;
  /** Which thread has taken the lint so far, if either has (the tests follow the hand-over with it). */
  lintTaker?: () => 'main' | 'thread' | undefined;
  /** Start compiling `model`'s validators (the model of the document the compilation started from); await the module later. */
  start(model: SpecModel): () => Promise<ValidatorCode>;
  /** Stop the thread (the document failed a check, or generate stopped): idempotent. */
  cancel(): void;
}

function compileHere(model: SpecModel): Promise<ValidatorCode> {
  return import('./emit-validator-code.js').then(({ emitValidatorCode }) => emitValidatorCode(model));
}

// On this thread, the compile waits until the module is asked for (after the types).
const HERE: ValidatorCompilation = { start: (model) => () => compileHere(model), cancel: () => undefined };

function componentSchemaCount(data: unknown): number {
  const components = isObj(data) && isObj(data.components) ? data.components : {};
  return isObj(components.schemas) ? Object.keys(components.schemas).length : 0;
}

/**
 * Start setting up the validators of `parsed`: on a worker thread for a large document when this
 * module runs as JavaScript (as installed), which also lints it, otherwise on this thread when the
 * module is asked for. The thread's entry is validator-worker.js beside this file; `entry` replaces
 * it (a test runs the TypeScript source through a loader).
 */
export function startValidatorCompilation(parsed: LoadedDocument, naming: ModelNaming, lintLabel: string, entry?: URL): ValidatorCompilation {
  const compiled = import.meta.url.endsWith('.js');
  if (entry === undefined && (!compiled || componentSchemaCount(parsed.data) < THREAD_THRESHOLD)) return HERE;
  const job: ValidatorJob = {
    file: parsed.file,
    text: parsed.text,
    lintLabel,
    ...(parsed.json ? {} : { data: parsed.data }),
    naming,
    lintClaim: new Int32Array(new SharedArrayBuffer(4)),
  };
  const worker = new Worker(entry ?? new URL('./validator-worker.js', import.meta.url), { workerData: job });
  // A run that fails elsewhere exits without waiting for the thread.
  worker.unref();
  // The thread's verdict if it lints; undefined if it stopped without one.
  const threadVerdict = new Promise<LintVerdict | undefined>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('lint' in message) resolve(message.lint);
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  let verdict: Promise<LintVerdict> | undefined;
  const lint = (): Promise<LintVerdict> =>
    (verdict ??= claimLint(job.lintClaim, LINT_BY.main) ? lintProblems(parsed, lintLabel) : threadVerdict.then((v) => v ?? lintProblems(parsed, lintLabel)));
  const answer = new Promise<ValidatorAnswer>((resolve, reject) => {
    let answered = false;
    worker.on('message', (message: WorkerMessage) => {
      if ('validators' in message) {
        answered = true;
        resolve(message.validators);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the validator thread stopped (exit code ${code}) without an answer`));
    });
  });
  // A failure is the caller's to report when it awaits the module; until then it is not unhandled.
  answer.catch(() => undefined);
  const lintTaker = (): 'main' | 'thread' | undefined => {
    const who = Atomics.load(job.lintClaim, 0);
    return who === LINT_BY.main ? 'main' : who === LINT_BY.thread ? 'thread' : undefined;
  };
  return {
    lint,
    lintTaker,
    start(model) {
      const list: ValidatorList = { validators: model.validators, origin: model.origin };
      worker.postMessage(list);
      return async () => {
        const reply = await answer;
        if ('mismatch' in reply) return compileHere(model);
        if (!reply.ok) throw reply.pointer === undefined ? new Error(reply.message) : model.source.errorAt(reply.pointer, reply.message);
        return {
          code: new TextDecoder().decode(reply.code),
          skipped: reply.skipped.map(({ typeNames, pointer, message }) => ({ typeNames, error: model.source.errorAt(pointer, message) })),
        };
      };
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
