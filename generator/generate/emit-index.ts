/** index.ts of a spec: its types, validators and client, and the runtime, from one import path. */
import type { SpecModel } from './model.js';
import { renderTemplate } from './render.js';

export function emitIndex(model: SpecModel): string {
  return renderTemplate('index.ts', { file: model.origin, runtimeIndex: `${model.runtimeImport}/index.js` });
}
