/**
 * `funcspec diff BASE REVISION`: what changed between two versions of an OpenAPI document, and
 * whether each change breaks clients. The engine is generator/diff/ (pipeline in engine.ts); this
 * file is only arguments, input loading and output.
 */
import { parseArgs } from 'node:util';
import { FuncspecError } from '../errors.js';
import { diffDocuments } from '../diff/engine.js';
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import { formatText } from '../diff/format/text.js';
import { levelRank, type Level } from '../diff/model.js';
import { INPUT_ERROR, readSpec, type SpecSource } from '../openapi/source.js';

export const HELP = `Usage: funcspec diff BASE REVISION [--format text|markdown|json] [--fail-on ERR|WARN|INFO] [--include-docs]

Compares two versions of an OpenAPI 3.0/3.1 document and classifies each change the way a client
of the API experiences it, request and response apart:
  ERR   breaks existing clients      WARN  may break some clients      INFO  safe
Rule ids and levels follow oasdiff; docs/diff.md lists the rules and where funcspec differs.

BASE, REVISION     a YAML or JSON file, or REF:PATH for PATH as committed in git revision REF
                   (PATH from the repository root), e.g. main:spec/huaweicloud/functiongraph-v2.yaml

Options:
  --format FORMAT  text (default; coloured on a terminal unless NO_COLOR is set),
                   markdown (grouped by operation, for pull-request comments) or
                   json ({"changes": [{id, level, direction, operation, path, subject, ...}]})
  --fail-on LEVEL  exit 1 when a change at LEVEL or above is found (default: never)
  --include-docs   also report description and summary edits (INFO)
  -h, --help       show this help

Exit codes: 0 compared; 1 a change at or above --fail-on; 2 unreadable or invalid input.`;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

function usageError(message: string): FuncspecError {
  return new FuncspecError(`${message}\n\n${HELP}`, {}, INPUT_ERROR);
}

export async function diffCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        'include-docs': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    throw usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw usageError(`expected BASE and REVISION, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  const failOn = values['fail-on']?.toUpperCase();
  if (failOn !== undefined && !['ERR', 'WARN', 'INFO'].includes(failOn)) throw usageError(`--fail-on must be ERR, WARN or INFO, not '${values['fail-on']}'`);

  const [base, revision] = await readBoth(positionals[0]!, positionals[1]!);
  const changes = diffDocuments(base.doc.data, revision.doc.data, { includeDocs: values['include-docs'] });

  if (format === 'json') process.stdout.write(formatJson(changes));
  else if (format === 'markdown') process.stdout.write(formatMarkdown(changes, { baseLabel: base.label, revisionLabel: revision.label }));
  else {
    const noColor = (process.env.NO_COLOR ?? '') !== '';
    process.stdout.write(formatText(changes, { color: process.stdout.isTTY === true && !noColor, base: base.doc, revision: revision.doc }));
  }

  if (failOn === undefined) return 0;
  const threshold = levelRank(failOn as Level);
  return changes.some((c) => levelRank(c.level) >= threshold) ? 1 : 0;
}

/** Both inputs are read concurrently, but a problem with BASE is reported before one with REVISION. */
async function readBoth(base: string, revision: string): Promise<[SpecSource, SpecSource]> {
  const [b, r] = await Promise.allSettled([readSpec(base), readSpec(revision)]);
  if (b.status === 'rejected') throw b.reason;
  if (r.status === 'rejected') throw r.reason;
  return [b.value, r.value];
}
