/**
 * Terminal output: one block per operation, most severe first, each change with the file:line:col
 * editors and terminals turn into links. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
 */
import type { LoadedDocument } from '../../openapi/document.js';
import type { Change, Level } from '../model.js';
import { countByLevel, groupByOperation, primarySide } from './group.js';

export interface TextOptions {
  color: boolean;
  base?: LoadedDocument;
  revision?: LoadedDocument;
}

const COLORS: Record<Level, string> = { ERR: '31', WARN: '33', INFO: '36' };

export function formatText(changes: readonly Change[], options: TextOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if (changes.length === 0) return 'No changes.\n';
  const idWidth = Math.max(...changes.map((c) => c.id.length));
  const lines: string[] = [];
  for (const group of groupByOperation(changes)) {
    lines.push(paint('1', group.title === '' ? 'Document' : group.title));
    for (const c of group.changes) {
      lines.push(`  ${paint(COLORS[c.level], c.level.padEnd(4))}  ${c.id.padEnd(idWidth)}  ${c.message}`);
      const where = location(c, options);
      if (where) lines.push(`  ${' '.repeat(4)}  ${paint('2', where)}`);
    }
    lines.push('');
  }
  const n = countByLevel(changes);
  lines.push(
    `${changes.length} change${changes.length === 1 ? '' : 's'}: ${paint(COLORS.ERR, `${n.ERR} ERR`)}, ${paint(COLORS.WARN, `${n.WARN} WARN`)}, ${paint(COLORS.INFO, `${n.INFO} INFO`)}`,
  );
  return lines.join('\n') + '\n';
}

function location(c: Change, options: TextOptions): string | undefined {
  const side = primarySide(c);
  const doc = side === 'base' ? options.base : options.revision;
  const ptr = side === 'base' ? c.basePointer : c.revisionPointer;
  if (!doc || ptr === undefined) return undefined;
  const { line, column } = doc.locate(ptr);
  return `${doc.file}:${line}:${column}`;
}
