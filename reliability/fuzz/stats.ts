// The fuzzer's counts: requests by kind, method, identity and status class, routes covered, for the printed summary
// and docs/reliability.md.
import type { CatalogueRoute } from '../routes.js'

export class FuzzStats {
  requests = 0
  probes = 0
  refreshed = 0
  readonly byKind = new Map<string, number>()
  readonly byMethod = new Map<string, number>()
  readonly byIdentity = new Map<string, number>()
  readonly byStatus = new Map<string, number>()
  readonly byEnvelope = new Map<string, number>()
  readonly covered = new Set<string>()

  count(route: CatalogueRoute, identity: string, envelope: string, status: number): void {
    this.requests++
    bump(this.byKind, route.kind)
    bump(this.byMethod, route.method)
    bump(this.byIdentity, identity)
    bump(this.byEnvelope, envelope)
    bump(this.byStatus, `${Math.floor(status / 100)}xx`)
    this.covered.add(`${route.method} ${route.url}`)
  }

  /** The summary lines (Markdown list). */
  lines(o: { seed: number; routes: number; properties: number; failures: number; seconds: number; backend: string }) {
    return [
      `- Backend: ${o.backend}; seed ${o.seed} (\`FUZZ_SEED\`); ${o.seconds.toFixed(0)} s`,
      `- Requests sent by the properties: **${this.requests}** (and ${this.probes} discovery requests, checked alike)`,
      `- By kind: ${fmt(this.byKind)}`,
      `- By method: ${fmt(this.byMethod)}`,
      `- By identity (transport included): ${fmt(this.byIdentity)}`,
      `- By body envelope: ${fmt(this.byEnvelope)}`,
      `- Statuses: ${fmt(this.byStatus)}`,
      `- Routes covered: ${this.covered.size} of ${o.routes} in the catalogue; properties checked: ${o.properties}`,
      `- Users replaced after a fuzzed request revoked them: ${this.refreshed}`,
      `- Failing properties (a response ≥ 500, a refusal without a message, markup echoed): **${o.failures}**`,
    ]
  }
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
const fmt = (m: Map<string, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
