/**
 * `--format text`: one line per drift, unexplained first, each with the page's table and line and
 * the spec's JSON pointer; explained drift after it with the register entry that explains it.
 */
import { unexplained, type Drift, type DriftReport } from '../model.js';

function where(d: Drift, spec: string): string {
  const page = d.page.table ? `${d.page.table}${d.page.line ? `, line ${d.page.line}` : ''}` : d.page.line ? `line ${d.page.line}` : 'not on the page';
  const ptr = d.spec.pointer ? `${spec}#${d.spec.pointer}` : 'not in the spec';
  return `page: ${page}; spec: ${ptr}`;
}

function line(d: Drift, spec: string): string {
  const value = d.value !== undefined && d.kind.startsWith('enum') ? ` ${JSON.stringify(d.value)}` : '';
  return `  ${d.kind}${value}  ${d.at}\n      ${d.message}\n      ${where(d, spec)}`;
}

export function formatDriftText(report: DriftReport): string {
  const open = unexplained(report);
  const explained = report.drift.filter((d) => d.explainedBy);
  const out: string[] = [
    `${report.file}${report.pageId ? ` (page ${report.pageId})` : ''}: ${report.method} ${report.path}`,
    `  against ${report.spec} ${report.operationId} (#${report.operationPointer})`,
    '',
  ];
  if (open.length) out.push(`Unexplained drift (${open.length}):`, ...open.map((d) => line(d, report.spec)), '');
  if (explained.length)
    out.push(
      `Explained by the errata register (${explained.length}):`,
      ...explained.map(
        (d) => `${line(d, report.spec)}\n      explained by ${d.explainedBy!.id} (${d.explainedBy!.file}:${d.explainedBy!.line}${d.explainedBy!.via === 'omits' ? ', omits' : ''})`,
      ),
      '',
    );
  if (report.stale.length)
    out.push(
      `Register items for page ${report.pageId} that match no drift (${report.stale.length}):`,
      ...report.stale.map((s) => `  ${s.id} (${s.file}:${s.line}): ${s.kind} ${s.at}${s.values ? ` ${JSON.stringify(s.values)}` : ''}`),
      '',
    );
  if (report.unattached.length) out.push(`Model tables no row references: ${report.unattached.map((u) => `${u.table} (line ${u.line})`).join(', ')}`, '');
  out.push(open.length ? `${open.length} unexplained, ${explained.length} explained.` : `No unexplained drift (${explained.length} explained).`);
  return `${out.join('\n')}\n`;
}
