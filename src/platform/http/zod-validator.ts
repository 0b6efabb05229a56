import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { invalidInput } from '../errors.js'
import { fieldErrorsOf } from '../validation.js'

/** Validates route input with zod and fails with the application's localized `invalid` error. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data)
    if (result.success) return { value: result.data }
    return { error: invalidInput(fieldErrorsOf(result.error.issues)) }
  }
