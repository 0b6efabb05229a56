import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { ErrorSummary, Field, Notice, PostForm } from '../../../platform/views/form.js'
import { formatDate } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { fromForm } from '../../../platform/validation.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { type ApiTokenSummary, createApiToken, listApiTokens, revokeApiToken } from './token.service.js'

const m = {
  title: { fr: "Jetons d'API", en: 'API tokens' },
  intro: {
    fr: "Un jeton permet à un système intégrateur d'appeler l'API au nom d'un compte. Il n'est affiché qu'une fois.",
    en: 'A token lets an integrating system call the API on behalf of an account. It is shown once.',
  },
  email: { fr: 'Courriel du compte', en: 'Account email' },
  name: { fr: 'Nom du jeton', en: 'Token name' },
  create: { fr: 'Créer le jeton', en: 'Create token' },
  created: { fr: 'Jeton créé. Copiez-le maintenant, il ne sera plus affiché :', en: 'Token created. Copy it now; it will not be shown again:' },
  revoke: { fr: 'Révoquer', en: 'Revoke' },
  revoked: { fr: 'Révoqué', en: 'Revoked' },
  active: { fr: 'Actif', en: 'Active' },
  none: { fr: 'Aucun jeton.', en: 'No tokens.' },
  cols: { fr: ['Nom', 'Compte', 'Préfixe', 'Créé le', 'État', ''], en: ['Name', 'Account', 'Prefix', 'Created', 'Status', ''] },
}

function TokensPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  tokens: ApiTokenSummary[]
  created?: string
  errors?: FieldErrors
  values?: Record<string, unknown>
}) {
  const lang = p.request.lang
  const v = (k: string) => (typeof p.values?.[k] === 'string' ? (p.values[k] as string) : '')
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      {p.created ? (
        <Notice>
          {m.created[lang]} <code class="secret">{p.created}</code>
        </Notice>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={{ email: m.email[lang], name: m.name[lang] }} />
      <PostForm action="/app/admin/jetons" csrfToken={p.request.csrfToken} label={m.create[lang]}>
        <Field lang={lang} name="email" type="email" label={m.email[lang]} value={v('email')} errors={p.errors} required />
        <Field lang={lang} name="name" label={m.name[lang]} value={v('name')} errors={p.errors} required />
        <button class="button" type="submit">{m.create[lang]}</button>
      </PostForm>
      {p.tokens.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <table>
          <thead>
            <tr>{m.cols[lang].map((c) => <th scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {p.tokens.map((tk) => (
              <tr key={tk.id}>
                <td>{tk.name}</td>
                <td>{tk.userEmail}</td>
                <td><code>{tk.prefix}…</code></td>
                <td>{formatDate(tk.createdAt, lang)}</td>
                <td>{tk.revokedAt ? m.revoked[lang] : m.active[lang]}</td>
                <td>
                  {tk.revokedAt ? null : (
                    <PostForm action={`/app/admin/jetons/${tk.id}/revocation`} csrfToken={p.request.csrfToken}>
                      <button class="button secondary" type="submit">{m.revoke[lang]} <span class="visually-hidden">{tk.name}</span></button>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppPage>
  )
}

/** Admin screen to create (shown once) and revoke API tokens. */
export function registerTokenPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app/admin/jetons', async (request, reply) => {
    const tokens = await listApiTokens(ctxOf(request, deps))
    return sendPage(reply, <TokensPage request={request} deps={deps} tokens={tokens} />)
  })
  app.post('/app/admin/jetons', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const form = fromForm(request.body)
    try {
      const { token } = await ctx.db.transaction((tx) => createApiToken({ ...ctx, db: tx }, form as never))
      return sendPage(reply, <TokensPage request={request} deps={deps} tokens={await listApiTokens(ctx)} created={token} />, 201)
    } catch (error) {
      if (!(error instanceof AppError) || !['invalid', 'not_found'].includes(error.kind)) throw error
      const errors = error.fields ?? { email: error.localized }
      return sendPage(reply, <TokensPage request={request} deps={deps} tokens={await listApiTokens(ctx)} errors={errors} values={form} />, 400)
    }
  })
  app.post<{ Params: { id: string } }>('/app/admin/jetons/:id/revocation', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    await ctx.db.transaction((tx) => revokeApiToken({ ...ctx, db: tx }, request.params.id))
    return reply.redirect('/app/admin/jetons', 303)
  })
}
