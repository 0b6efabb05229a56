import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { type AgreementOutput, transitionInput } from './agreement.contracts.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { canManageAgreements } from './agreement.policy.js'
import { summaryOf } from './agreement.presenter.js'
import { getAgreementOrThrow } from './agreement.service.js'
import { changeAgreementStatus } from './agreement-changes.service.js'
import {
  AmendmentsList,
  AmountsTable,
  EventsList,
  StatusList,
  TermsList,
  TransitionForms,
} from './agreement-details.view.js'
import { AGREEMENTS } from './agreement-form.pages.js'
import type { AgreementSection, AgreementSummary } from './agreement-sections.js'

const done = { saved: m.saved, moved: m.moved, amended: m.amended }
const detailsQuery = z.object({ fait: z.enum(['saved', 'moved', 'amended']).optional() })

type Shown = { done?: keyof typeof done; errors?: FieldErrors; values?: Record<string, string> }

/** The sections other features draw on the page, in the order given, read side by side; those with nothing left out. */
export async function drawSections(
  request: FastifyRequest,
  deps: ModuleDeps,
  sections: readonly AgreementSection[],
  summary: AgreementSummary,
): Promise<VNode[]> {
  const drawn = await Promise.all(sections.map((section) => section(request, deps, summary)))
  return drawn.filter((node): node is VNode => node !== null)
}

type DetailsProps = {
  request: FastifyRequest
  nav: ModuleDeps['nav']
  a: AgreementOutput
  mrcNames: Map<string, string>
  manage: boolean
  today: string
  shown: Shown
  drawn: VNode[]
}

function DetailsPage({ request, nav, a, mrcNames, manage, today, shown, drawn }: DetailsProps) {
  const lang = request.lang
  const title = `${a.reference} — ${a.title}`
  return (
    <AppPage request={request} nav={nav} title={title}>
      <Breadcrumb lang={lang} trail={[{ href: AGREEMENTS, label: m.listTitle[lang] }]} current={a.reference} />
      <h1>{title}</h1>
      {shown.done ? <Notice lang={lang}>{done[shown.done][lang]}</Notice> : null}
      <ErrorSummary lang={lang} errors={shown.errors} labels={labelsIn(lang, f)} />
      <h2>{m.details[lang]}</h2>
      <TermsList lang={lang} a={a} mrcNames={mrcNames} />
      {manage ? <ManageLinks lang={lang} a={a} /> : null}
      <h2>{m.statusDates[lang]}</h2>
      <StatusList lang={lang} a={a} />
      {manage ? (
        <TransitionForms
          request={request}
          a={a}
          today={today}
          action={`${AGREEMENTS}/${a.id}/statut`}
          values={shown.values}
          errors={shown.errors}
        />
      ) : null}
      <h2>{f.amounts[lang]}</h2>
      <AmountsTable lang={lang} a={a} />
      <h2>{m.amendments[lang]}</h2>
      <AmendmentsList lang={lang} a={a} />
      <h2>{m.events[lang]}</h2>
      <EventsList lang={lang} a={a} />
      {drawn}
    </AppPage>
  )
}

/** The agreement, read and scope-checked once; then its region's MRCs and the sections, side by side. */
async function showDetails(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  sections: readonly AgreementSection[],
  id: string,
  shown: Shown = {},
  status = 200,
) {
  const ctx = ctxOf(request, deps)
  const a = await getAgreementOrThrow(ctx, id)
  const [mrcs, drawn] = await Promise.all([
    listMrcsOfRegionsOrThrow(ctx, [a.regionCode]),
    drawSections(request, deps, sections, summaryOf(a)),
  ])
  const page = (
    <DetailsPage
      request={request}
      nav={deps.nav}
      a={a}
      mrcNames={new Map(mrcs.map((x) => [x.code, x.name]))}
      manage={canManageAgreements(ctx.actor, ctx.scope, a.regionCode)}
      today={civilDate(ctx.now)}
      shown={shown}
      drawn={drawn}
    />
  )
  return sendPage(reply, page, status)
}

/** Edit in preparation; once signed, an amendment (terms change only that way). */
function ManageLinks(p: { lang: 'fr' | 'en'; a: AgreementOutput }) {
  const { lang, a } = p
  if (a.status === 'preparation')
    return (
      <p>
        <a class="qc-button qc-secondary" href={`${AGREEMENTS}/${a.id}/modifier`}>
          {m.edit[lang]}
        </a>
      </p>
    )
  if (a.status === 'signed' || a.status === 'in_progress')
    return (
      <p>
        <a class="qc-button qc-secondary" href={`${AGREEMENTS}/${a.id}/avenants/nouveau`}>
          {m.amend[lang]}
        </a>
      </p>
    )
  return null
}

/** The agreement page (any staff of the region) with the sections other features draw, and the status form. */
export function registerAgreementDetailsPages(
  root: FastifyInstance,
  deps: ModuleDeps,
  sections: readonly AgreementSection[],
): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${AGREEMENTS}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailsQuery } },
    async (request, reply) =>
      showDetails(request, reply, deps, sections, request.params.id, { done: request.query.fait }),
  )
  app.post(`${AGREEMENTS}/:id/statut`, formRoute(transitionInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => changeAgreementStatus(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${AGREEMENTS}/${id}?fait=moved`, 303),
      (errors, status) =>
        showDetails(request, reply, deps, sections, id, { errors, values: typedValues(request.body) }, status),
    )
  })
}
