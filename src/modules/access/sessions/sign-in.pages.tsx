import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { LANG_COOKIE, otherLangUrl, rememberLang } from '../../../platform/http/lang.js'
import { ErrorSummary, Field, Notice, PostForm } from '../../../platform/views/form.js'
import { Layout } from '../../../platform/views/layout.js'
import { sendPage } from '../../../platform/views/render.js'
import { fromForm } from '../../../platform/validation.js'
import { type Actor, systemActor } from '../actor.js'
import { signInText as m } from '../access.messages.js'
import { SESSION_COOKIE } from '../auth.hook.js'
import type { ModuleDeps } from '../deps.js'
import { SESSION_DAYS, signIn, signOut } from './session.service.js'

/** Only local staff-app paths are followed after sign-in (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/app(\/[\w\-./?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/app'
}

/** Where a signed-in user lands: partner organizations have their own portal. */
function homeOf(actor: Actor, next: string): string {
  return actor.kind === 'user' && actor.role === 'partner' ? '/partenaires' : next
}

function SignInPage(p: {
  request: FastifyRequest
  next: string
  email?: string
  errors?: FieldErrors
  message?: string
  notice?: string
}) {
  const lang = p.request.lang
  return (
    <Layout lang={lang} title={m.title[lang]} otherLangHref={otherLangUrl(p.request)}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      {p.message ? (
        <div class="error-summary" role="alert">
          <p>{p.message}</p>
        </div>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={{ email: m.email[lang], password: m.password[lang] }} />
      <PostForm action={`/app/connexion?next=${encodeURIComponent(p.next)}`} csrfToken={p.request.csrfToken}>
        <Field lang={lang} name="email" type="email" label={m.email[lang]} value={p.email} errors={p.errors} required autocomplete="username" />
        <Field lang={lang} name="password" type="password" label={m.password[lang]} errors={p.errors} required autocomplete="current-password" />
        <button type="submit" class="button">
          {m.submit[lang]}
        </button>
      </PostForm>
    </Layout>
  )
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 86_400,
  })
}

/** Sign-in and sign-out pages of the staff app. */
export function registerSignInPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app/connexion', async (request, reply) => {
    const q = request.query as Record<string, unknown>
    if (request.actor) return reply.redirect(homeOf(request.actor, safeNext(q.next)), 303)
    const notice = q.bye === '1' ? m.signedOut[request.lang] : undefined
    return sendPage(reply, <SignInPage request={request} next={safeNext(q.next)} notice={notice} />)
  })

  app.post(
    '/app/connexion',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const next = safeNext((request.query as Record<string, unknown>).next)
      const form = fromForm(request.body)
      const ctx = { db: deps.db, actor: systemActor('sign-in'), now: deps.now(), requestId: request.id }
      try {
        const { token, role, locale } = await signIn(ctx, form as { email: string; password: string })
        setSessionCookie(request, reply, token)
        // The account's language applies unless the person already chose one on this browser.
        if (!request.cookies[LANG_COOKIE]) rememberLang(reply, locale)
        return reply.redirect(role === 'partner' ? '/partenaires' : next, 303)
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        const email = typeof form.email === 'string' ? form.email : undefined
        const status = error.kind === 'invalid' ? 400 : error.kind === 'too_many' ? 429 : 401
        const message = error.kind === 'invalid' ? undefined : error.localized[request.lang]
        return sendPage(reply, <SignInPage request={request} next={next} email={email} errors={error.fields} message={message} />, status)
      }
    },
  )

  app.post('/app/deconnexion', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await signOut(deps.db, token)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect('/app/connexion?bye=1', 303)
  })
}
