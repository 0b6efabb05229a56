import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { isBearer, isMultipart } from './csrf.js'

/** A file received with its name and declared type; `truncated` when it was over `maxBytes` (its content is cut). */
export type UploadedFile = { fileName: string; contentType: string; content: Buffer; truncated: boolean }

/** A body value that is a file received with `withFileInfo` (see `registerUploads`). */
export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).content)
}

async function keepFileInfo(part: MultipartFile & { value?: unknown }): Promise<void> {
  const content = await part.toBuffer()
  part.value = {
    fileName: part.filename,
    contentType: part.mimetype,
    content,
    truncated: part.file.truncated,
  } satisfies UploadedFile
}

/**
 * Lets the routes of one encapsulated context receive a file upload (`multipart/form-data`): fields and the file
 * arrive in `request.body` (the file as a Buffer, at most `maxBytes`). Elsewhere an upload answers 415. The root CSRF
 * hook leaves uploads alone because their fields (`_csrf` among them) are only read by @fastify/multipart's own
 * preValidation hook: the token is checked here, right after, before validation and the handler.
 * `maxFiles` and `maxFields` raise the limits of a form with several files or many fields; with `withFileInfo`, each
 * file arrives as an `UploadedFile` (name, type, content) and a file over `maxBytes` is marked `truncated` instead of
 * failing the request, so the form can say which file is too large.
 */
export async function registerUploads(
  scoped: FastifyInstance,
  options: { maxBytes: number; maxFiles?: number; maxFields?: number; withFileInfo?: boolean },
): Promise<void> {
  await scoped.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: options.maxBytes, files: options.maxFiles ?? 1, fields: options.maxFields ?? 10 },
    throwFileSizeLimit: !options.withFileInfo,
    ...(options.withFileInfo ? { onFile: keepFileInfo } : {}),
  })
  scoped.addHook('preValidation', (request, reply, done) => {
    // Only what the root hook left alone (uploads): the GET of the upload page carries no token and needs none.
    if (!isMultipart(request) || isBearer(request)) return done()
    scoped.csrfProtection(request, reply, done)
  })
}
