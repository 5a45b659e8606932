/** The `funcspec` command: dispatches to one module per subcommand and turns FuncspecErrors into one line and an exit code. */
import { readFileSync } from 'node:fs';
import { FuncspecError, USAGE_ERROR } from '../errors.js';
import { didYouMean } from './args.js';

/** A subcommand: loaded lazily so `funcspec --help` stays instant and one command's deps never slow another. */
interface Command {
  summary: string;
  run: (args: string[]) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  generate: {
    summary: 'write typed models, precompiled validators and clients for OpenAPI documents',
    run: async (args) => (await import('./generate.js')).generateCommand(args),
  },
  diff: {
    summary: 'compare two versions of an OpenAPI document and classify each change as breaking or not',
    run: async (args) => (await import('./diff.js')).diffCommand(args),
  },
  drift: {
    summary: 'check a freshly captured vendor page against the curated spec (or draft a spec from it)',
    run: async (args) => (await import('./drift.js')).driftCommand(args),
  },
  mock: {
    summary: 'serve an OpenAPI document from its documented examples, validating requests',
    run: async (args) => (await import('./mock.js')).mockCommand(args),
  },
  'check-spec': {
    summary: 'validate OpenAPI documents and their examples (Redocly + Ajv2020)',
    run: async (args) => (await import('./check-spec.js')).checkSpecCommand(args),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: funcspec <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    "  -h, --help     show this help (or a command's, after its name)",
    '  -v, --version  print the version',
    '',
    'Exit codes (every command): 0 ok; 1 findings (diff --fail-on, drift, generate --check stale, check-spec);',
    '2 usage or input errors.',
  ].join('\n');
}

/** funcspec's own version, read from the package.json beside the sources (or dist/) it runs from. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? USAGE_ERROR : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(version());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = didYouMean(name, Object.keys(COMMANDS));
    console.error(`funcspec: unknown command '${name}'${near ? ` (did you mean '${near}'?)` : ''}\n\n${usage()}`);
    return USAGE_ERROR;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof FuncspecError) {
      console.error(`funcspec ${name}: ${err.format()}`);
      return err.exitCode;
    }
    throw err;
  }
}

// Run directly (`tsx generator/cli/main.ts ...`, which is what the npm scripts do).
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
