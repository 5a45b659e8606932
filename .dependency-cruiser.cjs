// Import rules: no cycles, folders import only downward (see ARCHITECTURE.md), the runtime stays independent.
/** A folder of generator/ and the folders below it that it may import. */
const LAYERS = {
  openapi: [],
  pages: ['openapi'],
  register: ['openapi', 'pages'],
  audit: ['openapi', 'pages', 'register'],
  generate: ['openapi'],
  mock: ['openapi'],
  diff: ['openapi'],
  drift: ['openapi', 'pages', 'register'],
};

const downward = Object.entries(LAYERS).map(([folder, below]) => ({
  name: `${folder}-imports-only-downward`,
  comment: `generator/${folder}/ may import generator/errors.ts${below.length ? ` and generator/{${below.join(',')}}/` : ''} only`,
  severity: 'error',
  from: { path: `^generator/${folder}/` },
  to: { path: '^generator/', pathNot: [`^generator/${folder}/`, '^generator/errors\\.ts$', ...below.map((b) => `^generator/${b}/`)] },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'files that import each other in a loop', from: {}, to: { circular: true } },
    {
      name: 'runtime-is-independent',
      severity: 'error',
      comment: 'runtime/ is copied into every generated package: it imports nothing but itself and node builtins',
      from: { path: '^runtime/' },
      to: { pathNot: ['^runtime/'], dependencyTypesNot: ['core'] },
    },
    { name: 'only-cli-imports-cli', severity: 'error', from: { path: '^generator/', pathNot: '^generator/cli/' }, to: { path: '^generator/cli/' } },
    { name: 'generator-never-imports-tests', severity: 'error', from: { path: '^(generator|runtime)/' }, to: { path: '^(test|bench)/' } },
    { name: 'errors-is-the-ground-floor', severity: 'error', from: { path: '^generator/errors\\.ts$' }, to: { path: '^generator/', pathNot: '^generator/errors\\.ts$' } },
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment: 'a new generator/ folder gets a place in LAYERS (and in ARCHITECTURE.md) before it holds code',
      from: { path: '^generator/', pathNot: [`^generator/(cli|${Object.keys(LAYERS).join('|')})/`, '^generator/errors\\.ts$'] },
      to: {},
    },
    ...downward,
    // bench/ measures the built CLI in dist/, which `npm run bench` builds first and a fresh clone lacks.
    { name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true, pathNot: '^\\.\\./dist/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|generated|test/consumer|test/fixtures)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
