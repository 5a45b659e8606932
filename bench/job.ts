/**
 * One measured job, run in its own process so its peak memory is its own:
 *   tsx bench/job.ts funcspec <spec> <outDir>
 *   tsx bench/job.ts openapi-typescript <spec> <outFile>
 * Prints one JSON line: {"ms": wall time, "maxRssMb": peak resident memory}.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [kind, spec, out] = process.argv.slice(2);
if (!kind || !spec || !out) throw new Error('usage: job.ts funcspec|openapi-typescript SPEC OUT');

const report = (start: number): void => {
  const ms = Math.round(performance.now() - start);
  console.log(JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
};

const start = performance.now();
if (kind === 'funcspec') {
  const { main } = await import('../generator/cli/main.js');
  const code = await main(['generate', '--spec', spec, '--out', out]);
  if (code !== 0) process.exit(code);
  report(start);
} else {
  // openapi-typescript's own CLI, as a user runs it (types only).
  // bin/cli.js is not in the package's exports map, so locate it from package.json.
  const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin/cli.js');
  process.argv = [process.argv[0]!, cli, spec, '-o', out, '--silent'];
  process.on('exit', (code) => {
    if (code === 0) report(start);
  });
  await import(cli);
}
