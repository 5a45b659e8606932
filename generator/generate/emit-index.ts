/** index.ts of a spec: its types, validators and client, and the runtime, from one import path. */
import type { SpecModel } from './model.js';
import { render } from './render.js';

export function emitIndex(model: SpecModel): string {
  return render('index.ts', { file: model.file, runtime: model.runtimeImport });
}
