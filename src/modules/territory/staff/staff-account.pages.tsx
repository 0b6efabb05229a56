import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { setFlashSecret, takeFlashSecret } from '../../../platform/http/flash.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { ConfirmForm, PostForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary, Notice, SecretNotice } from '../../../platform/views/notice.js'
import { frenchDe } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { fieldLabels as f, staffText } from '../territory.messages.js'
import { staffAccountInput, type StaffOutput } from './staff.contracts.js'
import { canManageStaffAccounts } from './staff.policy.js'
import {
  type AccountState,
  createStaffAccount,
  getStaffForAccountActionOrThrow,
  isFreshStaffPassword,
  resetStaffPassword,
  setStaffAccountDisabled,
  staffAccountState,
} from './staff-account.service.js'
import { STAFF_BASE, StaffPage } from './staff.pages.js'
import { getStaffOrThrow } from './staff.service.js'

const a = staffText.account
const doneQuery = z.object({ compte: z.enum(['ouvert', 'reinitialise', 'desactive', 'reactive']).optional() })
type Done = z.output<typeof doneQuery>['compte']
// The generated password crosses the redirect in a flash cookie for this member's page only (platform/http/flash.ts).
const FLASH = 'escale_new_password'

/** The account section of a team member's page: open an account, or disable / re-enable it, or reset its password. */
function AccountSection(p: { request: FastifyRequest; staffId: string; state: AccountState; errors?: FieldErrors }) {
  const lang = p.request.lang
  const base = `${STAFF_BASE}/${p.staffId}/compte`
  return (
    <section aria-labelledby="account">
      <h2 id="account">{a.title[lang]}</h2>
      <ErrorSummary
        lang={lang}
        errors={p.errors}
        labels={{ scope: a.scope[lang], email: f.email![lang], role: f.role![lang] }}
      />
      {p.state === 'none' ? (
        <PostForm requiredNote lang={lang} action={base} csrfToken={p.request.csrfToken} label={a.title[lang]}>
          <p>{a.none[lang]}</p>
          <SelectField
            lang={lang}
            name="scope"
            label={a.scope[lang]}
            value="region"
            errors={p.errors}
            required
            options={[
              { value: 'region', label: a.scopeRegion[lang] },
              { value: 'service_point', label: a.scopeServicePoint[lang] },
            ]}
          />
          <button class="qc-button qc-primary" type="submit">
            {a.create[lang]}
          </button>
        </PostForm>
      ) : p.state === 'active' ? (
        <>
          <p>{a.active[lang]}</p>
          <div class="button-row">
            <a class="qc-button qc-secondary" href={`${base}/reinitialisation`}>
              {a.reset[lang]}
            </a>
            <a class="qc-button qc-danger" href={`${base}/desactivation`}>
              {a.disable[lang]}
            </a>
          </div>
        </>
      ) : (
        <>
          <p>{a.disabled[lang]}</p>
          <PostForm action={`${base}/activation`} csrfToken={p.request.csrfToken}>
            <button class="qc-button qc-secondary" type="submit">
              {a.enable[lang]}
            </button>
          </PostForm>
        </>
      )}
    </section>
  )
}

type PageExtra = {
  secret?: { message: string; email: string; password: string }
  notice?: string
  errors?: FieldErrors
}

async function staffPageWithAccount(
  request: FastifyRequest,
  deps: ModuleDeps,
  staff: StaffOutput,
  extra: PageExtra = {},
) {
  const ctx = ctxOf(request, deps)
  const showAccount = canManageStaffAccounts(ctx.actor, ctx.scope, staff.regionCode)
  const account = showAccount ? (
    <AccountSection
      request={request}
      staffId={staff.id}
      state={await staffAccountState(ctx, staff.id)}
      errors={extra.errors}
    />
  ) : null
  const top = extra.secret ? (
    <SecretNotice
      lang={request.lang}
      message={extra.secret.message}
      subject={[f.email![request.lang], extra.secret.email]}
      secret={[a.password[request.lang], extra.secret.password]}
    />
  ) : extra.notice ? (
    <Notice lang={request.lang}>{extra.notice}</Notice>
  ) : null
  return StaffPage({ request, deps, staff, top, account })
}

/** After a creation or a reset: the password into the flash cookie, the browser to the member's page (PRG). */
function redirectWithPassword(
  request: FastifyRequest,
  reply: FastifyReply,
  staffId: string,
  password: string,
  done: Done,
) {
  setFlashSecret(request, reply, FLASH, `${STAFF_BASE}/${staffId}`, password)
  return reply.redirect(`${STAFF_BASE}/${staffId}?compte=${done}`, 303)
}

/** What the member's page says after a redirect: the new password once (if it is still the account's), or a notice. */
async function afterRedirect(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  staff: StaffOutput,
  done: Done,
): Promise<PageExtra> {
  const lang = request.lang
  if (done === 'desactive' || done === 'reactive')
    return { notice: (done === 'desactive' ? a.disabledDone : a.enabledDone)[lang] }
  const password = done ? takeFlashSecret(request, reply, FLASH, `${STAFF_BASE}/${staff.id}`) : undefined
  if (!password || !staff.email || !(await isFreshStaffPassword(ctxOf(request, deps), staff.id, password))) return {}
  return { secret: { message: (done === 'ouvert' ? a.created : a.resetDone)[lang], email: staff.email, password } }
}

/** The confirmation page of a destructive account action (works without JavaScript). */
function ConfirmPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  staff: StaffOutput
  action: string
  question: string
  confirmLabel: string
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.confirmLabel}>
      <h1>{p.confirmLabel}</h1>
      <ConfirmForm
        action={p.action}
        csrfToken={p.request.csrfToken}
        question={p.question.replace('{de name}', frenchDe(p.staff.fullName)).replace('{name}', p.staff.fullName)}
        confirmLabel={p.confirmLabel}
        cancelHref={`${STAFF_BASE}/${p.staff.id}`}
        cancelLabel={f.cancel![lang]}
      />
    </AppPage>
  )
}

/** A team member's page and its account actions: open, reset (confirmed), disable (confirmed), re-enable. */
export function registerStaffAccountPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const page = { schema: { hide: true, params: idParams } }
  const staffOf = (request: FastifyRequest, id: string) => getStaffOrThrow(ctxOf(request, deps), id)

  app.get(
    `${STAFF_BASE}/:id`,
    { schema: { hide: true, params: idParams, querystring: doneQuery } },
    async (request, reply) => {
      const staff = await staffOf(request, request.params.id)
      const extra = await afterRedirect(request, reply, deps, staff, request.query.compte)
      return sendPage(reply, await staffPageWithAccount(request, deps, staff, extra))
    },
  )
  app.post(`${STAFF_BASE}/:id/compte`, formRoute(staffAccountInput, idParams), async (request, reply) => {
    const staff = await staffOf(request, request.params.id)
    return submitForm(
      request,
      () => createStaffAccount(ctxOf(request, deps), staff.id, request.body),
      ({ password }) => redirectWithPassword(request, reply, staff.id, password, 'ouvert'),
      async (errors, status) => sendPage(reply, await staffPageWithAccount(request, deps, staff, { errors }), status),
    )
  })
  for (const [segment, question, label] of [
    ['reinitialisation', a.confirmReset, a.reset],
    ['desactivation', a.confirmDisable, a.disable],
  ] as const) {
    app.get(`${STAFF_BASE}/:id/compte/${segment}`, page, async (request, reply) => {
      const staff = await getStaffForAccountActionOrThrow(ctxOf(request, deps), request.params.id)
      return sendPage(
        reply,
        <ConfirmPage
          request={request}
          deps={deps}
          staff={staff}
          action={`${STAFF_BASE}/${staff.id}/compte/${segment}`}
          question={question[request.lang]}
          confirmLabel={label[request.lang]}
        />,
      )
    })
  }
  app.post(`${STAFF_BASE}/:id/compte/reinitialisation`, page, async (request, reply) => {
    const { password } = await resetStaffPassword(ctxOf(request, deps), request.params.id)
    return redirectWithPassword(request, reply, request.params.id, password, 'reinitialise')
  })
  for (const [segment, disabled, done] of [
    ['desactivation', true, 'desactive'],
    ['activation', false, 'reactive'],
  ] as const) {
    app.post(`${STAFF_BASE}/:id/compte/${segment}`, page, async (request, reply) => {
      await setStaffAccountDisabled(ctxOf(request, deps), request.params.id, disabled)
      return reply.redirect(`${STAFF_BASE}/${request.params.id}?compte=${done}`, 303)
    })
  }
}
