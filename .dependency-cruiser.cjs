// Module boundaries (STYLE.md, dependency rules 1-3), checked by `npm run lint`.
const order = ['access', 'territory', 'partners', 'people', 'employers', 'reports', 'public-site']
const higher = (m) => order.slice(order.indexOf(m) + 1)

module.exports = {
  forbidden: [
    {
      name: 'platform-is-domain-free',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|server|cli|seed)/' },
    },
    {
      name: 'modules-only-through-index',
      comment: 'A module imports another only through its index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.schema\\.ts$' },
      to: { path: '^src/modules/([^/]+)/.+', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'schemas-reference-only-schemas',
      comment: 'A schema file may import another module\'s schema file (for a foreign key), and nothing else of it.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/.+\\.schema\\.ts$' },
      to: { path: '^src/modules/([^/]+)/.+', pathNot: ['^src/modules/$1/', '\\.schema\\.ts$'] },
    },
    {
      name: 'outside-only-through-index',
      severity: 'error',
      from: { path: '^src/(server|cli|seed)/' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    ...order.map((m) => ({
      name: `one-way-${m}`,
      comment: `${m} must not import a module above it (${higher(m).join(', ') || 'none'}).`,
      severity: 'error',
      from: { path: `^src/modules/${m}/`, pathNot: '\\.test\\.tsx?$' },
      to: { path: `^src/modules/(${higher(m).join('|') || '__none__'})/` },
    })),
    { name: 'no-circular', severity: 'error', from: { pathNot: '\\.test\\.tsx?$' }, to: { circular: true, viaOnly: { pathNot: '\\.test\\.tsx?$' } } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
}
