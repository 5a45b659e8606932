/**
 * Compiles a large document's validators on a worker thread from as soon as it is read (a JSON text,
 * which the thread parses itself) or parsed, while the main thread checks and models it and renders
 * its types and client. The two jobs left then, the lint and validators.ts, go to whichever thread
 * is free first: the thread takes the lint first, the main thread validators.ts.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { looksLikeJson } from '../openapi/limits.js';
import { isObj } from '../openapi/json.js';
import { lintProblems, type LintVerdict } from './lint-verdict.js';
import type { SpecModel, WrapperFiles, WrapperView } from './model.js';
import type { ValidatorCode } from './emit-validator-code.js';

/**
 * Below this many component schemas, starting a thread (and loading Ajv and copying the document
 * into it) costs more than the overlap saves: FunctionGraph's validators compile in a tenth of a
 * second, GitHub's 4,140 (from some 900 component schemas) in seconds.
 */
export const THREAD_THRESHOLD = 300;

/**
 * A JSON text this long surely holds that many schemas: its thread starts before this thread parses
 * and checks it (GitHub's 13 MB description: 0.7 s sooner), parsing the text itself.
 */
export const EARLY_THREAD_BYTES = 2 * 1024 * 1024;

/** The options of the main thread's `buildModel` that decide the names of types, and so of validators. */
export interface ModelNaming {
  name: string;
  reservedNames: string[];
  clientName: string;
  source?: string;
}

/** What the thread starts with: the document (not yet checked), its file and text, and the name Redocly reports it under. */
export interface ValidatorJob {
  file: string;
  text: string;
  lintLabel: string;
  /** The parsed document; undefined when the text is JSON, which the thread parses faster than it would receive a copy. */
  data?: unknown;
  /** Who does each of the jobs left at the end (TASK), FREE until a thread takes it with `claim`. */
  claims: Int32Array;
}

/**
 * What the main thread sends, in this order: to a thread started before its document was read
 * (`warmThread`), the job; how the document will be modelled, once it is parsed; then, once it is
 * checked and modelled, which validators.
 */
export type MainMessage = { job: ValidatorJob } | { naming: ModelNaming } | { list: ValidatorList };

/** What a thread started by `warmThread` is given to start with, instead of a job. */
export const WARM = { warm: true } as const;

/**
 * A validator thread started before any document is read, so that it loads Ajv and the rest on the
 * other core while this one reads, parses and checks: the first large document that needs a thread
 * takes it (`startEarly`, `startValidatorCompilation`). `cancel` stops it if none did.
 */
export interface WarmThread {
  /** The thread, once: undefined after it is taken or cancelled. */
  take(): Worker | undefined;
  cancel(): void;
}

/** Whether one of `specs` is large enough for a thread (`EARLY_THREAD_BYTES`): a warm one is then worth starting. */
export async function worthWarming(specs: ReadonlyArray<{ file: string; input?: { text: string } }>): Promise<boolean> {
  for (const spec of specs) {
    const size = spec.input
      ? spec.input.text.length
      : await stat(spec.file).then(
          (info) => info.size,
          () => 0,
        );
    if (size >= EARLY_THREAD_BYTES) return true;
  }
  return false;
}

/**
 * A warm thread, when this module may start threads (see `threadsAllowed`); `entry` as for
 * startValidatorCompilation. A caller starts one when a document to generate from is large enough
 * for a thread (`EARLY_THREAD_BYTES`).
 */
export function warmThread(entry?: URL): WarmThread | undefined {
  if (!threadsAllowed(entry)) return undefined;
  let worker: Worker | undefined = new Worker(entry ?? new URL('./validator-worker.js', import.meta.url), { workerData: WARM });
  worker.unref();
  return {
    take: () => {
      const taken = worker;
      worker = undefined;
      return taken;
    },
    cancel: () => {
      void worker?.terminate();
      worker = undefined;
    },
  };
}

const FREE = 0;
/** The jobs either thread may do, each a slot of the job's `claims`. */
export const TASK = { lint: 0, wrappers: 1 } as const;
/** Who does a job, for `claim`. */
export const BY = { main: 1, thread: 2 } as const;

/** Shared slots for `claim`, one per TASK. */
export const newClaims = (): Int32Array => new Int32Array(new SharedArrayBuffer(Object.keys(TASK).length * Int32Array.BYTES_PER_ELEMENT));

/** Take `task` for `who` unless the other thread has: true if `who` does it. */
export function claim(claims: Int32Array, task: (typeof TASK)[keyof typeof TASK], who: (typeof BY)[keyof typeof BY]): boolean {
  return Atomics.compareExchange(claims, task, FREE, who) === FREE;
}

/** Every message the thread sends: the validators, then, if it lints, the verdict, then validators.ts (undefined: the main thread makes it). */
export type WorkerMessage = { lint: LintVerdict } | { validators: ValidatorAnswer } | { wrappers: WrapperFiles | undefined };

/**
 * What it is sent once the main thread has modelled the document: which validators, the source's
 * name, and what validators.ts is made of (the thread renders and compiles it after the validators
 * and the lint, unless the main thread has started to).
 */
export type ValidatorList = Pick<SpecModel, 'validators' | 'origin'> & { wrappers?: WrapperView };

/** The part of `model` validators.ts reads, small enough to send to the thread. */
function wrapperView(model: WrapperView): WrapperView {
  return {
    validators: model.validators,
    origin: model.origin,
    runtimeImport: model.runtimeImport,
    operations: model.operations.map(({ operationId, requestBody, responses }) => ({
      operationId,
      ...(requestBody ? { requestBody: { typeName: requestBody.typeName } } : {}),
      responses: responses.map(({ status, success, body }) => ({ status, success, ...(body ? { body: { typeName: body.typeName } } : {}) })),
    })),
  };
}

/** What the thread answers: a compile failure travels as the pointer and message `errorAt` needs. */
export type ValidatorAnswer =
  // The code travels as a string: copying its characters costs the main thread less than decoding
  // UTF-8 bytes (0.1 s for GitHub's 14 MB), and the main thread is the one waiting.
  | { ok: true; code: string; digest: string; skipped: Array<{ typeNames: string[]; pointer: string; message: string }> }
  | { ok: false; pointer?: string; message: string }
  // The thread compiled for a list of its own that is not the main thread's: the main thread compiles.
  | { ok: false; mismatch: true };

/** A thread started on a document's text before it is parsed (`startEarly`): startValidatorCompilation takes it over, or stops it. */
export interface EarlyThread {
  /** The compilation, once the document is parsed (as JSON) and named. */
  compilation(parsed: LoadedDocument, naming: ModelNaming): ValidatorCompilation;
  cancel(): void;
}

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
  /**
   * Take validators.ts for the main thread now, before the module is here, unless the thread has
   * taken it: true if the main thread makes it (and asks `wrappers` for nothing). Undefined: no thread.
   */
  takeWrappers?: () => boolean;
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

/** Whether this module may start a thread: as installed (JavaScript), or given an entry (a test runs the TypeScript source through a loader). */
const threadsAllowed = (entry?: URL): boolean => entry !== undefined || import.meta.url.endsWith('.js');

/**
 * A thread for a document still to be parsed, when its text is JSON (which a thread parses as fast
 * as this one) and large; undefined otherwise. `read` is the text as it will be parsed; `entry` as
 * for startValidatorCompilation, and it starts a thread for any JSON text.
 */
export function startEarly(read: { file: string; text: string }, lintLabel: string, entry?: URL, warm?: WarmThread): EarlyThread | undefined {
  if (!threadsAllowed(entry) || !looksLikeJson(read.text) || (entry === undefined && read.text.length < EARLY_THREAD_BYTES)) return undefined;
  return spawn({ file: read.file, text: read.text, lintLabel, claims: newClaims() }, entry, warm);
}

/**
 * Start setting up the validators of `parsed`: on a worker thread for a large document when this
 * module runs as JavaScript (as installed), which also lints it, otherwise on this thread when the
 * module is asked for. `early`: the thread startEarly started on the document's text, taken over if
 * the text parsed as JSON (else stopped: the thread cannot parse YAML). The thread's entry is
 * validator-worker.js beside this file; `entry` replaces it (a test runs the TypeScript source through a loader).
 */
export function startValidatorCompilation(
  parsed: LoadedDocument,
  naming: ModelNaming,
  lintLabel: string,
  { early, entry, warm }: { early?: EarlyThread | undefined; entry?: URL; warm?: WarmThread | undefined } = {},
): ValidatorCompilation {
  if (early && parsed.json) return early.compilation(parsed, naming);
  early?.cancel();
  if (!threadsAllowed(entry) || (entry === undefined && componentSchemaCount(parsed.data) < THREAD_THRESHOLD)) return HERE;
  const job: ValidatorJob = {
    file: parsed.file,
    text: parsed.text,
    lintLabel,
    ...(parsed.json ? {} : { data: parsed.data }),
    claims: newClaims(),
  };
  return spawn(job, entry, warm).compilation(parsed, naming);
}

/**
 * The thread for `job` (the warm thread, if there is one still to take); its compilation once the main
 * thread has parsed the document (it lints that copy if it takes the lint).
 */
function spawn(job: ValidatorJob, entry?: URL, warm?: WarmThread): EarlyThread {
  const taken = warm?.take();
  const worker = taken ?? new Worker(entry ?? new URL('./validator-worker.js', import.meta.url), { workerData: job });
  if (taken) worker.postMessage({ job } satisfies MainMessage);
  // A run that fails elsewhere exits without waiting for the thread.
  worker.unref();
  /** What the thread sends under `key`; undefined if it stops first. */
  const optional = <K extends 'lint' | 'wrappers'>(key: K): Promise<Extract<WorkerMessage, Record<K, unknown>>[K] | undefined> =>
    new Promise((resolve) => {
      worker.on('message', (message: WorkerMessage) => {
        if (key in message) resolve((message as Extract<WorkerMessage, Record<K, unknown>>)[key]);
      });
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    });
  // The thread's verdict if it lints.
  const threadVerdict = optional('lint');
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
  // validators.ts from the thread, or undefined (it could not, or stopped): then the main thread makes it.
  const wrappers = optional('wrappers');
  const lintTaker = (): 'main' | 'thread' | undefined => {
    const who = Atomics.load(job.claims, TASK.lint);
    return who === BY.main ? 'main' : who === BY.thread ? 'thread' : undefined;
  };
  let wrappersHere = false;
  const takeWrappers = (): boolean => (wrappersHere ||= claim(job.claims, TASK.wrappers, BY.main));
  const post = (message: MainMessage): void => worker.postMessage(message);
  const cancel = (): void => void worker.terminate();
  const start = (model: SpecModel): (() => Promise<ValidatorCode>) => {
    post({ list: { validators: model.validators, origin: model.origin, wrappers: wrapperView(model) } });
    return async () => {
      const reply = await answer;
      if ('mismatch' in reply) return compileHere(model);
      if (!reply.ok) throw reply.pointer === undefined ? new Error(reply.message) : model.source.errorAt(reply.pointer, reply.message);
      return {
        code: reply.code,
        digest: reply.digest,
        // validators.ts from the thread, unless this thread takes the job now (then it makes it).
        wrappers: () => (takeWrappers() ? undefined : wrappers),
        skipped: reply.skipped.map(({ typeNames, pointer, message }) => ({ typeNames, error: model.source.errorAt(pointer, message) })),
      };
    };
  };
  return {
    cancel,
    compilation: (parsed, naming) => {
      post({ naming });
      const lintHere = (): Promise<LintVerdict> => lintProblems(parsed, job.lintLabel);
      let verdict: Promise<LintVerdict> | undefined;
      const lint = (): Promise<LintVerdict> => (verdict ??= claim(job.claims, TASK.lint, BY.main) ? lintHere() : threadVerdict.then((v) => v ?? lintHere()));
      return { lint, lintTaker, start, takeWrappers, cancel };
    },
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
