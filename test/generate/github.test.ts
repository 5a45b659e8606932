/** generate at scale: GitHub's REST description, the largest document the tests feed it. */
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate/pipeline.js';

const file = relative(process.cwd(), createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'));

describe("generate on GitHub's REST description (@octokit/openapi, 13 MB)", () => {
  // With `typeCheck`, generatePackage type-checks the whole output under the strict flags and throws if it does not compile.
  it('produces a package that type-checks, with a method per operation and a validator per JSON body', async () => {
    const files = await generatePackage({ specs: [{ file, name: 'github' }], package: { name: 'github-api', version: '0.0.0' }, typeCheck: true });
    const client = files.get('github/client.d.ts')!;
    const methods = client.match(/^\s+\w+\(input: \w+Input/gm) ?? [];
    expect(methods.length).toBeGreaterThan(1000);
    expect(client).toMatch(/reposGet\(input: ReposGetInput/);
    expect(files.get('github/types.d.ts')).toMatch(/export type SimpleUser = /);
    expect(files.get('github/validators.raw.js')).toMatch(/export const ReposGetResponse200 = |[ ,]\w+ as ReposGetResponse200[ ,]/);
  }, 600_000);
});
