import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { ComponentChildren } from 'preact'
import { z } from 'zod'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { otherLangUrl } from '../../../platform/http/lang.js'
import { Field, PostForm } from '../../../platform/views/form.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { Layout } from '../../../platform/views/layout.js'
import { sendPage } from '../../../platform/views/render.js'
import { systemCtx } from '../actor.js'
import type { ModuleDeps } from '../deps.js'
import { NewPasswordFields } from '../users/new-password-fields.js'
import { type ForgotPasswordInput, forgotPasswordInput, resetPasswordInput } from './password-reset.contracts.js'
import { resetText as m } from './password-reset.messages.js'
import { completePasswordReset, isResetTokenValid, RESET_PATH, requestPasswordReset } from './password-reset.service.js'

export const FORGOT_PATH = '/app/connexion/mot-de-passe-oublie'
const SIGN_IN = '/app/connexion'

function Page(p: { request: FastifyRequest; title: string; children: ComponentChildren }) {
  const lang = p.request.lang
  return (
    <Layout lang={lang} title={p.title} otherLangHref={otherLangUrl(p.request)} app homeHref="/app">
      <h1>{p.title}</h1>
      {p.children}
      <p>
        <a href={SIGN_IN}>{m.backToSignIn[p.request.lang]}</a>
      </p>
    </Layout>
  )
}

function ForgotPage(p: { request: FastifyRequest; email?: string; errors?: FieldErrors; message?: string }) {
  const lang = p.request.lang
  return (
    <Page request={p.request} title={m.forgotTitle[lang]}>
      {p.message ? (
        <SdgNotice lang={lang} type="error" role="alert" class="error-summary">
          <p>{p.message}</p>
        </SdgNotice>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={{ email: m.email[lang] }} />
      <p>{m.forgotIntro[lang]}</p>
      <PostForm requiredNote lang={lang} action={FORGOT_PATH} csrfToken={p.request.csrfToken}>
        <Field
          lang={lang}
          name="email"
          type="email"
          label={m.email[lang]}
          value={p.email}
          errors={p.errors}
          required
          autocomplete="username"
        />
        <button type="submit" class="qc-button qc-primary">
          {m.send[lang]}
        </button>
      </PostForm>
    </Page>
  )
}

function SentPage(p: { request: FastifyRequest }) {
  const lang = p.request.lang
  return (
    <Page request={p.request} title={m.sentTitle[lang]}>
      <SdgNotice lang={lang} type="success" role="status" focus>
        <p>{m.sent[lang]}</p>
      </SdgNotice>
    </Page>
  )
}

function ExpiredPage(p: { request: FastifyRequest }) {
  const lang = p.request.lang
  return (
    <Page request={p.request} title={m.expiredTitle[lang]}>
      <p>{m.expired[lang]}</p>
      <p>
        <a href={FORGOT_PATH}>{m.askAgain[lang]}</a>
      </p>
    </Page>
  )
}

function ResetPage(p: { request: FastifyRequest; token: string; errors?: FieldErrors }) {
  const lang = p.request.lang
  const labels = { newPassword: m.newPassword[lang], confirmation: m.confirmation[lang] }
  return (
    <Page request={p.request} title={m.resetTitle[lang]}>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <p>{m.resetIntro[lang]}</p>
      <PostForm requiredNote lang={lang} action={RESET_PATH} csrfToken={p.request.csrfToken}>
        <input type="hidden" name="jeton" value={p.token} />
        <NewPasswordFields lang={lang} labels={labels} errors={p.errors} />
        <button type="submit" class="qc-button qc-primary">
          {m.save[lang]}
        </button>
      </PostForm>
    </Page>
  )
}

/**
 * Where the links of reset mail point: the public address (configured, or localhost:PORT); only on a random port (tests)
 * this request's origin.
 */
function baseUrlOf(request: FastifyRequest, deps: ModuleDeps): string {
  return deps.site.publicUrl ?? `${request.protocol}://${request.host}`
}

/** The throttled request's page (429), else the form again with its field errors. */
function forgotRefused(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status: number) {
  const email = typedValues(request.body).email
  if (status === 429)
    return sendPage(reply, <ForgotPage request={request} email={email} message={m.throttled[request.lang]} />, 429)
  return sendPage(reply, <ForgotPage request={request} email={email} errors={errors} />, status)
}

/** Runs the reset request; a throttled one comes back as a 429 redisplay rather than an error page. */
async function forgot(request: FastifyRequest, body: ForgotPasswordInput, deps: ModuleDeps) {
  const ctx = systemCtx(deps, 'password-reset')
  try {
    await requestPasswordReset(ctx, body, { address: request.ip, baseUrl: baseUrlOf(request, deps) })
  } catch (error) {
    if (error instanceof AppError && error.kind === 'too_many') return 'throttled' as const
    throw error
  }
  return 'sent' as const
}

const tokenQuery = z.object({ jeton: z.string().max(200).optional().catch(undefined) })

/** "Forgot your password?" and the page its mailed link opens (both reachable without a session). */
export function registerPasswordResetPages(root: FastifyInstance, deps: ModuleDeps): void {
  registerForgotPage(root, deps)
  registerResetPage(root, deps)
}

/** The request form, and its one answer whether or not the address has an account (post/redirect/get). */
function registerForgotPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    FORGOT_PATH,
    { schema: { hide: true, querystring: z.object({ envoye: z.string().max(2).optional() }) } },
    async (request, reply) =>
      sendPage(reply, request.query.envoye ? <SentPage request={request} /> : <ForgotPage request={request} />),
  )
  app.post(FORGOT_PATH, formRoute(forgotPasswordInput), async (request, reply) =>
    submitForm(
      request,
      () => forgot(request, request.body, deps),
      (outcome) =>
        outcome === 'sent' ? reply.redirect(`${FORGOT_PATH}?envoye=1`, 303) : forgotRefused(request, reply, {}, 429),
      (errors, status) => forgotRefused(request, reply, errors, status),
    ),
  )
}

/** The page a mailed link opens: the new-password form, or the "expired or already used" page. */
function registerResetPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(RESET_PATH, { schema: { hide: true, querystring: tokenQuery } }, async (request, reply) => {
    const token = request.query.jeton ?? ''
    if (!(await isResetTokenValid(systemCtx(deps, 'password-reset'), token)))
      return sendPage(reply, <ExpiredPage request={request} />, 404)
    return sendPage(reply, <ResetPage request={request} token={token} />)
  })
  app.post(RESET_PATH, formRoute(resetPasswordInput), async (request, reply) =>
    submitForm(
      request,
      () => completePasswordReset(systemCtx(deps, 'password-reset'), request.body).then(() => true, expiredOrThrow),
      (done) =>
        done
          ? reply.redirect(`${SIGN_IN}?reinitialise=1`, 303)
          : sendPage(reply, <ExpiredPage request={request} />, 404),
      (errors, status) =>
        sendPage(
          reply,
          <ResetPage request={request} token={typedValues(request.body).jeton ?? ''} errors={errors} />,
          status,
        ),
    ),
  )
}

/** A spent, expired or unknown link: the "expired" page rather than the generic not-found one. */
function expiredOrThrow(error: unknown): false {
  if (error instanceof AppError && error.code === 'PASSWORD_RESET_INVALID') return false
  throw error
}
