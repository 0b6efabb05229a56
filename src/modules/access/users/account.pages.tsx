import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { Field, PostForm } from '../../../platform/views/form.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { roleLabels } from '../access.messages.js'
import { SESSION_COOKIE } from '../auth.hook.js'
import { ctxOf, requireActor, type ModuleDeps } from '../deps.js'
import { ACCOUNT_PAGE, AppPage } from '../shell/app-page.js'
import { NewPasswordFields } from './new-password-fields.js'
import { changePasswordInput } from './user.contracts.js'
import { changeOwnPassword } from './user.service.js'

const m = {
  title: { fr: 'Mon compte', en: 'My account' },
  email: { fr: 'Courriel', en: 'Email' },
  role: { fr: 'Rôle', en: 'Role' },
  change: { fr: 'Changer mon mot de passe', en: 'Change my password' },
  currentPassword: { fr: 'Mot de passe actuel', en: 'Current password' },
  newPassword: { fr: 'Nouveau mot de passe', en: 'New password' },
  confirmation: { fr: 'Confirmez le nouveau mot de passe', en: 'Confirm the new password' },
  submit: { fr: 'Changer le mot de passe', en: 'Change password' },
  done: {
    fr: 'Mot de passe changé. Vos autres sessions ont été fermées.',
    en: 'Password changed. Your other sessions were signed out.',
  },
}

function AccountPage(p: { request: FastifyRequest; deps: ModuleDeps; errors?: FieldErrors; done?: boolean }) {
  const lang = p.request.lang
  const actor = requireActor(p.request)
  const labels = {
    currentPassword: m.currentPassword[lang],
    newPassword: m.newPassword[lang],
    confirmation: m.confirmation[lang],
  }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {actor.kind === 'user' ? (
        <dl>
          <dt>{m.email[lang]}</dt>
          <dd>{actor.email}</dd>
          <dt>{m.role[lang]}</dt>
          <dd>{roleLabels[actor.role][lang]}</dd>
        </dl>
      ) : null}
      <h2>{m.change[lang]}</h2>
      {p.done ? <Notice lang={lang}>{m.done[lang]}</Notice> : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm
        requiredNote
        lang={lang}
        action="/app/compte/mot-de-passe"
        csrfToken={p.request.csrfToken}
        label={m.change[lang]}
      >
        <Field
          lang={lang}
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          errors={p.errors}
          required
          autocomplete="current-password"
        />
        <NewPasswordFields lang={lang} labels={labels} errors={p.errors} />
        <button class="qc-button qc-primary" type="submit">
          {m.submit[lang]}
        </button>
      </PostForm>
    </AppPage>
  )
}

const accountQuery = z.object({ ok: z.string().max(10).optional().catch(undefined) })

/** The signed-in user's own account: who they are, and a password change (throttled: see changeOwnPassword). */
export function registerAccountPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(ACCOUNT_PAGE, { schema: { hide: true, querystring: accountQuery } }, async (request, reply) => {
    requireActor(request)
    return sendPage(reply, <AccountPage request={request} deps={deps} done={request.query.ok === '1'} />)
  })
  app.post('/app/compte/mot-de-passe', formRoute(changePasswordInput), async (request, reply) => {
    const redisplay = (errors: FieldErrors, status: number) =>
      sendPage(reply, <AccountPage request={request} deps={deps} errors={errors} />, status)
    const change = () => changeOwnPassword(ctxOf(request, deps), request.body, request.cookies[SESSION_COOKIE])
    try {
      return await submitForm<void, unknown>(request, change, () => reply.redirect('/app/compte?ok=1', 303), redisplay)
    } catch (error) {
      // Too many wrong current passwords: the form again, with the wait explained on the field (429).
      if (error instanceof AppError && error.kind === 'too_many')
        return redisplay(error.fields ?? { currentPassword: error.localized }, 429)
      throw error
    }
  })
}
