/**
 * A standalone HTML page to read in a browser: a summary, the changes by level (breaking first),
 * and both documents with numbered lines. Each change links to its place in each document (line
 * anchor and JSON pointer). Every string that comes from a spec (names, messages, values, the
 * documents themselves) is escaped, and the page's Content-Security-Policy forbids scripts anyway:
 * a `<script>` in a description is shown as text, never run.
 */
import type { Change, Level } from '../model.js';
import { countByLevel } from './group.js';
import { placeIn, type Place, type Side, type Sides } from './sides.js';

export interface HtmlOptions extends Sides {
  title?: string;
  /** Documents longer than this many lines are not embedded (their changes still show line numbers). Default 100 000. */
  maxSourceLines?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const SECTIONS: ReadonlyArray<readonly [Level, string, string]> = [
  ['ERR', 'breaking', 'Breaking changes (ERR)'],
  ['WARN', 'warnings', 'Possibly breaking (WARN)'],
  ['INFO', 'info', 'Informational (INFO)'],
];

const STYLE = `
:root { color-scheme: light dark; --err: #c62828; --warn: #b26a00; --info: #1565c0; --line: #8884; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 2rem 4rem; }
h1 { margin-bottom: .25rem; }
code, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { font-weight: 600; }
.level { font-weight: 700; }
.ERR .level { color: var(--err); } .WARN .level { color: var(--warn); } .INFO .level { color: var(--info); }
.summary span { margin-right: 1rem; }
.summary .ERR { color: var(--err); font-weight: 700; }
.values, .where { font-size: 90%; }
.where a { white-space: nowrap; }
.pointer { overflow-wrap: anywhere; opacity: .8; }
pre.source { border: 1px solid var(--line); padding: .5rem 0; overflow-x: auto; max-height: 40rem; }
pre.source span { display: block; padding-right: 1rem; white-space: pre; }
pre.source span:target { background: #ffeb3b55; }
pre.source a { display: inline-block; width: 4rem; padding-right: .75rem; text-align: right; color: inherit; opacity: .5; text-decoration: none; user-select: none; }
`;

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function anchor(side: 'base' | 'revision', line: number): string {
  return `${side}-L${line}`;
}

function whereCell(c: Change, sides: Sides, embedded: Set<'base' | 'revision'>): string {
  const parts: string[] = [];
  for (const side of ['base', 'revision'] as const) {
    const pointer = side === 'base' ? c.basePointer : c.revisionPointer;
    if (pointer === undefined) continue;
    const place: Place | undefined = placeIn(c, sides, side);
    const ptr = `<code class="pointer">${escapeHtml(pointer === '' ? '/' : pointer)}</code>`;
    if (!place) {
      parts.push(`<div>${side}: ${ptr}</div>`);
      continue;
    }
    const label = `line ${place.line}`;
    const link = embedded.has(side) ? `<a href="#${anchor(side, place.line)}">${label}</a>` : label;
    parts.push(`<div>${side}: ${link} ${ptr}</div>`);
  }
  return parts.join('');
}

function valuesCell(c: Change): string {
  const out: string[] = [];
  if ('from' in c && c.from !== undefined) out.push(`<div>from <code>${escapeHtml(show(c.from))}</code></div>`);
  if ('to' in c && c.to !== undefined) out.push(`<div>to <code>${escapeHtml(show(c.to))}</code></div>`);
  return out.join('');
}

function changeRow(c: Change, sides: Sides, embedded: Set<'base' | 'revision'>): string {
  const op = c.operation === '' ? 'document' : `${c.operation} ${c.path}`;
  const context = [c.status !== undefined ? `response ${c.status}` : '', c.mediaType ?? '', c.in !== undefined ? `in ${c.in}` : ''].filter((x) => x !== '').join(', ');
  return [
    `<tr class="${c.level}">`,
    `<td class="level">${c.level}</td>`,
    `<td><code>${escapeHtml(op)}</code>${context ? `<div class="values">${escapeHtml(context)}</div>` : ''}</td>`,
    `<td><code>${escapeHtml(c.id)}</code></td>`,
    `<td>${escapeHtml(c.message)}<div class="values">${valuesCell(c)}</div></td>`,
    `<td class="where">${whereCell(c, sides, embedded)}</td>`,
    '</tr>',
  ].join('');
}

function sourceBlock(side: 'base' | 'revision', s: Side): string {
  const lines = s.doc.text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const body = lines.map((text, i) => `<span id="${anchor(side, i + 1)}"><a href="#${anchor(side, i + 1)}">${i + 1}</a>${escapeHtml(text)}</span>`).join('');
  return `<h3 id="${side}">${side === 'base' ? 'Base' : 'Revision'}: <code>${escapeHtml(s.label)}</code></h3><pre class="source">${body}</pre>`;
}

export function formatHtml(changes: readonly Change[], options: HtmlOptions = {}): string {
  const max = options.maxSourceLines ?? 100_000;
  const embedded = new Set<'base' | 'revision'>();
  for (const side of ['base', 'revision'] as const) {
    const s = options[side];
    if (s && s.doc.text.split('\n').length <= max) embedded.add(side);
  }
  const title = options.title ?? 'API changes';
  const n = countByLevel(changes);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1>`,
  ];
  if (options.base && options.revision) {
    out.push(`<p>Comparing <code>${escapeHtml(options.base.label)}</code> (base) with <code>${escapeHtml(options.revision.label)}</code> (revision).</p>`);
  }
  out.push(
    `<p class="summary" id="summary"><span class="ERR">${n.ERR} breaking (ERR)</span><span>${n.WARN} possibly breaking (WARN)</span><span>${n.INFO} informational (INFO)</span></p>`,
    '</header>',
    '<main>',
  );
  if (changes.length === 0) out.push('<p id="no-changes">No changes.</p>');
  for (const [level, id, heading] of SECTIONS) {
    const mine = changes.filter((c) => c.level === level);
    if (mine.length === 0) continue;
    out.push(
      `<section id="${id}"><h2>${heading}</h2>`,
      '<table><thead><tr><th>Level</th><th>Operation</th><th>Rule</th><th>Change</th><th>Where</th></tr></thead><tbody>',
      ...mine.map((c) => changeRow(c, options, embedded)),
      '</tbody></table></section>',
    );
  }
  if (embedded.size > 0) {
    out.push('<section id="documents"><h2>Documents</h2>');
    for (const side of ['base', 'revision'] as const) if (embedded.has(side)) out.push(sourceBlock(side, options[side]!));
    out.push('</section>');
  }
  out.push('</main>', '</body>', '</html>');
  return out.join('\n') + '\n';
}
