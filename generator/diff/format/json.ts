/** `{"changes": [...]}`, stable field order and sorting (see classify.ts), for CI and other tools. */
import type { Change } from '../model.js';

export function formatJson(changes: readonly Change[]): string {
  return JSON.stringify({ changes }, null, 2) + '\n';
}
