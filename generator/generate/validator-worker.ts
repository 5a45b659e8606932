/**
 * The validator thread's entry (validator-thread.ts starts it). It sets Ajv up for the document; then,
 * unless the main thread's list of validators is already there, it models the document itself (as
 * the main thread says it will) and compiles that list; it answers once the main thread's list
 * arrives, if that list is the one it compiled. Then it lints the document and makes validators.ts,
 * each unless the main thread has started to.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import type { WrapperFiles, WrapperView } from './model.js';
import { buildModel, openapiVersionOf } from './build-model.js';
import { fileDigest } from './fingerprint.js';
import { lintProblems } from './lint-verdict.js';
import { emitValidatorCode, prepareValidators, type ValidatorModelView, type ValidatorSetup } from './emit-validator-code.js';
import {
  BY,
  claim,
  PointedError,
  TASK,
  type MainMessage,
  type ModelNaming,
  type ValidatorAnswer,
  type ValidatorJob,
  type ValidatorList,
  type WorkerMessage,
} from './validator-thread.js';

const port = parentPort as MessagePort;
// A warm thread (validator-thread.ts's warmThread) has loaded everything above while the main thread
// read the document; its job is the first message.
const job = workerData === null || typeof workerData !== 'object' || !('warm' in workerData) ? (workerData as ValidatorJob) : ((await nextMessage()) as { job: ValidatorJob }).job;
const { file, text, lintLabel, claims } = job;
const send = (message: WorkerMessage): void => {
  port.postMessage(message);
};
// The thread has the document's text but not its line index: `errorAt` keeps the pointer, the main thread locates it.
const errorAt = (pointer: string, message: string): PointedError => new PointedError(pointer, message);
const locate = (): { line: number; column: number } => ({ line: 1, column: 1 });

function answer({ validators, origin }: ValidatorList, setup: ValidatorSetup | undefined): ValidatorAnswer {
  const source: ValidatorModelView['source'] = { errorAt, locate };
  try {
    const { code, skipped } = emitValidatorCode({ validators, origin, document: data as ValidatorModelView['document'], openapiVersion: openapiVersionOf(data), source }, setup);
    return {
      ok: true,
      code,
      // The output's digest lists this file's (fingerprint.ts): taken here, while the main thread is busy.
      digest: fileDigest(code),
      skipped: skipped.map(({ typeNames, error }) => ({ typeNames, pointer: error instanceof PointedError ? error.pointer : '', message: error.message })),
    };
  } catch (err) {
    if (err instanceof PointedError) return { ok: false, pointer: err.pointer, message: err.message };
    if (err instanceof FuncspecError) return { ok: false, pointer: '', message: err.message };
    return { ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/** The list the main thread will send, as this thread models the document; undefined if it cannot (the main thread will say why). */
function ownList(naming: ModelNaming): ValidatorList | undefined {
  const loaded: LoadedDocument = { file, text, data, locate, errorAt };
  try {
    const { validators, origin } = buildModel(loaded, naming.name, naming);
    return { validators, origin };
  } catch {
    return undefined;
  }
}

const key = (list: ValidatorList): string => JSON.stringify([list.origin, list.validators]);

/**
 * validators.ts for `list`, rendered and compiled here, with validators.raw.d.ts; undefined when
 * anything here fails: the main thread then makes them itself, and reports what fails where it belongs.
 */
async function wrapperFiles(view: WrapperView): Promise<WrapperFiles | undefined> {
  try {
    const [{ emitValidatorWrappers }, { emitValidatorDeclarations }, { transpileFileAsync }] = await Promise.all([
      import('./emit-validator-wrappers.js'),
      import('./emit-validator-declarations.js'),
      import('./transpile.js'),
    ]);
    const source = emitValidatorWrappers(view);
    const compiled = new Map<string, string>();
    await transpileFileAsync('validators.ts', source, () => '', compiled);
    const js = compiled.get('validators.js');
    const dts = compiled.get('validators.d.ts');
    return js === undefined || dts === undefined ? undefined : { source, js, dts, rawDts: emitValidatorDeclarations(view) };
  } catch {
    return undefined;
  }
}

/**
 * The answer for the main thread's list; then the lint (the larger job, so that the main thread, if
 * it finishes its own work meanwhile, takes the smaller) and validators.ts, each unless the main
 * thread has taken it. validators.ts is made here only for the module as listed (no schema skipped,
 * no failure), and claimed before the verdict goes out: once the main thread has the verdict, it
 * finds the job taken.
 */
async function reply(list: ValidatorList, answered: ValidatorAnswer): Promise<void> {
  // Claimed before the answer goes out, so that a main thread holding the answer knows who lints.
  const linting = claim(claims, TASK.lint, BY.thread);
  send({ validators: answered });
  const verdict = linting ? await lintProblems({ text, data }, lintLabel) : undefined;
  const view = list.wrappers !== undefined && answered.ok && answered.skipped.length === 0 && claim(claims, TASK.wrappers, BY.thread) ? list.wrappers : undefined;
  if (verdict) send({ lint: verdict });
  send({ wrappers: view && (await wrapperFiles(view)) });
}

/** The main thread's next message: one already waiting, else the next to arrive. */
function nextMessage(): Promise<MainMessage> {
  const waiting = receiveMessageOnPort(port);
  return waiting ? Promise.resolve(waiting.message as MainMessage) : new Promise((resolve) => port.once('message', resolve));
}

/** The main thread's list of validators, if it has been sent. */
function listSent(): ValidatorList | undefined {
  const waiting = receiveMessageOnPort(port)?.message as MainMessage | undefined;
  return waiting && 'list' in waiting ? waiting.list : undefined;
}

// A thread started on the text before the main thread parsed it (validator-thread.ts's startEarly)
// parses it too; if it is not JSON after all, the main thread parses it and stops this thread. Until
// the main thread's checks pass (duplicate keys, depth, size, references) nothing done here is read:
// the list of validators, and so the answer and the lint, come after them.
let data: unknown;
try {
  data = 'data' in job ? job.data : JSON.parse(text);
} catch {
  process.exit(0);
}
let setup: ValidatorSetup | undefined;
try {
  setup = prepareValidators(data, openapiVersionOf(data));
} catch {
  // Left to the compile, which sets up again and reports the failure where it belongs.
}
// The naming comes first, once the document is parsed; the list once it is checked and modelled.
const { naming } = (await nextMessage()) as { naming: ModelNaming };
const sent = listSent();
if (sent) {
  await reply(sent, answer(sent, setup));
} else {
  const own = ownList(naming);
  if (own) {
    const compiled = answer(own, setup);
    const { list } = (await nextMessage()) as { list: ValidatorList };
    await reply(list, key(list) === key(own) ? compiled : { ok: false, mismatch: true });
  } else {
    const { list } = (await nextMessage()) as { list: ValidatorList };
    await reply(list, answer(list, setup));
  }
}
