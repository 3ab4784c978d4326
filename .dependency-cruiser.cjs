/**
 * The dependency rules of docs/ARCHITECTURE.md, checked as errors on every `pnpm test`.
 * Type-only imports are allowed where the table says `import type`.
 */
const NODE_BUILTINS = '^(node:|fs$|path$|crypto$|os$|child_process$|http$|https$|net$|stream$|url$|util$|worker_threads$)';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'packages/domain imports nothing but zod (and itself): time, ids and reference data are arguments.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { pathNot: ['^packages/domain/src', 'node_modules/zod/', '^zod$', 'node_modules/fast-check/', 'node_modules/vitest/', 'node_modules/@vitest/', '^packages/reference/src/[^/]+\\.json$'] },
    },
    {
      name: 'domain-reference-data-only-in-tests',
      comment: 'tests check the domain against the real reference data; the domain itself takes it as arguments.',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '(\\.test\\.ts|/test-[^/]+\\.ts)$' },
      to: { path: '^packages/reference/' },
    },
    {
      name: 'domain-runtime-no-test-libs',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { path: ['node_modules/fast-check/', 'node_modules/vitest/'] },
    },
    {
      name: 'domain-no-builtins',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sheets-not-above',
      comment: 'the spreadsheet reader is shared by the CLI and the API: it knows the domain, nothing above it.',
      severity: 'error',
      from: { path: '^packages/sheets/src' },
      to: { path: ['^packages/(db|api|client|ui)/', '^apps/', 'node_modules/(kysely|pg|@trpc|fastify|react)/'] },
    },
    {
      name: 'printouts-not-above',
      comment: 'official PDFs are rendered from plain inputs: the printouts know the domain, nothing above it.',
      severity: 'error',
      from: { path: '^packages/printouts/src' },
      to: { path: ['^packages/(db|api|client|ui|sheets)/', '^apps/', 'node_modules/(kysely|pg|@trpc|fastify|react)/'] },
    },
    {
      name: 'db-not-above',
      severity: 'error',
      from: { path: '^packages/db/src' },
      to: { path: ['^packages/(api|client|ui|sheets)/', '^apps/', 'node_modules/(@trpc|fastify|react)/'] },
    },
    {
      name: 'migrations-frozen',
      comment: 'migrations are frozen in time: Kysely<any>, never the current src/.',
      severity: 'error',
      from: { path: '^packages/db/src/migrations/' },
      to: { path: '^packages/', pathNot: '^packages/db/src/migrations/' },
    },
    {
      name: 'api-no-http-or-ui',
      severity: 'error',
      from: { path: '^packages/api/src' },
      to: { path: ['^apps/', '^packages/(client|ui)/', 'node_modules/(fastify|@fastify|react|react-dom)/'] },
    },
    {
      name: 'client-types-only-from-api',
      severity: 'error',
      from: { path: '^packages/client/src' },
      to: { path: ['^packages/(api|db)/', '^apps/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'ui-no-data-layers',
      severity: 'error',
      from: { path: '^packages/ui/src' },
      to: { path: ['^packages/(api|db|client)/', 'node_modules/@trpc/', '^apps/'] },
    },
    {
      name: 'ui-domain-types-only',
      severity: 'error',
      from: { path: '^packages/ui/src' },
      to: { path: '^packages/domain/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'review-only-ui-client-domain',
      comment: "the reviewer screen's shared pieces (packages/review) stand on ui, client and domain: no apps, no server side.",
      severity: 'error',
      from: { path: '^packages/review/src' },
      to: { path: ['^apps/', '^packages/(api|db|sheets|printouts|reference)/', 'node_modules/(kysely|pg|fastify|@trpc/server)/'] },
    },
    {
      name: 'nothing-below-imports-review',
      comment: 'ui, client, domain, api and db sit under packages/review: they never import it.',
      severity: 'error',
      from: { path: '^packages/(ui|client|domain|api|db|sheets|printouts|reference)/' },
      to: { path: '^packages/review/' },
    },
    {
      name: 'web-apps-no-server-side',
      severity: 'error',
      from: { path: '^apps/(submitter|provincial|national)/' },
      to: { path: ['^packages/(db|api)/', '^apps/server/', 'node_modules/(kysely|pg|fastify)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-is-a-leaf',
      severity: 'error',
      from: { pathNot: '^apps/server/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    combinedDependencies: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
