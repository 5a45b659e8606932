/**
 * `npm run bench`, part: how long the CLI takes where nothing heavy should load: `--help`, `diff` on
 * our FunctionGraph pair and GitHub Enterprise 3.18 → 3.19, and a no-op `generate` (an unchanged
 * output). Runs dist/ (`npm run build` first), as an installed funcspec does; the median of 3 runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const main = 'dist/cli/main.js';
if (!existsSync(main)) {
  console.log('(no dist/: run `npm run build` first for the CLI timings)');
  process.exit(0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Median wall time of `node dist/cli/main.js ARGS` in ms; any exit code but 2 (diff exits 1 on breaking changes). */
function time(args: string[], runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    samples.push(performance.now() - start);
    if (r.status === 2 || r.status === null) throw new Error(`funcspec ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  }
  return Math.round(median(samples));
}

const ghes = (v: string): string => require.resolve(`@octokit/openapi/generated/ghes-${v}.json`);
console.log('\nCLI timings (dist/, median of 3 fresh processes)\n');
console.log('| command | wall time |');
console.log('|---|---|');
console.log(`| funcspec --help | ${time(['--help'])} ms |`);
console.log(`| diff FunctionGraph 2024-11-07 → current | ${time(['diff', 'spec/snapshots/functiongraph-v2@2024-11-07.yaml', 'spec/huaweicloud/functiongraph-v2.yaml'])} ms |`);
console.log(`| diff GHES 3.18 → 3.19 | ${time(['diff', ghes('3.18'), ghes('3.19')], 1)} ms |`);
const dir = mkdtempSync(join(tmpdir(), 'funcspec-bench-noop-'));
try {
  const out = join(dir, 'out');
  const args = ['generate', '--spec', 'spec/huaweicloud/functiongraph-v2.yaml', '--out', out, '--silent'];
  execFileSync(process.execPath, [main, ...args]);
  console.log(`| generate, nothing changed (FunctionGraph) | ${time(args)} ms |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
