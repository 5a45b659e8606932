/**
 * One measured job, in its own plain-Node process (no TypeScript loader: funcspec runs from dist/, as
 * installed, and openapi-typescript from its own CLI), so its time and peak memory are its own:
 *   node bench/job.mjs funcspec <spec> <outDir>
 *   node bench/job.mjs openapi-typescript <spec> <outFile>
 *   node bench/job.mjs stages <spec> <outDir>   (generatePackage with its onPhase steps timed, then the write)
 * Prints one JSON line: {"ms": wall time, "cpuMs": processor time of all threads, "maxRssMb": peak
 * resident memory} (and "stages": ms by step, "rssAtStart": MB resident as each step starts).
 * bench/run.ts builds dist/ first.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [kind, spec, out] = process.argv.slice(2);
if (!kind || !spec || !out) throw new Error('usage: job.mjs funcspec|openapi-typescript|stages SPEC OUT');

const report = (start, extra = {}) => {
  const ms = Math.round(performance.now() - start);
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ ms, cpuMs: Math.round((user + system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra }));
};

const start = performance.now();
if (kind === 'funcspec') {
  const { main } = await import('../dist/cli/main.js');
  const code = await main(['generate', '--spec', spec, '--out', out, '--silent']);
  if (code !== 0) process.exit(code);
  report(start);
} else if (kind === 'stages') {
  // As the command does it: a large document's validator thread starts before the pipeline loads.
  const threads = await import('../dist/generate/validator-thread.js');
  const validatorThread = (await threads.worthWarming([{ file: spec }])) ? threads.warmThread() : undefined;
  const { generatePackage } = await import('../dist/generate/pipeline.js');
  // As the command runs it (cli/generate.ts): the heaps' growth is a setting of the process.
  (await import('../dist/cli/generate.js')).collectGarbageSooner();
  const { writeAtomically } = await import('../dist/generate/write.js');
  const stages = {};
  const rssAtStart = {};
  let step;
  const next = (name) => {
    const now = performance.now();
    if (step) stages[step.name] = Math.round((stages[step.name] ?? 0) + now - step.at);
    // Resident memory when each step starts (the previous step's garbage may not be collected yet).
    rssAtStart[name] = Math.round(process.memoryUsage().rss / 1048576);
    step = { name, at: now };
  };
  // Module loading counts as part of the first step that needs it (the pipeline imports each step's libraries as it starts).
  const files = await generatePackage({
    specs: [{ file: spec }],
    package: { name: 'bench', version: '0.0.0' },
    onPhase: (phase) => next(phase),
    ...(validatorThread ? { validatorThread } : {}),
  });
  validatorThread?.cancel();
  next('write');
  await writeAtomically(out, files);
  next('end');
  report(start, { stages, rssAtStart });
} else {
  // openapi-typescript's own CLI, as a user runs it (types only).
  // bin/cli.js is not in the package's exports map, so locate it from package.json.
  const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin/cli.js');
  process.argv = [process.argv[0], cli, spec, '-o', out, '--silent'];
  process.on('exit', (code) => {
    if (code === 0) report(start);
  });
  await import(cli);
}
