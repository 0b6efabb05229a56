import assert from 'node:assert/strict'
import { test } from 'node:test'
import Fastify from 'fastify'
import formbody from '@fastify/formbody'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError, statusOfKind } from '../errors.js'
import { formRoute, submitForm } from './forms.js'
import { registerNulGuard } from './nul-guard.js'
import { idParams } from './schemas.js'
import { zodValidatorCompiler } from './zod-validator.js'

/** A form route as the pages declare one; the handler says what it was given (or the errors it shows again). */
async function formApp() {
  const app = Fastify()
  await app.register(formbody)
  app.setValidatorCompiler(zodValidatorCompiler)
  registerNulGuard(app)
  app.setErrorHandler((error, _request, reply) =>
    reply.code(error instanceof AppError ? statusOfKind[error.kind] : 500).send({ code: (error as AppError).code }),
  )
  app
    .withTypeProvider<ZodTypeProvider>()
    .post('/things/:id', formRoute(z.object({ name: z.string() }), idParams), async (request) =>
      submitForm<string, object>(
        request,
        async () => request.params.id,
        (id) => ({ id }),
        (errors, status) => ({ errors, status }),
      ),
    )
  return app
}

const post = (app: Awaited<ReturnType<typeof formApp>>, id: string, payload: string) =>
  app.inject({
    method: 'POST',
    url: `/things/${id}`,
    payload,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })

test('a form route answers 404 for an id that is not a UUID, before its handler (found by the fuzzer)', async () => {
  const app = await formApp()
  const bad = await post(app, encodeURIComponent("' or 1=1 --"), 'name=x')
  assert.equal(bad.statusCode, 404)
  // A NUL byte in the body does not replace the address's error with the body's.
  const nul = await post(app, 'not-a-uuid', 'name=a%00b')
  assert.equal(nul.statusCode, 404)
})

test('a form route with a valid id still hands body errors to the handler, which shows the form again', async () => {
  const app = await formApp()
  const id = '6f1c1a5e-0000-4000-8000-000000000001'
  assert.deepEqual((await post(app, id, 'name=x')).json(), { id })
  const invalid = (await post(app, id, 'other=1')).json()
  assert.equal(invalid.status, 400)
  assert.ok(invalid.errors.name)
  assert.ok((await post(app, id, 'name=a%00b')).json().errors.name)
})
