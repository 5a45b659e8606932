/**
 * The validator thread's entry (validator-thread.ts starts it). It sets Ajv up for the document; then,
 * unless the main thread's list of validators is already there, it models the document itself (the
 * main thread is still linting it) and compiles that list; it answers once the main thread's list
 * arrives, if that list is the one it compiled.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import { buildModel, openapiVersionOf } from './build-model.js';
import { emitValidatorCode, prepareValidators, type ValidatorModelView, type ValidatorSetup } from './emit-validator-code.js';
import { PointedError, type ValidatorAnswer, type ValidatorJob, type ValidatorList } from './validator-thread.js';

const port = parentPort as MessagePort;
const { file, data, naming } = workerData as ValidatorJob;
const openapiVersion = openapiVersionOf(data);
// The thread has the document but not its text: `errorAt` keeps the pointer, the main thread locates it.
const errorAt = (pointer: string, message: string): PointedError => new PointedError(pointer, message);
const locate = (): { line: number; column: number } => ({ line: 1, column: 1 });

let setup: ValidatorSetup | undefined;
try {
  setup = prepareValidators(data, openapiVersion);
} catch {
  // Left to the compile, which sets up again and reports the failure where it belongs.
}

function answer({ validators, origin }: ValidatorList): ValidatorAnswer {
  const source: ValidatorModelView['source'] = { errorAt, locate };
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

/** The list the main thread will send, as this thread models the document; undefined if it cannot (the main thread will say why). */
function ownList(): ValidatorList | undefined {
  const loaded: LoadedDocument = { file, text: '', data, locate, errorAt };
  try {
    const { validators, origin } = buildModel(loaded, naming.name, naming);
    return { validators, origin };
  } catch {
    return undefined;
  }
}

const key = (list: ValidatorList): string => JSON.stringify([list.origin, list.validators]);

const sent = receiveMessageOnPort(port)?.message as ValidatorList | undefined;
const own = sent ? undefined : ownList();
if (sent) port.postMessage(answer(sent));
else if (!own) port.once('message', (list: ValidatorList) => port.postMessage(answer(list)));
else {
  const compiled = answer(own);
  port.once('message', (list: ValidatorList) => port.postMessage(key(list) === key(own) ? compiled : { ok: false, mismatch: true }));
}
