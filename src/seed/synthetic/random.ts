import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

// Every generated record draws from its own stream, keyed by (seed, kind, index): a record can be generated again in
// a later pass (a dossier's interventions, its referrals' events) without keeping anything in memory, and the same
// seed always yields the same data.

/** murmur3's 32-bit finalizer: spreads nearby keys over the whole state (pure-rand's own seeding does not). */
function fmix32(x: number): number {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function mix(seed: number, kind: number, index: number, lane: number): number {
  return fmix32(fmix32(fmix32(seed ^ Math.imul(kind, 0x9e3779b1)) ^ index) + Math.imul(lane, 0x27d4eb2f))
}

/** A seeded stream of draws (xoroshiro128+ from pure-rand). */
export class Draw {
  private readonly rng: RandomGenerator

  constructor(seed: number, kind: number, index: number) {
    const state = [mix(seed, kind, index, 1), mix(seed, kind, index, 2), mix(seed, kind, index, 3)]
    this.rng = xoroshiro128plusFromState([...state, mix(seed, kind, index, 4) | 1].map((v) => v | 0))
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max)
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return uniformInt(this.rng, 0, 999_999) < p * 1_000_000
  }

  pick<T>(items: readonly T[]): T {
    return items[uniformInt(this.rng, 0, items.length - 1)]!
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0)
    let at = (uniformInt(this.rng, 0, 999_999) / 1_000_000) * total
    for (const [value, w] of choices) {
      at -= w
      if (at < 0) return value
    }
    return choices[choices.length - 1]![0]
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const out: T[] = []
    while (out.length < count && pool.length > 0) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]!)
    return out
  }
}

/** Stream kinds: one per kind of record, so adding a draw to one kind never shifts another's data. */
export const kinds = {
  person: 1,
  personRegion: 2,
  dossier: 3,
  interventions: 4,
  needs: 5,
  referrals: 6,
  staff: 7,
  quota: 8,
  household: 9,
  consent: 10,
  need: 11,
  step: 12,
  referral: 13,
  organization: 14,
  agreement: 15,
  obligations: 16,
  action: 17,
  deliverable: 18,
  enterprise: 19,
  advisorService: 20,
  labourNeed: 21,
  candidate: 22,
  jobMatchingConsent: 23,
} as const

/** A stable UUID (version 4 layout) for record `index` of a kind: later passes refer to it without a lookup. */
export function uuidFor(seed: number, kind: number, index: number): string {
  const h = [1, 2, 3, 4]
    .map((lane) =>
      mix(seed, kind + 100, index, lane)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Splits `total` over `parts` slots exactly, unevenly: slots go by pairs whose share one of the two draws. */
export function shareOf(seed: number, kind: number, total: number, parts: number, slot: number): number {
  const pair = Math.floor(slot / 2)
  const pairTotal = Math.floor((Math.min(2 * pair + 2, parts) * total) / parts) - Math.floor((2 * pair * total) / parts)
  if (2 * pair + 1 >= parts) return pairTotal
  const first = new Draw(seed, kinds.quota + kind * 16, pair).int(0, pairTotal)
  return slot % 2 === 0 ? first : pairTotal - first
}
