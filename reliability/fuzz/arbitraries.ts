// fast-check arbitraries derived from a route's zod schemas (zod 4: `schema._zod.def`): mostly valid values, each leaf
// sometimes replaced by a hostile one, optional fields left out, a required field sometimes missing, extra fields.
import fc from 'fast-check'
import { hostileValue } from './hostile.js'

/** What the derivation knows beyond the schema: ids of real records, so values reach deep code and not only 404s. */
export type DeriveContext = { ids: string[] }

type Def = { type: string; [key: string]: unknown }
type Check = {
  check?: string
  minimum?: number
  maximum?: number
  value?: number
  inclusive?: boolean
  length?: number
}
type Schema = { _zod: { def: Def } }

const defOf = (schema: unknown): Def | undefined => (schema as Schema | undefined)?._zod?.def
const checksOf = (def: Def): Check[] =>
  ((def.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def)

/** The value arbitrary of a schema: mostly valid, with hostile leaves, missing and extra fields. */
export function fuzzedOf(schema: unknown, ctx: DeriveContext, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  if (!def || depth > 6) return hostileValue
  const wrapped = unwrap(def)
  if (wrapped)
    return fuzzedOf(wrapped.inner, ctx, depth + 1).chain((v) => (wrapped.optional ? optionally(v) : fc.constant(v)))
  if (def.type === 'object') return objectOf(def, ctx, depth)
  if (def.type === 'array') return arrayOf(def, ctx, depth)
  return fc.oneof({ weight: 4, arbitrary: validLeafOf(def, ctx, depth) }, { weight: 1, arbitrary: hostileValue })
}

/** Optional, nullable, default, pipe (the side a client sends), lazy: the schema inside. */
function unwrap(def: Def): { inner: unknown; optional: boolean } | undefined {
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return { inner: def.innerType, optional: true }
    case 'nullable':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return { inner: def.innerType, optional: false }
    case 'pipe':
      return { inner: defOf(def.in)?.type === 'transform' ? def.out : def.in, optional: false }
    case 'lazy':
      return { inner: (def.getter as () => unknown)(), optional: false }
    default:
      return undefined
  }
}

const ABSENT = Symbol('absent')
const optionally = (v: unknown) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: fc.constant(ABSENT) })

function objectOf(def: Def, ctx: DeriveContext, depth: number): fc.Arbitrary<unknown> {
  const shape = (def.shape ?? {}) as Record<string, unknown>
  const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fuzzedOf(s, ctx, depth + 1)]))
  const extra = fc.dictionary(
    fc.constantFrom('extra', 'id', 'createdAt', 'role', '__proto__', 'scopeKind'),
    hostileValue,
    {
      maxKeys: 2,
    },
  )
  const missing = fc.option(fc.constantFrom(...Object.keys(shape), 'none'), { freq: 6 })
  return fc.record({ fields: fc.record(fields), extra, missing }).map(({ fields, extra, missing }) => {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(extra)) if (k !== '__proto__') out[k] = v
    for (const [k, v] of Object.entries(fields)) if (v !== ABSENT && k !== missing) out[k] = v
    return out
  })
}

function arrayOf(def: Def, ctx: DeriveContext, depth: number): fc.Arbitrary<unknown> {
  const { min, max } = lengthBounds(checksOf(def))
  const items = fc.array(fuzzedOf(def.element, ctx, depth + 1), {
    minLength: min ?? 0,
    maxLength: Math.min(max ?? 4, 6),
  })
  return fc.oneof({ weight: 5, arbitrary: items }, { weight: 1, arbitrary: hostileValue })
}

function lengthBounds(checks: Check[]): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {}
  for (const c of checks) {
    if (c.check === 'min_length' || c.check === 'min_size') out.min = c.minimum
    if (c.check === 'max_length' || c.check === 'max_size') out.max = c.maximum
    if (c.check === 'length_equals') out.min = out.max = c.length
  }
  return out
}

/** A valid value of a leaf schema (string, number, enum, …), as well as this walk can make one. */
function validLeafOf(def: Def, ctx: DeriveContext, depth: number): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'string':
      return stringOf(def, ctx)
    case 'number':
    case 'int':
      return numberOf(def)
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => fuzzedOf(o, ctx, depth + 1)))
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), fuzzedOf(def.valueType, ctx, depth + 1), { maxKeys: 3 })
    case 'date':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((i) => fuzzedOf(i, ctx, depth + 1)))
    case 'intersection':
      return fc
        .tuple(fuzzedOf(def.left, ctx, depth + 1), fuzzedOf(def.right, ctx, depth + 1))
        .map(([a, b]) => (isPlain(a) && isPlain(b) ? { ...a, ...b } : a))
    default:
      return hostileValue
  }
}

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

function stringOf(def: Def, ctx: DeriveContext): fc.Arbitrary<unknown> {
  const checks = checksOf(def)
  const pattern = (def.pattern ?? checks.find((c) => 'pattern' in c)?.['pattern' as keyof Check]) as RegExp | undefined
  if (def.format === 'uuid' && ctx.ids.length > 0) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.ids) }, { weight: 1, arbitrary: fc.uuid() })
  }
  if (pattern instanceof RegExp) return fc.stringMatching(pattern).map((s) => s.slice(0, 200))
  const { min, max } = lengthBounds(checks)
  const text = fc.string({ unit: 'grapheme-ascii', minLength: min ?? 0, maxLength: Math.min(max ?? 30, 60) })
  return fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('Québec', 'Gaspé', '11') })
}

function numberOf(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def)
  let min = -1_000_000
  let max = 1_000_000
  for (const c of checks) {
    if (c.check === 'greater_than' && typeof c.value === 'number') min = Math.max(min, c.value)
    if (c.check === 'less_than' && typeof c.value === 'number') max = Math.min(max, c.value)
  }
  const integer = def.type === 'int' || checks.some((c) => (c as { format?: string }).format?.includes('int'))
  if (min > max) return fc.constant(min)
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}
