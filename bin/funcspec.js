#!/usr/bin/env node
// The funcspec command. An installed package runs the compiled CLI in dist/ (built by `npm run build` on
// pack); a source checkout, which has generator/ beside bin/, runs the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const sources = new URL('../generator/cli/main.ts', import.meta.url);
let main;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import(new URL('../dist/cli/main.js', import.meta.url).href));
}
process.exitCode = await main(process.argv.slice(2));
