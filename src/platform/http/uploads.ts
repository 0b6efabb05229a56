import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { isBearer, isMultipart } from './csrf.js'

/**
 * Lets the routes of one encapsulated context receive a file upload (`multipart/form-data`): fields and the file
 * arrive in `request.body` (the file as a Buffer, at most `maxBytes`). Elsewhere an upload answers 415. The root CSRF
 * hook leaves uploads alone because their fields (`_csrf` among them) are only read by @fastify/multipart's own
 * preValidation hook: the token is checked here, right after, before validation and the handler.
 */
export async function registerUploads(scoped: FastifyInstance, options: { maxBytes: number }): Promise<void> {
  await scoped.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: options.maxBytes, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  })
  scoped.addHook('preValidation', (request, reply, done) => {
    // Only what the root hook left alone (uploads): the GET of the upload page carries no token and needs none.
    if (!isMultipart(request) || isBearer(request)) return done()
    scoped.csrfProtection(request, reply, done)
  })
}
