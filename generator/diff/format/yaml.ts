/** `changes:` as YAML: the JSON format's content (same fields, same order), for tools and people who read YAML. */
import { stringify } from 'yaml';
import type { Change } from '../model.js';

export function formatYaml(changes: readonly Change[]): string {
  return stringify({ changes }, { lineWidth: 0 });
}
