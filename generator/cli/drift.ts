/**
 * `funcspec drift --doc PAGE`: does a freshly captured vendor page still say what the curated spec
 * says? The work is in generator/drift/ (pipeline in run.ts); this file is arguments, loading and
 * output.
 */
import { dirname, join } from 'node:path';
import { parseCommandArgs, usageError as usageErrorWithHelp } from './args.js';
import { FuncspecError, USAGE_ERROR } from '../errors.js';
import { readTextFile } from '../openapi/document.js';
import { loadErrata } from '../register/errata.js';
import { draftOperation } from '../pages/page-operation.js';
import { PAGE_FILE_RE } from '../pages/load-pages.js';
import { readSpec } from '../openapi/source.js';
import { CONFIG_FILE, configExists, readConfig } from '../generate/config.js';
import { draftYaml } from '../drift/draft-yaml.js';
import { formatDriftJson } from '../drift/format/json.js';
import { formatDriftText } from '../drift/format/text.js';
import { unexplained } from '../drift/model.js';
import { runDrift } from '../drift/run.js';

export const HELP = `Usage: funcspec drift --doc PAGE.txt [--spec FILE]... [--operation ID] [--format text|json] [--errata DIR]
       funcspec drift --doc PAGE.txt --draft

Reads a captured vendor API page (the formats of ../shared/docs: Huawei Cloud pages in Chinese and
English, stacked or pipe tables; Alibaba Cloud pages) and compares it with the curated operation:
fields on one side only, types, mandatory flags (where the capture prints them), enum values,
ranges and lengths stated in the descriptions, and the JSON examples. Differences the errata
register explains (its drift: and omits: items) are listed as explained.

Options:
  --doc PAGE       the captured page (plain text)
  --spec FILE      the spec to compare with (repeatable; default: the specs in ${CONFIG_FILE})
  --operation ID   the operationId to compare with (default: found by the page's method and path)
  --format FORMAT  text (default) or json (documented in the README)
  --errata DIR     directory holding errata.yaml (default: the spec/ folder the first spec is in,
                   else that spec's folder; when there is none, nothing is explained)
  --draft          print the page as an OpenAPI fragment (YAML) instead of comparing
  -h, --help       show this help

Exit codes: 0 no unexplained drift; 1 unexplained drift; 2 the page cannot be parsed (the message
names the line) or another input is unusable.`;

const usageError = (message: string): FuncspecError => usageErrorWithHelp(message, HELP);

/** The register sits in spec/, the top folder of the curated documents. */
function defaultErrataDir(specFiles: readonly string[]): string {
  const first = specFiles[0] ?? 'spec/x';
  const parts = first.split(/[\\/]/);
  const i = parts.indexOf('spec');
  return i >= 0 ? parts.slice(0, i + 1).join('/') || 'spec' : dirname(first);
}

export async function driftCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      doc: { type: 'string' },
      spec: { type: 'string', multiple: true },
      operation: { type: 'string' },
      format: { type: 'string', default: 'text' },
      errata: { type: 'string' },
      draft: { type: 'boolean', default: false },
    },
    HELP,
  );
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.doc) throw usageError('--doc PAGE is required');
  if (values.format !== 'text' && values.format !== 'json') throw usageError(`--format must be text or json, not '${values.format}'`);
  const { file, text } = await readTextFile(values.doc).catch((err: unknown) => {
    if (err instanceof FuncspecError) err.exitCode = USAGE_ERROR;
    throw err;
  });

  if (values.draft) {
    const base = values.doc.split(/[\\/]/).pop() ?? '';
    process.stdout.write(draftYaml(draftOperation(text, PAGE_FILE_RE.exec(base)?.[1] ?? 'NNN', { file })));
    return 0;
  }

  let specFiles = values.spec ?? [];
  if (specFiles.length === 0) {
    if (!configExists()) throw usageError(`no ${CONFIG_FILE} here: pass --spec FILE`);
    specFiles = (await readConfig(CONFIG_FILE)).specs.map((s) => s.file);
  }
  const specs = await Promise.all(specFiles.map(async (f) => (await readSpec(f, { lint: false })).doc));
  const errataDir = values.errata ?? defaultErrataDir(specFiles);
  let register;
  try {
    register = await loadErrata(errataDir);
  } catch (err) {
    if (err instanceof FuncspecError) err.exitCode = USAGE_ERROR;
    throw err;
  }
  // A register named on the command line must exist; without one, nothing is explained.
  if (register.files.length === 0) {
    if (values.errata !== undefined) throw new FuncspecError(`no errata register (errata.yaml) in ${errataDir}`, { file: join(errataDir, 'errata.yaml') });
    console.error(`funcspec drift: no errata register in ${errataDir} (pass --errata DIR); no drift is listed as explained`);
  }

  const report = runDrift({ file, text, specs, operationId: values.operation, register });
  process.stdout.write(values.format === 'json' ? formatDriftJson(report) : formatDriftText(report));
  return unexplained(report).length > 0 ? 1 : 0;
}
