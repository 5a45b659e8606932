/** Running the CLI in-process, so a test sees exactly what a user would see printed. */
import { vi } from 'vitest';
import { main } from '../../generator/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in-process (no tsx start-up per case), capturing what it prints: console output and
 * what commands write to process.stdout directly (diff, drift), in order.
 */
export async function runCli(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(`${a.join(' ')}\n`));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(`${a.join(' ')}\n`));
  try {
    const code = await main(args);
    return { code, stdout: out.join('').replace(/\n$/, ''), stderr: err.join('').replace(/\n$/, '') };
  } finally {
    log.mockRestore();
    write.mockRestore();
    error.mockRestore();
  }
}
