import { setFlashSecret, takeFlashSecret } from '../../../platform/http/flash.js'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { ConfirmForm, Field, PostForm } from '../../../platform/views/form.js'
import { ErrorSummary, Notice, SecretNotice } from '../../../platform/views/notice.js'
import { formatDate } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import {
  type ApiTokenSummary,
  createApiToken,
  createTokenInput,
  getActiveApiTokenOrThrow,
  findNewToken,
  listApiTokens,
  revokeApiToken,
} from './token.service.js'

const BASE = '/app/admin/jetons'
// The one-time secret crosses the redirect in a flash cookie (platform/http/flash.ts); the page shows it only if it is
// the hash of the token just created.
const FLASH = 'escale_new_token'
const m = {
  title: { fr: "Jetons d'API", en: 'API tokens' },
  intro: {
    fr: "Un jeton permet à un système intégrateur d'appeler l'API au nom d'un compte. Il n'est affiché qu'une fois.",
    en: 'A token lets an integrating system call the API on behalf of an account. It is shown once.',
  },
  email: { fr: 'Courriel du compte', en: 'Account email' },
  name: { fr: 'Nom du jeton', en: 'Token name' },
  create: { fr: 'Créer le jeton', en: 'Create token' },
  token: { fr: 'Jeton', en: 'Token' },
  created: {
    fr: 'Jeton créé. Copiez-le maintenant, il ne sera plus affiché.',
    en: 'Token created. Copy it now; it will not be shown again.',
  },
  revoke: { fr: 'Révoquer', en: 'Revoke' },
  confirm: {
    fr: 'Révoquer le jeton « {name} » ? Les systèmes qui l’utilisent ne pourront plus appeler l’API.',
    en: 'Revoke the token “{name}”? The systems that use it will no longer be able to call the API.',
  },
  revokeTitle: { fr: 'Révoquer un jeton', en: 'Revoke a token' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  revokedDone: { fr: 'Jeton révoqué.', en: 'Token revoked.' },
  revoked: { fr: 'Révoqué', en: 'Revoked' },
  active: { fr: 'Actif', en: 'Active' },
  none: { fr: 'Aucun jeton.', en: 'No tokens.' },
  cols: {
    fr: ['Nom', 'Compte', 'Préfixe', 'Créé le', 'État', ''],
    en: ['Name', 'Account', 'Prefix', 'Created', 'Status', ''],
  },
}

type Top = { secret?: { name: string; value: string }; notice?: string }

function TokenTable(p: { request: FastifyRequest; tokens: ApiTokenSummary[] }) {
  const lang = p.request.lang
  if (p.tokens.length === 0) return <p>{m.none[lang]}</p>
  return (
    <Table label={m.title[lang]}>
      <thead>
        <tr>
          {m.cols[lang].map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.tokens.map((tk) => (
          <tr key={tk.id}>
            <td>{tk.name}</td>
            <td>{tk.userEmail}</td>
            <td>
              <code>{tk.prefix}…</code>
            </td>
            <td>{formatDate(tk.createdAt, lang)}</td>
            <td>{tk.revokedAt ? m.revoked[lang] : m.active[lang]}</td>
            <td>
              {tk.revokedAt ? null : (
                <a href={`${BASE}/${tk.id}/revoquer`}>
                  {m.revoke[lang]}
                  <span class="qc-sr-only"> {tk.name}</span>
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function TokensPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  tokens: ApiTokenSummary[]
  top?: Top
  errors?: FieldErrors
  values?: Record<string, string>
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {p.top?.secret ? (
        <SecretNotice
          lang={lang}
          message={m.created[lang]}
          subject={[m.name[lang], p.top.secret.name]}
          secret={[m.token[lang], p.top.secret.value]}
        />
      ) : null}
      {p.top?.notice ? <Notice lang={lang}>{p.top.notice}</Notice> : null}
      <p>{m.intro[lang]}</p>
      <ErrorSummary lang={lang} errors={p.errors} labels={{ email: m.email[lang], name: m.name[lang] }} />
      <PostForm requiredNote lang={lang} action={BASE} csrfToken={p.request.csrfToken} label={m.create[lang]}>
        <Field
          lang={lang}
          name="email"
          type="email"
          label={m.email[lang]}
          value={p.values?.email}
          errors={p.errors}
          required
        />
        <Field lang={lang} name="name" label={m.name[lang]} value={p.values?.name} errors={p.errors} required />
        <button class="qc-button qc-primary" type="submit">
          {m.create[lang]}
        </button>
      </PostForm>
      <TokenTable request={p.request} tokens={p.tokens} />
    </AppPage>
  )
}

/** The new token's secret if the flash cookie holds it (the cookie is cleared either way: shown once). */
async function takeNewSecret(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, id: string | undefined) {
  const value = takeFlashSecret(request, reply, FLASH, BASE)
  if (value === undefined) return undefined
  const token = id ? await findNewToken(ctxOf(request, deps), id, value) : undefined
  return token ? { name: token.name, value } : undefined
}

function RevokePage(p: { request: FastifyRequest; deps: ModuleDeps; token: ApiTokenSummary }) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.revokeTitle[lang]}>
      <h1>{m.revokeTitle[lang]}</h1>
      <ConfirmForm
        action={`${BASE}/${p.token.id}/revocation`}
        csrfToken={p.request.csrfToken}
        question={m.confirm[lang].replace('{name}', p.token.name)}
        confirmLabel={m.revoke[lang]}
        cancelHref={BASE}
        cancelLabel={m.cancel[lang]}
      />
    </AppPage>
  )
}

/** After a creation: the secret goes into the flash cookie and the browser to the list (post/redirect/get). */
function redirectWithSecret(request: FastifyRequest, reply: FastifyReply) {
  return ({ id, token }: { id: string; token: string }) => {
    setFlashSecret(request, reply, FLASH, BASE, token)
    return reply.redirect(`${BASE}?cree=${id}`, 303)
  }
}

/** The list and the form again with the typed values and a message per field. */
function redisplay(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps) {
  return async (errors: FieldErrors, status: number) => {
    const tokens = await listApiTokens(ctxOf(request, deps))
    const values = typedValues(request.body)
    return sendPage(
      reply,
      <TokensPage request={request} deps={deps} tokens={tokens} errors={errors} values={values} />,
      status,
    )
  }
}

const listQuery = z.object({
  cree: z.uuid().optional().catch(undefined),
  revoque: z.literal('1').optional().catch(undefined),
})

/** Admin screen to create API tokens (post/redirect/get, shown once) and revoke them (after a confirmation page). */
export function registerTokenPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(BASE, { schema: { hide: true, querystring: listQuery } }, async (request, reply) => {
    const tokens = await listApiTokens(ctxOf(request, deps))
    const secret = await takeNewSecret(request, reply, deps, request.query.cree)
    const top = { secret, notice: request.query.revoque ? m.revokedDone[request.lang] : undefined }
    return sendPage(reply, <TokensPage request={request} deps={deps} tokens={tokens} top={top} />)
  })
  app.post(BASE, formRoute(createTokenInput), async (request, reply) => {
    const create = () => createApiToken(ctxOf(request, deps), request.body)
    return submitForm<{ id: string; token: string }, unknown>(
      request,
      create,
      redirectWithSecret(request, reply),
      redisplay(request, reply, deps),
    )
  })
  app.get(`${BASE}/:id/revoquer`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const token = await getActiveApiTokenOrThrow(ctxOf(request, deps), request.params.id)
    return sendPage(reply, <RevokePage request={request} deps={deps} token={token} />)
  })
  app.post(`${BASE}/:id/revocation`, formRoute(z.object({}), idParams), async (request, reply) => {
    await revokeApiToken(ctxOf(request, deps), request.params.id)
    return reply.redirect(`${BASE}?revoque=1`, 303)
  })
}
