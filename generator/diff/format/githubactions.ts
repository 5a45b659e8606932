/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per change
 * (ERR/WARN/INFO), with `file=`/`line=`/`col=` where the change sits in a file of the working
 * tree, so GitHub shows it on the pull request's diff. Every value is escaped as the runner
 * expects (`%`, `\r`, `\n`; in properties also `:` and `,`), so text from a spec can neither end
 * the annotation early nor start a workflow command of its own.
 */
import type { Change, Level } from '../model.js';
import { workingTreePlace, type Sides } from './sides.js';

const COMMAND: Record<Level, string> = { ERR: 'error', WARN: 'warning', INFO: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubActions(changes: readonly Change[], sides: Sides = {}): string {
  return changes
    .map((c) => {
      const place = workingTreePlace(c, sides);
      const props: Array<[string, string]> = [];
      if (place) props.push(['file', place.file], ['line', String(place.line)], ['col', String(place.column)]);
      props.push(['title', `${c.id} (${c.level})`]);
      const where = c.operation === '' ? '' : `${c.operation} ${c.path}: `;
      const text = `${where}${c.message}`;
      return `::${COMMAND[c.level]} ${props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}::${escapeData(text)}`;
    })
    .map((line) => `${line}\n`)
    .join('');
}
