// Shortcut for spec authors: `npx tsx generator/spec/check.ts FILE...` = `funcspec check-spec FILE...`.
import { main } from '../cli/main.js';

process.exitCode = await main(['check-spec', ...process.argv.slice(2)]);
