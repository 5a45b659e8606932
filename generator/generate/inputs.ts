/** Specs given as a URL or as `-` (standard input) are read once, up front, so that generatePackage reads nothing but files. */
import { isUrl, readText, type ReadOptions } from '../openapi/source.js';
import type { SpecEntry } from './pipeline.js';

/** What reading a URL or standard input may be given (tests pass their own stdin and timeout). */
export type InputOptions = Pick<ReadOptions, 'stdin' | 'timeoutMs' | 'maxBytes'>;

/** A spec argument that names a local file (not a URL, not `-`): the ones generate watches and guards its output against. */
export function isLocalSpec(file: string): boolean {
  return file !== '-' && !isUrl(file);
}

/** `entry` with its document read when it is a URL or `-`; `onRead` is told first (progress). */
export async function readInput(entry: SpecEntry, options: InputOptions, onRead?: (label: string) => void): Promise<SpecEntry> {
  if (entry.input !== undefined || isLocalSpec(entry.file)) return entry;
  onRead?.(entry.file);
  const { label, text, absolute } = await readText(entry.file, options);
  return { ...entry, file: label, input: { text, absolute }, source: entry.source ?? label };
}
