// docs/reliability.md is written by the reliability suite: each part (crash, fuzz, authorization, audit, security)
// replaces only its own section, between `<!-- reliability:<key> -->` and `<!-- /reliability:<key> -->`.
import fs from 'node:fs'
import { withSection } from '../bench/report.js'

export const RELIABILITY_FILE = 'docs/reliability.md'

/** How big a run is: `ci` (bounded, inside `.ci/run`) or `full` (`npm run test:reliability`, the default). */
export type ReliabilitySize = 'ci' | 'full'

/** The size asked for by `RELIABILITY_SIZE` (`ci` or `full`, default `full`). */
export function reliabilitySize(): ReliabilitySize {
  return process.env.RELIABILITY_SIZE === 'ci' ? 'ci' : 'full'
}

/** The backend of this run, as the report names it. */
export function backendName(): string {
  return process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded (PGlite)'
}

/**
 * Writes one part's counts into docs/reliability.md (keeping the other parts' sections), under a key that names the
 * part, the backend and the size, so a CI-size run never overwrites the full run's figures.
 */
export function writeReliabilitySection(part: string, lines: string[]): void {
  const key = `${part}-${process.env.DATABASE_URL ? 'postgresql' : 'embedded'}-${reliabilitySize()}`
  const before = fs.existsSync(RELIABILITY_FILE) ? fs.readFileSync(RELIABILITY_FILE, 'utf8') : ''
  const current = before.includes('<!-- reliability:') ? before : `${RELIABILITY_HEADER}\n`
  fs.mkdirSync('docs', { recursive: true })
  fs.writeFileSync(RELIABILITY_FILE, withSection(current, key, lines, 'reliability'))
}

const RELIABILITY_HEADER = `# Reliability

Written by \`npm run test:reliability\` (the full size; \`RELIABILITY_SIZE=ci\` is the bounded size that \`.ci/run\`
runs). Each part writes its own section with what it sent and checked, on each backend: the embedded database by
default, PostgreSQL when \`DATABASE_URL\` is set.
`
