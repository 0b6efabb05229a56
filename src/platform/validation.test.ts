import assert from 'node:assert/strict'
import { test } from 'node:test'
import { z } from 'zod'
import { AppError } from './errors.js'
import { parseInput } from './validation.js'

test('tells a missing value from a value of the wrong type (a field sent twice)', () => {
  const schema = z.object({ name: z.string() })
  const fields = (data: unknown) => {
    try {
      parseInput(schema, data)
      return undefined
    } catch (error) {
      return error instanceof AppError ? error.fields : undefined
    }
  }
  assert.equal(fields({})?.name?.fr, 'Ce champ est obligatoire.')
  assert.equal(fields({ name: ['a', 'b'] })?.name?.fr, 'Valeur du mauvais type.')
  assert.equal(fields({ name: ['a', 'b'] })?.name?.en, 'Value of the wrong type.')
})
