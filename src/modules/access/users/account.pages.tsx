import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../../platform/errors.js'
import { submitForm } from '../../../platform/http/forms.js'
import { ErrorSummary, Field, Notice, PostForm } from '../../../platform/views/form.js'
import { sendPage } from '../../../platform/views/render.js'
import { fromForm } from '../../../platform/validation.js'
import { inTransaction } from '../actor.js'
import { roleLabels } from '../access.messages.js'
import { SESSION_COOKIE } from '../auth.hook.js'
import { ctxOf, requireActor, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { changeOwnPassword } from './user.service.js'

const m = {
  title: { fr: 'Mon compte', en: 'My account' },
  email: { fr: 'Courriel', en: 'Email' },
  role: { fr: 'Rôle', en: 'Role' },
  change: { fr: 'Changer mon mot de passe', en: 'Change my password' },
  currentPassword: { fr: 'Mot de passe actuel', en: 'Current password' },
  newPassword: { fr: 'Nouveau mot de passe', en: 'New password' },
  newHint: { fr: 'Au moins 12 caractères. Une phrase de passe est plus facile à retenir.', en: 'At least 12 characters. A passphrase is easier to remember.' },
  confirmation: { fr: 'Confirmez le nouveau mot de passe', en: 'Confirm the new password' },
  submit: { fr: 'Changer le mot de passe', en: 'Change password' },
  done: { fr: 'Mot de passe changé. Vos autres sessions ont été fermées.', en: 'Password changed. Your other sessions were signed out.' },
}

function AccountPage(p: { request: FastifyRequest; deps: ModuleDeps; errors?: FieldErrors; done?: boolean }) {
  const lang = p.request.lang
  const actor = requireActor(p.request)
  const labels = { currentPassword: m.currentPassword[lang], newPassword: m.newPassword[lang], confirmation: m.confirmation[lang] }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {actor.kind === 'user' ? (
        <dl>
          <dt>{m.email[lang]}</dt><dd>{actor.email}</dd>
          <dt>{m.role[lang]}</dt><dd>{roleLabels[actor.role][lang]}</dd>
        </dl>
      ) : null}
      <h2>{m.change[lang]}</h2>
      {p.done ? <Notice>{m.done[lang]}</Notice> : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm action="/app/compte/mot-de-passe" csrfToken={p.request.csrfToken} label={m.change[lang]}>
        <Field lang={lang} name="currentPassword" type="password" label={labels.currentPassword} errors={p.errors} required autocomplete="current-password" />
        <Field lang={lang} name="newPassword" type="password" label={labels.newPassword} hint={m.newHint[lang]} errors={p.errors} required autocomplete="new-password" />
        <Field lang={lang} name="confirmation" type="password" label={labels.confirmation} errors={p.errors} required autocomplete="new-password" />
        <button class="button" type="submit">{m.submit[lang]}</button>
      </PostForm>
    </AppPage>
  )
}

/** The signed-in user's own account: who they are, and a password change. */
export function registerAccountPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app/compte', async (request, reply) => {
    requireActor(request)
    return sendPage(reply, <AccountPage request={request} deps={deps} done={(request.query as Record<string, unknown>).ok === '1'} />)
  })
  app.post('/app/compte/mot-de-passe', async (request, reply) => {
    const form = fromForm(request.body)
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => changeOwnPassword(ctx, form as never, request.cookies[SESSION_COOKIE])),
      () => reply.redirect('/app/compte?ok=1', 303),
      (errors, status) => sendPage(reply, <AccountPage request={request} deps={deps} errors={errors} />, status),
    )
  })
}
