/**
 * What a user installs: funcspec's packed tarball, openapi-typescript and @hey-api/openapi-ts, each
 * `npm i -D` into an empty project in the same run, measured as disk size and package count.
 *
 *   npx tsx bench/install-size.ts [--json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

interface Row {
  name: string;
  packages: number;
  bytes: number;
}

/** Bytes on disk (file sizes) and package folders (each holding a package.json) under node_modules. */
function measure(dir: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  const stack = [join(dir, 'node_modules')];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) stack.push(path);
      else {
        bytes += statSync(path).size;
        if (entry.name === 'package.json' && /node_modules[\\/](@[^\\/]+[\\/])?[^\\/@]+$/.test(current)) packages++;
      }
    }
  }
  return { bytes, packages };
}

function install(name: string, spec: string): Row {
  const dir = mkdtempSync(join(tmpdir(), 'funcspec-install-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"name":"probe","version":"0.0.0","private":true}\n');
    // --ignore-scripts: peers' postinstall hooks are not part of what is measured (and may need the network).
    execFileSync('npm', ['i', '-D', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--engine-strict=false', spec], { cwd: dir, stdio: 'ignore' });
    return { name, ...measure(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const packDir = mkdtempSync(join(tmpdir(), 'funcspec-pack-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
  const rows = [
    install('funcspec (packed tarball)', join(packDir, tarball)),
    install('openapi-typescript', 'openapi-typescript'),
    install('@hey-api/openapi-ts', '@hey-api/openapi-ts'),
  ];
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log('| package | installed size | packages |');
    console.log('|---|---|---|');
    for (const r of rows) console.log(`| ${r.name} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.packages} |`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
