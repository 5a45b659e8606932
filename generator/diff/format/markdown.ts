/**
 * Markdown for a pull-request comment or a changelog: a summary line, then one table per operation.
 * No line numbers: they would churn on every unrelated edit of the spec.
 */
import type { Change } from '../model.js';
import { countByLevel, groupByOperation } from './group.js';

export interface MarkdownOptions {
  /** Heading text; default "API changes". */
  title?: string;
  baseLabel?: string;
  revisionLabel?: string;
  /** Level of the title heading (default 2, for a comment); operations are one level below. */
  headingLevel?: number;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function formatMarkdown(changes: readonly Change[], options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const out: string[] = [`${h} ${options.title ?? 'API changes'}`, ''];
  if (options.baseLabel !== undefined && options.revisionLabel !== undefined) {
    out.push(`Comparing \`${options.baseLabel}\` (base) with \`${options.revisionLabel}\` (revision).`, '');
  }
  if (changes.length === 0) {
    out.push('No changes.');
    return out.join('\n') + '\n';
  }
  const n = countByLevel(changes);
  out.push(`**${n.ERR} breaking (ERR)**, ${n.WARN} possibly breaking (WARN), ${n.INFO} informational (INFO).`, '');
  for (const group of groupByOperation(changes)) {
    out.push(`${h}# ${group.title === '' ? 'Whole document' : `\`${group.title}\``}`, '', '| Level | Rule | Change |', '|---|---|---|');
    for (const c of group.changes) out.push(`| ${c.level} | \`${c.id}\` | ${cell(c.message)} |`);
    out.push('');
  }
  return out.join('\n');
}
