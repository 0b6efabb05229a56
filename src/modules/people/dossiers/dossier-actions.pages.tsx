import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { ConfirmForm, Field, fieldsOf } from '../../../platform/views/form.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { parseInput } from '../../../platform/validation.js'
import {
  assignDossierInput,
  closeDossierInput,
  type DossierOutput,
  reopenDossierInput,
  transferDossierInput,
} from './dossier.contracts.js'
import { assignDossier, closeDossier, reopenDossier, transferDossier } from './dossier-lifecycle.service.js'
import { DOSSIERS } from './dossier-list.pages.js'
import { dossierFields, dossierText as m } from './dossier.messages.js'
import type { DossierRow } from './dossier.queries.js'
import { AssignFields, CloseFields, type Fields, hasTransferTarget, TransferFields } from './dossier-action-fields.js'
import { getDossierRowForWork } from './dossier.service.js'

type Values = Record<string, unknown>
type Blocked = { message: Localized; status: number }
type Form = { values: Values; errors?: FieldErrors }
/** One action's confirmation page: its question, its fields, the danger button, the way back to the dossier. */
type Action<S extends z.ZodType> = {
  slug: string
  title: Localized
  question: Localized
  confirm: Localized
  contract: S
  fields?: Fields
  initial?: (dossier: DossierRow) => Values
  /** Why the action cannot be taken now (a notice in place of the form, with its status), if it cannot. */
  blocked?: (ctx: Ctx, dossier: DossierRow) => Promise<Blocked | undefined>
  run: (ctx: Ctx, id: string, input: z.output<S>) => Promise<DossierOutput>
}

const noteField: Fields = async ({ at }) => <Field {...at('note')} maxLength={1000} />

async function showAction<S extends z.ZodType>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  action: Action<S>,
  id: string,
  form?: Form,
  status = 200,
) {
  const ctx = ctxOf(request, deps)
  const dossier = await getDossierRowForWork(ctx, id)
  const blocked = await action.blocked?.(ctx, dossier)
  if (blocked) return showBlocked(request, reply, deps, { action, dossier, blocked })
  const lang = request.lang
  const labels = labelsIn(lang, dossierFields)
  const values = form?.values ?? action.initial?.(dossier) ?? {}
  const at = fieldsOf({ lang, labels, values, errors: form?.errors })
  const back = `${DOSSIERS}/${id}`
  const title = `${action.title[lang]} — ${dossier.number}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={form?.errors} labels={labels} />
      <ConfirmForm
        action={`${back}/${action.slug}`}
        csrfToken={request.csrfToken}
        question={action.question[lang]}
        confirmLabel={action.confirm[lang]}
        cancelHref={back}
        cancelLabel={m.cancel[lang]}
      >
        {action.fields ? await action.fields({ ctx, request, dossier, at }) : null}
      </ConfirmForm>
    </AppPage>
  )
  return sendPage(reply, page, status)
}

/** The action's page when it cannot be taken: the reason in an information notice, the way back, no form. */
function showBlocked(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  p: { action: { title: Localized }; dossier: DossierRow; blocked: Blocked },
) {
  const lang = request.lang
  const title = `${p.action.title[lang]} — ${p.dossier.number}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <SdgNotice lang={lang} type="information">
        <p>{p.blocked.message[lang]}</p>
      </SdgNotice>
      <p>
        <a href={`${DOSSIERS}/${p.dossier.id}`}>{m.backToDossier[lang]}</a>
      </p>
    </AppPage>
  )
  return sendPage(reply, page, p.blocked.status)
}

function registerAction<S extends z.ZodType>(root: FastifyInstance, deps: ModuleDeps, action: Action<S>): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${DOSSIERS}/:id/${action.slug}`
  app.get(path, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showAction(request, reply, deps, action, request.params.id),
  )
  app.post(path, formRoute(action.contract, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      // The body was validated by the route; parsing its output again gives it the contract's type in this generic.
      () => action.run(ctxOf(request, deps), id, parseInput(action.contract, request.body)),
      // After a transfer the former location only reads the dossier: its page says so.
      () => reply.redirect(`${DOSSIERS}/${id}?saved=1`, 303),
      (errors, status) =>
        showAction(request, reply, deps, action, id, { values: typedValues(request.body), errors }, status),
    )
  })
}

/** Close, reopen, assign and transfer: each a GET page (its confirmation and fields) and a POST (303 to the dossier). */
export function registerDossierActionPages(app: FastifyInstance, deps: ModuleDeps): void {
  const back = (d: DossierRow) => ({ servicePointId: d.servicePointId, agentId: d.agentId })
  registerAction(app, deps, {
    slug: 'fermer',
    title: m.close,
    question: m.closeQuestion,
    confirm: m.close,
    contract: closeDossierInput,
    fields: CloseFields,
    run: closeDossier,
  })
  registerAction(app, deps, {
    slug: 'rouvrir',
    title: m.reopen,
    question: m.reopenQuestion,
    confirm: m.reopen,
    contract: reopenDossierInput,
    fields: noteField,
    blocked: async (_ctx, d) => (d.status === 'closed' ? undefined : { message: m.notClosed, status: 409 }),
    run: reopenDossier,
  })
  registerAction(app, deps, {
    slug: 'assigner',
    title: m.assign,
    question: m.assign,
    confirm: m.save,
    contract: assignDossierInput,
    fields: AssignFields,
    initial: back,
    run: assignDossier,
  })
  registerAction(app, deps, {
    slug: 'transfert',
    title: m.transfer,
    question: m.transferQuestion,
    confirm: m.confirmTransfer,
    contract: transferDossierInput,
    fields: TransferFields,
    blocked: async (ctx, d) =>
      (await hasTransferTarget(ctx, d)) ? undefined : { message: m.noTransferTarget, status: 200 },
    run: transferDossier,
  })
}
