/** `funcspec mock`: serves one document until Ctrl-C, logging one line per request. */
import { FuncspecError } from '../errors.js';
import { parseCommandArgs, usageError } from './args.js';
import { loadDocument } from '../openapi/document.js';
import { checkOpenApiVersion } from '../openapi/version.js';
import { listMockOperations } from '../mock/operations.js';
import { DEFAULT_SEED, startMockServer } from '../mock/server.js';
import { MockSpecError } from '../mock/servable.js';

const HELP = `Usage: funcspec mock --spec FILE [--port N] [--host H] [--dynamic] [--seed N] [--cors true|false] [--quiet]

Serves every operation of an OpenAPI 3.x document from its documented examples.

  --spec FILE         the OpenAPI document (YAML or JSON)
  --port N            port to listen on (default: 4010; 0 picks a free one)
  --host H            address to listen on (default: 127.0.0.1)
  -d, --dynamic       answer with bodies generated from the response schemas instead of the examples
  --seed N            seed of the generated bodies (default: ${DEFAULT_SEED}); the same seed and requests give the same bytes
  --cors true|false   answer CORS preflights and add CORS headers to every answer (default: true;
                      --no-cors is --cors false)
  --quiet             do not log one line per request

Each request is checked against the spec first: unknown path 404, undocumented method 405, missing
credential (the spec's security scheme) 401, invalid path/query/header parameter or JSON body 400,
undocumented body media type 415, all with the error body shape the spec documents. Valid requests get
the first success example, or the one a \`Prefer: example=NAME\` / \`Prefer: code=NNN\` request header
(or a \`?__example=NAME\` / \`?__code=NNN\` query parameter) names; \`Prefer: dynamic=true\` or
\`?__dynamic=true\` generates one answer from the schema. Stops on Ctrl-C (SIGINT) or SIGTERM.

Exit codes: 0 stopped by a signal; 2 usage or input errors (the spec cannot be served).
`;

/**
 * Prism spells the CORS switch `--cors=false`, `--cors false` or `--no-cors`; node's parseArgs takes
 * `--cors=VALUE` and `--cors VALUE` for a string option and nothing bare, so `--no-cors` and a bare
 * `--cors` are rewritten to `--cors=false` and `--cors=true`.
 */
export function normaliseCorsFlag(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (arg === '--no-cors') out.push('--cors=false');
    else if (arg === '--cors') {
      const next = args[i + 1];
      // mock takes no positional arguments: a word after --cors is its value (checked below).
      if (next !== undefined && !next.startsWith('-')) {
        out.push(`--cors=${next}`);
        i++;
      } else out.push('--cors=true');
    } else out.push(arg);
  }
  return out;
}

export async function mockCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    normaliseCorsFlag(args),
    {
      spec: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      dynamic: { type: 'boolean', short: 'd', default: false },
      seed: { type: 'string' },
      cors: { type: 'string' },
    },
    HELP,
  );
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.spec) throw usageError('--spec FILE is required', HELP);
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new FuncspecError(`--port must be an integer from 0 to 65535, not '${values.port}'`);
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (values.seed !== undefined && (!/^\d+$/.test(values.seed) || seed > 0xffffffff)) {
    throw new FuncspecError(`--seed must be an integer from 0 to 4294967295, not '${values.seed}'`);
  }
  if (values.cors !== undefined && values.cors !== 'true' && values.cors !== 'false') {
    throw new FuncspecError(`--cors must be true or false, not '${values.cors}'`);
  }
  const cors = values.cors !== 'false';

  const loaded = await loadDocument(values.spec);
  checkOpenApiVersion(loaded);
  const data = loaded.data;

  let mock;
  try {
    mock = await startMockServer(
      data,
      { port, ...(values.host !== undefined ? { host: values.host } : {}) },
      {
        cors,
        dynamic: values.dynamic,
        seed,
        ...(values.quiet ? {} : { onResponse: (o) => console.log(`${o.request.method} ${o.request.url} → ${o.status} (${o.operationId ? `${o.operationId}: ` : ''}${o.answer})`) }),
      },
    );
  } catch (err) {
    if (err instanceof MockSpecError) throw loaded.errorAt(err.pointer, err.message);
    if (err instanceof FuncspecError && err.file === undefined) throw new FuncspecError(err.message, { file: loaded.file });
    throw err;
  }

  // Listen for Ctrl-C before announcing the URL: whoever reads the URL may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void mock.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

  const operations = listMockOperations(data);
  const lines = [`funcspec mock: serving ${loaded.file} (${operations.length} operation${operations.length === 1 ? '' : 's'}) at ${mock.url}`];
  for (const op of operations) {
    const examples = op.responses.flatMap((r) => (r.media?.examples ?? []).map((e) => `${e.name} (${r.status})`));
    lines.push(`  ${op.method.padEnd(6)} ${op.path}  ${op.operationId}${examples.length ? `  examples: ${examples.join(', ')}` : ''}`);
  }
  lines.push(
    `${values.dynamic ? `Answers are generated from the response schemas (seed ${seed}).` : 'Answers are the documented examples (--dynamic to generate them).'} CORS is ${cors ? 'on (--no-cors to turn it off)' : 'off'}.`,
  );
  lines.push('Press Ctrl-C to stop.');
  console.log(lines.join('\n'));

  await stopped;
  console.log('funcspec mock: stopped');
  return 0;
}
