/** `funcspec generate`: flags and config in, the package (or a staleness report with --check) out. */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { FuncspecError } from '../errors.js';
import { CONFIG_FILE, configExists, defaultSpecName, missingConfig, readConfig, type GenerateConfig } from '../generate/config.js';
import { generatePackage } from '../generate/pipeline.js';
import { checkOutputTarget, staleFiles, writeAtomically } from '../generate/write.js';

const HELP = `Usage: funcspec generate [--config FILE] [--check]
       funcspec generate --spec FILE [--spec FILE ...] --out DIR [--name PACKAGE] [--check]

Writes an npm package with types, precompiled validators and clients for each OpenAPI 3.0/3.1 document.

  --config FILE  settings file (default: ${CONFIG_FILE}): out, package {name, version}, specs [{spec, name}]
  --spec FILE    an OpenAPI document (repeatable); replaces the config's specs; needs --out
  --out DIR      output folder: replaced as a whole, atomically, keeping its node_modules/; must be
                 new, empty or earlier funcspec output (marked by its .funcspec-output file)
  --name NAME    package name when using --spec (default: generated-api)
  --check        write nothing; exit 1 listing the files that differ from what would be written
`;

export async function generateCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        spec: { type: 'string', multiple: true },
        out: { type: 'string' },
        name: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new FuncspecError(`${(err as Error).message}\n\n${HELP}`);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }

  let config: GenerateConfig;
  // What generate reads: an output folder holding one of these is refused.
  const inputs: string[] = [];
  if (values.spec && values.spec.length > 0) {
    if (!values.out) throw new FuncspecError('--spec needs --out DIR (so a one-off run never overwrites the configured output)');
    // Without a config, the output names each spec by its file name alone: the same from any working folder.
    const specs = values.spec.map((file) => ({ file, name: defaultSpecName(file), source: basename(file) }));
    config = { out: values.out, package: { name: values.name ?? 'generated-api', version: '0.0.0' }, specs };
  } else {
    const path = values.config ?? CONFIG_FILE;
    if (!values.config && !configExists(path)) throw missingConfig();
    config = await readConfig(path);
    if (values.out) config.out = values.out;
    inputs.push(path);
  }
  inputs.push(...config.specs.map((s) => s.file));
  // Checked before the (slow) generation, so a refused folder is reported at once.
  await checkOutputTarget(config.out, { inputs, write: !values.check });

  const tty = process.stderr.isTTY === true;
  const files = await generatePackage({
    specs: config.specs,
    package: config.package,
    ...(config.packageAt ? { packageAt: config.packageAt } : {}),
    ...(tty
      ? {
          onProgress: (spec: { file: string; name: string }, i: number) =>
            void process.stderr.write(`[${i + 1}/${config.specs.length}] ${spec.file} → ${config.out}/${spec.name}\n`),
        }
      : {}),
  });

  if (values.check) {
    const stale = await staleFiles(config.out, files);
    if (stale.length === 0) return 0;
    console.error(`${config.out} is stale; run \`npm run generate\`. Files that differ:\n${stale.map((f) => `  ${config.out}/${f}`).join('\n')}`);
    return 1;
  }
  await writeAtomically(config.out, files, { inputs });
  if (tty) process.stderr.write(`wrote ${files.size} files to ${config.out}\n`);
  return 0;
}
