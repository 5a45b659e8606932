// The validator thread's entry for tests: vitest runs generator/ as TypeScript, a worker thread needs tsx's loader to do the same.
import { register } from 'tsx/esm/api';

register();
await import('../../generator/generate/validator-worker.ts');
