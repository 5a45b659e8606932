/**
 * A user's generated package assumes nothing of this repository: its README and `--check` name the
 * command that was run (relative paths, no `npm run generate` unless the config says so), its runtime
 * holds only the vendor auth modules its specs name, and its subpath and client come from info.title
 * unless --subpath/--client/--name or the config say otherwise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeSources } from '../../generator/generate/runtime-sources.js';
import { generateIn, importInNode, spec, workspace, write, WROTE } from './generate-support.js';

const root = workspace();

describe('the command the package names', () => {
  it('is the funcspec command line that was run, paths relative to the folder holding the output', async () => {
    const project = join(root, 'named');
    write(join(project, 'api.yaml'), spec());
    const result = await generateIn(project, ['--spec', 'api.yaml', '--out', 'client']);
    expect(result.stderr).toMatch(WROTE);
    expect(result.code).toBe(0);
    const readme = readFileSync(join(project, 'client/README.md'), 'utf8');
    expect(readme).toContain('Do not edit:\nregenerate with `funcspec generate --spec api.yaml --out client`.');
    expect(readme).not.toContain('npm run generate');
    expect(readme).not.toContain('curated');
    expect(readme).not.toContain(root);
  });

  it('rebuilds --subpath, --client, --name and a second --spec, quoting what a shell would split', async () => {
    const project = join(root, 'flags');
    write(join(project, 'specs/my api.yaml'), spec());
    write(join(project, 'specs/other.yaml'), spec({ title: 'Other' }));
    const args = ['--spec', 'specs/my api.yaml', '--spec', 'specs/other.yaml', '--subpath', 'acme/pets', '--subpath', 'other', '--client', 'PetsClient', '--client', 'OtherClient'];
    const result = await generateIn(join(project, 'specs'), [...args.map((a) => a.replace('specs/', '')), '--out', '../out/pkg', '--name', '@acme/pets', '--silent']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(project, 'out/pkg/README.md'), 'utf8')).toContain(
      "regenerate with `funcspec generate --spec '../specs/my api.yaml' --subpath acme/pets --client PetsClient --spec ../specs/other.yaml --subpath other --client OtherClient --out pkg --name @acme/pets`.",
    );
    expect(JSON.parse(readFileSync(join(project, 'out/pkg/package.json'), 'utf8'))).toMatchObject({ name: '@acme/pets' });
    expect(readFileSync(join(project, 'out/pkg/acme/pets/client.js'), 'utf8')).toContain('export class PetsClient ');
  });

  it('--check names the command as run from the working folder, and stale files exit 1', async () => {
    const project = join(root, 'check');
    write(join(project, 'api.yaml'), spec());
    expect((await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--silent'])).code).toBe(0);
    write(join(project, 'api.yaml'), spec({ operationId: 'FetchPet' }));
    const result = await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--check']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('client/ is stale; run `funcspec generate --spec api.yaml --out client`. Files that differ:');
    write(join(project, 'sub/keep.txt'), '');
    const fromBelow = await generateIn(join(project, 'sub'), ['--spec', '../api.yaml', '--out', join(project, 'client'), '--check']);
    expect(fromBelow.code).toBe(1);
    expect(fromBelow.stderr.split('\n')[0]).toContain('; run `funcspec generate --spec ../api.yaml --out ../client`. ');
  });

  it("is the config's regenerateCommand when it sets one", async () => {
    const project = join(root, 'scripted');
    write(join(project, 'api.yaml'), spec());
    write(join(project, '.git/HEAD'), '');
    write(join(project, 'funcspec.config.json'), JSON.stringify({ out: 'client', specs: [{ spec: 'api.yaml' }], regenerateCommand: 'npm run gen:client' }));
    expect((await generateIn(project, ['--silent'])).code).toBe(0);
    expect(readFileSync(join(project, 'client/README.md'), 'utf8')).toContain('regenerate with `npm run gen:client`.');
    write(join(project, 'api.yaml'), spec({ operationId: 'FetchPet' }));
    expect((await generateIn(project, ['--check'])).stderr).toMatch(/^client\/ is stale; run `npm run gen:client`\./);
  });

  it('with a config: `funcspec generate`, which finds it from the config folder', async () => {
    const project = join(root, 'configured');
    write(join(project, 'api.yaml'), spec());
    write(join(project, '.git/HEAD'), '');
    write(join(project, 'funcspec.config.json'), JSON.stringify({ out: 'client', specs: [{ spec: 'api.yaml' }] }));
    write(join(project, 'other.config.json'), JSON.stringify({ out: 'client2', specs: [{ spec: 'api.yaml' }] }));
    expect((await generateIn(project, ['--silent'])).code).toBe(0);
    expect(readFileSync(join(project, 'client/README.md'), 'utf8')).toContain('regenerate with `funcspec generate`.');
    expect((await generateIn(project, ['--config', 'other.config.json', '--silent'])).code).toBe(0);
    expect(readFileSync(join(project, 'client2/README.md'), 'utf8')).toContain('regenerate with `funcspec generate --config other.config.json`.');
  });
});

describe('the runtime holds the vendor modules the specs name, and no other', () => {
  it('one vendor: its module, its conventions, and the package works', async () => {
    const project = join(root, 'one-vendor');
    write(join(project, 'api.yaml'), spec({ auth: 'huaweiAkSk' }));
    expect((await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--silent'])).code).toBe(0);
    const runtime = readdirSync(join(project, 'client/runtime'));
    expect(runtime).toContain('auth-huaweicloud.js');
    expect(runtime.filter((f) => f.startsWith('auth-aliyun'))).toEqual([]);
    const conventions = readFileSync(join(project, 'client/runtime/conventions.js'), 'utf8');
    expect(conventions).toContain('const VENDORS = [HUAWEI_CLOUD_CONVENTIONS];');
    expect(conventions).not.toMatch(/aliyun|ALIYUN/);
    expect(readFileSync(join(project, 'client/runtime/index.js'), 'utf8')).not.toContain('aliyun');
    const value = await importInNode(join(project, 'client/pet-store/index.js'), '[typeof m.huaweiAkSk, typeof m.aliyunAcs3, typeof new m.PetStoreClient().getPet]');
    expect(value).toEqual(['function', 'undefined', 'function']);
  });

  it('no vendor named: no vendor module at all', async () => {
    const project = join(root, 'no-vendor');
    write(join(project, 'api.yaml'), spec());
    expect((await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--silent'])).code).toBe(0);
    expect(readdirSync(join(project, 'client/runtime')).filter((f) => f.startsWith('auth-'))).toEqual([]);
    expect(readFileSync(join(project, 'client/runtime/conventions.js'), 'utf8')).toContain('const VENDORS = [];');
    expect(await importInNode(join(project, 'client/pet-store/index.js'), 'typeof m.headerToken')).toBe('function');
  });

  it('every vendor named: the runtime sources exactly as they are in runtime/', () => {
    const all = runtimeSources();
    expect(runtimeSources(['huaweiAkSk', 'aliyunAcs3'])).toEqual(all);
    expect([...runtimeSources([]).keys()]).toEqual([...all.keys()].filter((f) => !/^auth-/.test(f)));
  });
});

describe('subpath and client names', () => {
  it('come from info.title, not the file name', async () => {
    const project = join(root, 'titles');
    write(join(project, 'openapi.yaml'), spec({ title: 'Swagger Petstore - OpenAPI 3.0' }));
    expect((await generateIn(project, ['--spec', 'openapi.yaml', '--out', 'client', '--silent'])).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(project, 'client/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual(['./swagger-petstore-openapi-3.0', './runtime', './package.json']);
    expect(readFileSync(join(project, 'client/swagger-petstore-openapi-3.0/client.js'), 'utf8')).toContain('export class SwaggerPetstoreOpenapi30Client ');
  });

  it('two specs with one title: refused at the second title, saying how to tell them apart', async () => {
    const project = join(root, 'same-title');
    write(join(project, 'a.yaml'), spec());
    write(join(project, 'b.yaml'), spec());
    const result = await generateIn(project, ['--spec', 'a.yaml', '--spec', 'b.yaml', '--out', 'client']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^funcspec generate: b\.yaml:2:\d+: output name 'pet-store' is used twice \(it comes from info\.title: set `subpath` in the config, or --subpath\)$/,
    );
    expect(existsSync(join(project, 'client'))).toBe(false);
  });

  it('set in the config: subpath and client per spec', async () => {
    const project = join(root, 'config-names');
    write(join(project, 'api.yaml'), spec());
    write(join(project, '.git/HEAD'), '');
    write(join(project, 'funcspec.config.json'), JSON.stringify({ out: 'client', package: { name: 'pets' }, specs: [{ spec: 'api.yaml', subpath: 'v1/pets', client: 'Pets' }] }));
    expect((await generateIn(project, ['--silent'])).code).toBe(0);
    expect(readFileSync(join(project, 'client/v1/pets/client.js'), 'utf8')).toContain('export class Pets ');
  });

  it('flags that cannot be used are usage errors', async () => {
    const project = join(root, 'bad-flags');
    write(join(project, 'api.yaml'), spec());
    const cases: Array<[string[], RegExp]> = [
      [['--spec', 'api.yaml', '--out', 'x', '--subpath', 'Not Valid'], /--subpath: output name 'Not Valid' must be lower-case/],
      [['--spec', 'api.yaml', '--out', 'x', '--client', 'class'], /--client: 'class' is not a TypeScript identifier/],
      [['--spec', 'api.yaml', '--out', 'x', '--subpath', 'a', '--subpath', 'b'], /--subpath is given once per --spec, in the same order \(1 --spec, 2 --subpath\)/],
      [['--spec', 'api.yaml', '--out', 'x', '--name', 'Bad Name'], /package name 'Bad Name' is not a valid npm package name/],
    ];
    for (const [args, message] of cases) {
      const result = await generateIn(project, args);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.code, args.join(' ')).toBe(2);
    }
  });
});
