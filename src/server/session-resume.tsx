import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type ModuleDeps, signIn, startBrowserSession, systemCtx } from '../modules/access/index.js'
import { AppError, type Localized, statusOfKind } from '../platform/errors.js'
import { Field, PostForm } from '../platform/views/form.js'
import { SdgNotice } from '../platform/views/notice.js'
import { Layout } from '../platform/views/layout.js'
import { sendPage } from '../platform/views/render.js'

// A submit that arrives after the session ended keeps what was typed: the answer is a sign-in form carrying the
// fields as hidden inputs, and after sign-in a page with one button that sends them again with a fresh CSRF token.
// No JavaScript, nothing stored on the server.

const CARRIED = '_carried.'
const RETURN = '_return'

const m = {
  title: { fr: 'Session expirée', en: 'Session expired' },
  expired: {
    fr: "Votre session a pris fin avant l'envoi du formulaire ; rien n'a été enregistré. Connectez-vous : ce que vous avez saisi est conservé (sauf les mots de passe).",
    en: 'Your session ended before the form was sent; nothing was saved. Sign in: what you typed is kept (except passwords).',
  },
  email: { fr: 'Adresse courriel', en: 'Email address' },
  password: { fr: 'Mot de passe', en: 'Password' },
  signIn: { fr: 'Se connecter', en: 'Sign in' },
  resumeTitle: { fr: 'Envoyer de nouveau le formulaire', en: 'Send the form again' },
  resume: {
    fr: "Vous êtes connecté·e. Le formulaire n'a pas encore été enregistré : envoyez-le de nouveau.",
    en: 'You are signed in. The form has not been saved yet: send it again.',
  },
  resend: { fr: 'Envoyer de nouveau', en: 'Send again' },
  cancel: { fr: 'Abandonner et revenir à l’accueil', en: 'Give up and go back home' },
} satisfies Record<string, Localized>

type Fields = [name: string, value: string][]

/** Only local staff-app and portal addresses are resubmitted to (no open redirect, no foreign form target). */
function safeReturn(value: unknown): string {
  return typeof value === 'string' &&
    /^\/(app|partenaires)(\/[\w\-./?=&%]*)?$/.test(value) &&
    !value.startsWith('//') &&
    !value.includes('..')
    ? value
    : '/app'
}

/** The typed fields of a form body, in order, without transport fields (`_csrf`…) nor passwords. */
function typedFields(body: unknown): Fields {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return []
  const out: Fields = []
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('_') || /pass|secret/i.test(name)) continue
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push([name, v])
  }
  return out
}

/** The fields a sign-in form carried back (`_carried.<name>`), under their own names. */
function carriedFields(body: unknown): Fields {
  if (!body || typeof body !== 'object') return []
  const out: Fields = []
  for (const [name, value] of Object.entries(body)) {
    if (!name.startsWith(CARRIED) || /pass|secret/i.test(name)) continue
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string') out.push([name.slice(CARRIED.length), v])
  }
  return out
}

function Hidden(p: { fields: Fields; prefix?: string }) {
  return (
    <>
      {p.fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={`${p.prefix ?? ''}${name}`} value={value} />
      ))}
    </>
  )
}

type ExpiredProps = { request: FastifyRequest; fields?: Fields; target?: string; message?: string; email?: string }

/** The answer to a submit without a valid session: one message and a sign-in form that carries the typed fields. */
export function SessionExpiredPage(p: ExpiredProps) {
  const { request } = p
  const lang = request.lang ?? 'fr'
  const fields = p.fields ?? typedFields(request.body)
  const target = p.target ?? safeReturn(request.url)
  return (
    <Layout
      lang={lang}
      title={m.title[lang]}
      otherLangHref={`/app/connexion?lang=${lang === 'fr' ? 'en' : 'fr'}`}
      homeHref="/app"
      app
    >
      <h1>{m.title[lang]}</h1>
      <p>{m.expired[lang]}</p>
      {p.message ? (
        <SdgNotice lang={lang} type="error" role="alert" class="error-summary">
          <p>{p.message}</p>
        </SdgNotice>
      ) : null}
      <PostForm requiredNote lang={lang} action="/app/connexion/reprise" csrfToken={request.csrfToken}>
        <input type="hidden" name={RETURN} value={target} />
        <Hidden fields={fields} prefix={CARRIED} />
        <Field
          lang={lang}
          name="email"
          type="email"
          label={m.email[lang]}
          value={p.email}
          required
          autocomplete="username"
        />
        <Field
          lang={lang}
          name="password"
          type="password"
          label={m.password[lang]}
          required
          autocomplete="current-password"
        />
        <button type="submit" class="qc-button qc-primary">
          {m.signIn[lang]}
        </button>
      </PostForm>
    </Layout>
  )
}

function ResubmitPage(p: { request: FastifyRequest; fields: Fields; target: string }) {
  const lang = p.request.lang
  const home = p.target.startsWith('/partenaires') ? '/partenaires' : '/app'
  return (
    <Layout
      lang={lang}
      title={m.resumeTitle[lang]}
      otherLangHref={`${home}?lang=${lang === 'fr' ? 'en' : 'fr'}`}
      homeHref={home}
      app
    >
      <h1>{m.resumeTitle[lang]}</h1>
      <p>{m.resume[lang]}</p>
      <form method="post" action={p.target}>
        <input type="hidden" name="_csrf" value={p.request.csrfToken} />
        <Hidden fields={p.fields} />
        <div class="button-row">
          <button type="submit" class="qc-button qc-primary">
            {m.resend[lang]}
          </button>
          <a href={home}>{m.cancel[lang]}</a>
        </div>
      </form>
    </Layout>
  )
}

// The sign-in fields, the return address and the carried fields (`_carried.<name>`: text, or repeated text).
const resumeBody = z
  .object({
    email: z.string().trim().max(254).default(''),
    password: z.string().max(200).default(''),
    [RETURN]: z.string().max(2000).default('/app'),
  })
  .catchall(z.union([z.string(), z.array(z.string())]))

/** `POST /app/connexion/reprise`: signs in from the session-expired page, then offers to send the form again. */
export function registerSessionResume(app: FastifyInstance, deps: ModuleDeps): void {
  // Throttled like the sign-in page: signIn reserves each attempt per account and client address in the database.
  const route = app.withTypeProvider<ZodTypeProvider>()
  route.post('/app/connexion/reprise', { schema: { hide: true, body: resumeBody } }, async (request, reply) => {
    const fields = carriedFields(request.body)
    const target = safeReturn(request.body[RETURN])
    const { email, password } = request.body
    try {
      const session = await signIn(systemCtx(deps, 'sign-in'), { email, password }, { address: request.ip })
      startBrowserSession(request, reply, session.token)
      return sendPage(reply, <ResubmitPage request={request} fields={fields} target={target} />)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      const page = (
        <SessionExpiredPage
          request={request}
          fields={fields}
          target={target}
          email={email}
          message={error.localized[request.lang]}
        />
      )
      return sendPage(reply, page, error.kind === 'invalid' ? 400 : statusOfKind[error.kind])
    }
  })
}
