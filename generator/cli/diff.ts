/**
 * `funcspec diff BASE REVISION`: what changed between two versions of an OpenAPI document, and
 * whether each change breaks clients. The engine is generator/diff/ (pipeline in engine.ts); this
 * file is only arguments, input loading and output.
 */
import { diffDocuments } from '../diff/engine.js';
import { formatGithubActions } from '../diff/format/githubactions.js';
import { formatHtml } from '../diff/format/html.js';
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import type { Side } from '../diff/format/sides.js';
import { formatText } from '../diff/format/text.js';
import { formatYaml } from '../diff/format/yaml.js';
import { levelRank, type Change, type Level } from '../diff/model.js';
import { formatWarning } from '../openapi/lint.js';
import { readSpec, type ReadOptions, type SpecSource } from '../openapi/source.js';
import { parseCommandArgs, usageError } from './args.js';

export const HELP = `Usage: funcspec diff BASE REVISION [--format text|markdown|json|yaml|html|githubactions] [--fail-on ERR|WARN|INFO] [--include-docs] [--lenient]

Compares two versions of an OpenAPI 3.0/3.1 document and classifies each change the way a client
of the API experiences it, request and response apart:
  ERR   breaks existing clients      WARN  may break some clients      INFO  safe
Rule ids and levels follow oasdiff; docs/diff.md lists the rules and where funcspec differs.

BASE, REVISION     a YAML or JSON file; REF:PATH for PATH as committed in git revision REF
                   (PATH from the repository root), e.g. main:spec/huaweicloud/functiongraph-v2.yaml;
                   an http:// or https:// URL (30 s, 64 MiB at most); or - for standard input
                   (one side only)

Options:
  --format FORMAT  text (default; coloured on a terminal unless NO_COLOR is set),
                   markdown (grouped by operation, for pull-request comments),
                   json ({"changes": [{id, level, direction, operation, path, subject, ...}]}),
                   yaml (the same as YAML), html (a standalone page, breaking changes first,
                   linked to both documents) or githubactions (one ::error/::warning/::notice
                   annotation per change, on the file and line where GitHub can show it)
  --fail-on LEVEL  exit 1 when a change at LEVEL or above is found (default: never)
  --include-docs   also report description and summary edits (INFO)
  --lenient        compare documents with validity faults (a response without description, an
                   operation without responses...): one warning per problem on stderr. Dangling,
                   external and cyclic $refs are still refused
  -h, --help       show this help

Exit codes: 0 compared; 1 a change at or above --fail-on; 2 unreadable or invalid input.`;

const FORMATS = ['text', 'markdown', 'json', 'yaml', 'html', 'githubactions'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  'fail-on': { type: 'string' },
  'include-docs': { type: 'boolean', default: false },
  lenient: { type: 'boolean', default: false },
} as const;

export async function diffCommand(args: string[], io: Pick<ReadOptions, 'stdin' | 'timeoutMs' | 'maxBytes'> = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, HELP, true);
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw usageError(`expected BASE and REVISION, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`, HELP);
  if (positionals[0] === '-' && positionals[1] === '-') throw usageError('only one of BASE and REVISION can be - (standard input)', HELP);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`, HELP);
  const failOn = values['fail-on']?.toUpperCase();
  if (failOn !== undefined && !['ERR', 'WARN', 'INFO'].includes(failOn)) throw usageError(`--fail-on must be ERR, WARN or INFO, not '${values['fail-on']}'`, HELP);

  const options: ReadOptions = { ...io, lenient: values.lenient };
  const [base, revision] = await readBoth(positionals[0]!, positionals[1]!, options);
  for (const source of [base, revision]) for (const problem of source.problems) console.error(formatWarning(source, problem));
  const changes = diffDocuments(base.doc.data, revision.doc.data, { includeDocs: values['include-docs'] });
  process.stdout.write(render(format, changes, base, revision));

  if (failOn === undefined) return 0;
  const threshold = levelRank(failOn as Level);
  return changes.some((c) => levelRank(c.level) >= threshold) ? 1 : 0;
}

function side(source: SpecSource): Side {
  return { label: source.label, doc: source.doc, ...(source.origin.kind === 'file' ? { file: source.origin.path } : {}) };
}

function render(format: Format, changes: Change[], base: SpecSource, revision: SpecSource): string {
  switch (format) {
    case 'json':
      return formatJson(changes);
    case 'yaml':
      return formatYaml(changes);
    case 'markdown':
      return formatMarkdown(changes, { baseLabel: base.label, revisionLabel: revision.label });
    case 'html':
      return formatHtml(changes, { base: side(base), revision: side(revision) });
    case 'githubactions':
      return formatGithubActions(changes, { base: side(base), revision: side(revision) });
    case 'text': {
      const noColor = (process.env.NO_COLOR ?? '') !== '';
      return formatText(changes, { color: process.stdout.isTTY === true && !noColor, base: base.doc, revision: revision.doc });
    }
  }
}

/** Both inputs are read concurrently, but a problem with BASE is reported before one with REVISION. */
async function readBoth(base: string, revision: string, options: ReadOptions): Promise<[SpecSource, SpecSource]> {
  const [b, r] = await Promise.allSettled([readSpec(base, options), readSpec(revision, options)]);
  if (b.status === 'rejected') throw b.reason;
  if (r.status === 'rejected') throw r.reason;
  return [b.value, r.value];
}
