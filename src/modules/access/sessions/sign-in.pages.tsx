import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError, type FieldErrors, statusOfKind } from '../../../platform/errors.js'
import { formOf, typedValues } from '../../../platform/http/forms.js'
import { LANG_COOKIE, otherLangUrl, rememberLang } from '../../../platform/http/lang.js'
import { Field, PostForm } from '../../../platform/views/form.js'
import { ErrorSummary, Notice, SdgNotice } from '../../../platform/views/notice.js'
import { Layout } from '../../../platform/views/layout.js'
import { SIGN_OUT } from '../shell/app-page.js'
import { sendPage } from '../../../platform/views/render.js'
import { type Actor, systemCtx } from '../actor.js'
import { signInText as m } from '../access.messages.js'
import { FORGOT_PATH } from './password-reset.pages.js'
import { resetText } from './password-reset.messages.js'
import { SESSION_COOKIE } from '../auth.hook.js'
import { startBrowserSession } from './session-cookie.js'
import type { ModuleDeps } from '../deps.js'
import { signInInput } from '../users/user.contracts.js'
import { type SignInResult, signIn, signOut } from './session.service.js'

/** Only local staff-app paths are followed after sign-in (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/app(\/[\w\-./?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/app'
}

/** Where a signed-in user lands: partner organizations have their own portal. */
function homeOf(actor: Actor, next: string): string {
  return actor.kind === 'user' && actor.role === 'partner' ? '/partenaires' : next
}

type SignInProps = {
  request: FastifyRequest
  next: string
  email?: string
  errors?: FieldErrors
  message?: string
  notice?: string
}

/** The email and password form, posted back with where to go next. */
function SignInForm(p: SignInProps) {
  const lang = p.request.lang
  return (
    <PostForm
      requiredNote
      lang={lang}
      action={`/app/connexion?next=${encodeURIComponent(p.next)}`}
      csrfToken={p.request.csrfToken}
    >
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
      <Field
        lang={lang}
        name="password"
        type="password"
        label={m.password[lang]}
        errors={p.errors}
        required
        autocomplete="current-password"
      />
      <button type="submit" class="qc-button qc-primary">
        {m.submit[lang]}
      </button>
    </PostForm>
  )
}

function SignInPage(p: SignInProps) {
  const lang = p.request.lang
  return (
    <Layout lang={lang} title={m.title[lang]} otherLangHref={otherLangUrl(p.request)} app homeHref="/app">
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      {p.notice ? <Notice lang={lang}>{p.notice}</Notice> : null}
      {p.message ? (
        <SdgNotice lang={lang} type="error" role="alert" class="error-summary">
          <p>{p.message}</p>
        </SdgNotice>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={{ email: m.email[lang], password: m.password[lang] }} />
      <SignInForm {...p} />
      <p>
        <a href={FORGOT_PATH}>{resetText.forgotLink[lang]}</a>
      </p>
    </Layout>
  )
}

/** Opens the browser's session and sends the person where they were going (partners to their portal). */
function startSession(request: FastifyRequest, reply: FastifyReply, session: SignInResult, next: string) {
  startBrowserSession(request, reply, session.token)
  // The account's language applies unless the person already chose one on this browser.
  if (!request.cookies[LANG_COOKIE]) rememberLang(reply, session.locale)
  return reply.redirect(session.role === 'partner' ? '/partenaires' : next, 303)
}

/** The form again: 400 with a message per field for bad input, else 401 with the one message every refusal shares. */
function showRefusal(request: FastifyRequest, reply: FastifyReply, next: string, error: AppError) {
  const email = typedValues(request.body).email
  const invalid = error.kind === 'invalid'
  const page = (
    <SignInPage
      request={request}
      next={next}
      email={email}
      errors={error.fields}
      message={invalid ? undefined : error.localized[request.lang]}
    />
  )
  return sendPage(reply, page, invalid ? 400 : statusOfKind[error.kind])
}

// `next` is only ever followed through safeNext; anything else in the query is ignored.
const signInQuery = z.object({
  next: z.string().max(2000).optional().catch(undefined),
  bye: z.string().max(10).optional().catch(undefined),
  reinitialise: z.string().max(10).optional().catch(undefined),
})

/** The notice of the sign-in page after signing out or after a password reset. */
function noticeOf(query: z.infer<typeof signInQuery>, lang: 'fr' | 'en'): string | undefined {
  if (query.reinitialise === '1') return resetText.done[lang]
  return query.bye === '1' ? m.signedOut[lang] : undefined
}

/** Sign-in and sign-out pages of the staff app. Sign-in is throttled in the database (see session.service.ts). */
export function registerSignInPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get('/app/connexion', { schema: { hide: true, querystring: signInQuery } }, async (request, reply) => {
    const next = safeNext(request.query.next)
    if (request.actor) return reply.redirect(homeOf(request.actor, next), 303)
    const notice = noticeOf(request.query, request.lang)
    return sendPage(reply, <SignInPage request={request} next={next} notice={notice} />)
  })

  const post = { schema: { hide: true, querystring: signInQuery, body: formOf(signInInput) }, attachValidation: true }
  app.post('/app/connexion', post, async (request, reply) => {
    const next = safeNext(request.query.next)
    try {
      if (request.validationError) throw request.validationError
      const session = await signIn(systemCtx(deps, 'sign-in'), request.body, { address: request.ip })
      return startSession(request, reply, session, next)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      return showRefusal(request, reply, next, error)
    }
  })

  app.post(SIGN_OUT, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await signOut(systemCtx(deps, 'sign-out'), token)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect('/app/connexion?bye=1', 303)
  })
}
