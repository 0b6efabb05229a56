import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { TextAreaField } from '../../../platform/views/fields.js'
import { DetailsList, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { employmentTypeLabels } from '../needs/labour-need.messages.js'
import { employmentTypes } from '../needs/labour-need.schema.js'
import { statusText } from './proposal-list.pages.js'
import { declineReasonLabels, moveLabels, statusLabels, transitions } from './proposal-lifecycle.js'
import { answerProposal } from './proposal-answer.service.js'
import { answerInput, type ProposalDetailsOutput, type ProposalEventOutput } from './proposal.contracts.js'
import { NEEDS, PLACEMENTS, proposalFieldLabels as f, proposalText as m, PROPOSALS } from './proposal.messages.js'
import { canWriteProposals } from './proposal.policy.js'
import { declineReasons } from './proposal.schema.js'
import { getProposalOrThrow } from './proposal.service.js'

type Values = Record<string, unknown>
const detailsQuery = z.object({ saved: z.literal('1').optional() })

function History(p: { lang: Lang; events: ProposalEventOutput[] }) {
  const { lang } = p
  const change = (e: ProposalEventOutput) =>
    e.fromStatus
      ? `${statusLabels[e.fromStatus][lang]} → ${statusLabels[e.toStatus][lang]}`
      : statusLabels[e.toStatus][lang]
  const reason = (r: string | null) => (r && r in declineReasonLabels ? declineReasonLabels[r as 'other'][lang] : r)
  return (
    <Table label={m.history[lang]}>
      <TableHead lang={lang} heads={[f.at, f.change, f.comment]} />
      <tbody>
        {p.events.map((e, i) => (
          <tr key={`${i}-${e.at}`}>
            <td>
              {formatDateTime(e.at, lang)}
              {e.byName ? ` ${m.by[lang]} ${e.byName}` : ''}
            </td>
            <td>{change(e)}</td>
            <td>{reason(e.reason) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

type FieldsOf = ReturnType<typeof fieldsOf>

function DeclineFields(p: { lang: Lang; at: FieldsOf }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.declineFields[lang]}</legend>
      <SelectField
        {...at('declineReason')}
        emptyLabel=""
        options={declineReasons.map((r) => ({ value: r, label: declineReasonLabels[r][lang] }))}
      />
    </fieldset>
  )
}

function HireFields(p: { lang: Lang; at: FieldsOf }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.hireFields[lang]}</legend>
      <Field {...at('hiredOn')} type="date" hint={f.hiredOnHint[lang]} />
      <Field {...at('positionTitle')} hint={f.positionTitleHint[lang]} maxLength={200} />
      <SelectField
        {...at('employmentType')}
        hint={f.employmentTypeHint[lang]}
        emptyLabel=""
        options={employmentTypes.map((e) => ({ value: e, label: employmentTypeLabels[e][lang] }))}
      />
    </fieldset>
  )
}

function AnswerForm(p: {
  request: FastifyRequest
  proposal: ProposalDetailsOutput
  values: Values
  errors?: FieldErrors
}) {
  const { lang } = p.request
  const allowed = transitions[p.proposal.status]
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  return (
    <section aria-labelledby="answer-title">
      <h2 id="answer-title">{m.answer[lang]}</h2>
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <PostForm
        requiredNote
        lang={lang}
        action={`${PROPOSALS}/${p.proposal.id}/reponses`}
        csrfToken={p.request.csrfToken}
      >
        <RadioGroup
          {...at('move')}
          required
          options={allowed.map((mv) => ({ value: mv, label: moveLabels[mv][lang] }))}
        />
        <Field {...at('on')} type="date" required />
        {allowed.includes('declined') ? <DeclineFields lang={lang} at={at} /> : null}
        {allowed.includes('hired') ? <HireFields lang={lang} at={at} /> : null}
        <TextAreaField {...at('comment')} rows={3} maxLength={2000} />
        <FormActions saveLabel={m.answerSave[lang]} cancelHref={PROPOSALS} cancelLabel={m.back[lang]} />
      </PostForm>
    </section>
  )
}

type PageState = { proposal: ProposalDetailsOutput; values: Values; errors?: FieldErrors; saved?: boolean }

function DetailsPage(p: { request: FastifyRequest; deps: ModuleDeps; state: PageState }) {
  const { request } = p
  const { lang } = request
  const pr = p.state.proposal
  const canAnswer =
    request.actor !== null &&
    canWriteProposals(request.actor, request.scope, pr.regionCode) &&
    transitions[pr.status].length > 0
  const rows: [string, string | null][] = [
    [f.candidate[lang], pr.candidateName ?? m.hiddenCandidate[lang]],
    [f.need[lang], pr.needTitle],
    [f.enterprise[lang], pr.enterpriseName],
    [f.status[lang], statusText(pr, lang)],
    [f.proposedOn[lang], formatDate(pr.proposedOn, lang)],
    [f.answeredOn[lang], pr.answeredOn ? formatDate(pr.answeredOn, lang) : null],
    [f.comment[lang], pr.comment],
  ]
  const title = `${m.detailsTitle[lang]} — ${pr.needTitle}`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {p.state.saved ? <Notice lang={lang}>{m.answered[lang]}</Notice> : null}
      <DetailsList rows={rows} />
      {pr.placementId ? (
        <p>
          <a href={`${PLACEMENTS}?region=${pr.regionCode}`}>{m.placement[lang]}</a>
        </p>
      ) : null}
      <h2>{m.history[lang]}</h2>
      <History lang={lang} events={pr.events} />
      {canAnswer ? (
        <AnswerForm request={request} proposal={pr} values={p.state.values} errors={p.state.errors} />
      ) : null}
      <p>
        <a href={`${NEEDS}/${pr.labourNeedId}/candidats`}>{m.backToNeed[lang]}</a> ·{' '}
        <a href={PROPOSALS}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

async function showDetails(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  form: { values?: Values; errors?: FieldErrors; saved?: boolean; status?: number },
) {
  const ctx = ctxOf(request, deps)
  const proposal = await getProposalOrThrow(ctx, id)
  const values = form.values ?? { on: civilDate(ctx.now) }
  const state = { proposal, values, errors: form.errors, saved: form.saved }
  return sendPage(reply, <DetailsPage request={request} deps={deps} state={state} />, form.status)
}

/** A proposal's details, history and answer form; the answer posts, then redirects back (post/redirect/get). */
export function registerProposalDetailsPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${PROPOSALS}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailsQuery } },
    async (request, reply) =>
      showDetails(request, reply, deps, request.params.id, { saved: request.query.saved === '1' }),
  )
  app.post(`${PROPOSALS}/:id/reponses`, formRoute(answerInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => answerProposal(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${PROPOSALS}/${id}?saved=1`, 303),
      (errors, status) => showDetails(request, reply, deps, id, { values: typedValues(request.body), errors, status }),
    )
  })
}
