// Schema-valid request bodies for the API's writes, so that an identity the policy refuses shows its refusal (403 or
// 404, or 401 when anonymous) instead of the 400 its route's declared schema answers to an empty body before any
// authorization. Values come from the fuzz suite's generators (derived from the zod schemas), kept only when the
// schema accepts them after a JSON round trip (what the request carries).
import fc from 'fast-check'
import { fuzzedOf } from '../fuzz/arbitraries.js'

type Parser = { safeParse: (value: unknown) => { success: boolean } }

const SEED = 20261127
const found = new Map<unknown, string | null>()

/** A JSON body the schema accepts (the same one for a schema each time), or undefined when none was found. */
export function validBodyOf(schema: unknown, ids: string[]): string | undefined {
  if (!found.has(schema)) found.set(schema, search(schema, ids))
  return found.get(schema) ?? undefined
}

function search(schema: unknown, ids: string[]): string | null {
  if (typeof (schema as Parser | undefined)?.safeParse !== 'function') return null
  for (const value of fc.sample(fuzzedOf(schema, { ids }), { numRuns: 400, seed: SEED })) {
    const json = JSON.stringify(value)
    if (json !== undefined && (schema as Parser).safeParse(JSON.parse(json)).success) return json
  }
  return null
}
