/**
 * `npm run bench`: the generator against openapi-typescript's CLI on the same inputs, in the same
 * run, then bundle sizes. Every job runs in a fresh process, alternating tools, and the median of
 * the repetitions is reported with the ratio funcspec / openapi-typescript.
 *
 * Budget: the whole pipeline (types, validators, clients, compiled JavaScript and declarations) within 1.5x of
 * openapi-typescript's types-only time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const inputs = [
  { name: 'FunctionGraph v2 (ours)', file: 'spec/huaweicloud/functiongraph-v2.yaml', runs: 7 },
  { name: 'Function Compute (ours)', file: 'spec/aliyun/fc-2021-04-06.yaml', runs: 7 },
  { name: 'GitHub REST (api.github.com, 13 MB)', file: require.resolve('@octokit/openapi/generated/api.github.com.json'), runs: 3 },
];

interface Sample {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

function job(kind: 'funcspec' | 'openapi-typescript', file: string): Sample {
  const dir = mkdtempSync(join(tmpdir(), 'funcspec-bench-'));
  try {
    const out = kind === 'funcspec' ? join(dir, 'out') : join(dir, 'types.ts');
    const stdout = execFileSync(process.execPath, ['bench/job.mjs', kind, file, out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Sample;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// funcspec is measured as installed: the compiled CLI in dist/, without a TypeScript loader.
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log('generate vs openapi-typescript (median wall time per fresh process; processor time of all threads; peak RSS)\n');
console.log('| input | openapi-typescript | funcspec generate | ratio | processor time (ots / funcspec) | peak RSS (ots / funcspec) |');
console.log('|---|---|---|---|---|---|');
for (const input of inputs) {
  const ots: Sample[] = [];
  const ours: Sample[] = [];
  for (let i = 0; i < input.runs; i++) {
    ots.push(job('openapi-typescript', input.file));
    ours.push(job('funcspec', input.file));
  }
  const a = median(ots.map((s) => s.ms));
  const b = median(ours.map((s) => s.ms));
  const memA = Math.max(...ots.map((s) => s.maxRssMb));
  const memB = Math.max(...ours.map((s) => s.maxRssMb));
  const cpuA = median(ots.map((s) => s.cpuMs));
  const cpuB = median(ours.map((s) => s.cpuMs));
  console.log(`| ${input.name} | ${a} ms | ${b} ms | ${(b / a).toFixed(2)}x | ${cpuA} / ${cpuB} ms | ${memA} / ${memB} MB (${(memB / memA).toFixed(2)}x) |`);
}

const github = inputs[inputs.length - 1]!;
{
  const dir = mkdtempSync(join(tmpdir(), 'funcspec-bench-'));
  try {
    const stdout = execFileSync(process.execPath, ['bench/job.mjs', 'stages', github.file, join(dir, 'out')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const { ms, stages, rssAtStart } = JSON.parse(stdout.trim().split('\n').pop()!) as Sample & { stages: Record<string, number>; rssAtStart: Record<string, number> };
    // On a large document the validators compile on a second thread from the moment it is parsed, and
    // the lint runs after the client on whichever thread is free: the validators step is what is left
    // of the validator thread then.
    console.log(
      `\n${github.name}, stage by stage on the main thread (one run; each step's libraries load in it; "lint" is this thread's lint, or its wait for the validator thread's; "validators", what is left of that thread)\n`,
    );
    console.log('| step | time | resident memory as it starts |');
    console.log('|---|---|---|');
    for (const [step, t] of Object.entries(stages)) console.log(`| ${step} | ${t} ms | ${rssAtStart[step] ?? '?'} MB |`);
    console.log(`| total | ${ms} ms |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

execFileSync(process.execPath, [tsx, 'bench/cli-times.ts'], { stdio: 'inherit' });

console.log('\nInstall size: npm i -D into an empty project, same run\n');
execFileSync(process.execPath, [tsx, 'bench/install-size.ts'], { stdio: 'inherit' });

console.log('\nBundle sizes\n');
execFileSync(process.execPath, [tsx, 'bench/bundle-size.ts'], { stdio: 'inherit' });

console.log('\nLinear-time patterns: RE2 (re2js) next to RegExp\n');
execFileSync(process.execPath, [tsx, 'bench/regexp.ts'], { stdio: 'inherit' });

console.log('\nTime bounds on hostile input\n');
execFileSync(process.execPath, [tsx, 'bench/hostile.ts'], { stdio: 'inherit' });
