import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { invalidInput, notFound } from '../errors.js'
import { fieldErrorsOf } from '../validation.js'

/**
 * Validates route input with zod and fails with the application's localized `invalid` error. A path parameter that does
 * not parse (an id that is not a UUID) names nothing that exists: not found, like an unknown id.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true })
    if (result.success) return { value: result.data }
    return { error: httpPart === 'params' ? notFound('resource') : invalidInput(fieldErrorsOf(result.error.issues)) }
  }
