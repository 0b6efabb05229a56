import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, forbiddenUnless, type ModuleDeps } from '../../access/index.js'
import { type FieldErrors, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { DetailsList, Field, PostForm } from '../../../platform/views/form.js'
import { colon, formatDate, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { languageName } from '../../../platform/languages.js'
import { INBOX } from './referral-inbox.pages.js'
import { getReferral } from './referral-read.service.js'
import { dateOrNull, History } from './referral-views.js'
import { isPartner } from './referral.access.js'
import { commentInput, type PartnerReferralOutput, transitionInput } from './referral.contracts.js'
import { referralText as m, moveLabels, portraitLabels as l, statusLabels } from './referral.messages.js'
import { movesOf, type ReferralStatus, requiredFieldOf } from './referral.policy.js'
import { commentReferral, transitionReferral } from './referral.service.js'

const pageQuery = z.object({ fait: z.literal('1').optional() })
type FormState = { values: Record<string, unknown>; errors?: FieldErrors }

function PersonSection(p: { lang: Lang; r: PartnerReferralOutput }) {
  const { lang, r } = p
  if (!r.person) return null
  const f = r.person.french
  const levels = (['oralComprehension', 'oralProduction', 'writtenComprehension', 'writtenProduction'] as const).map(
    (k): [string, string | null] => [m[k][lang], f[k] === null ? null : String(f[k])],
  )
  return (
    <section aria-labelledby="portrait-person">
      <h2 id="portrait-person">{m.person[lang]}</h2>
      <DetailsList
        rows={[
          [m.person[lang], `${r.person.givenName} ${r.person.familyInitial}.`],
          [m.languages[lang], r.person.languages.map((c) => languageName(c, lang)).join(', ') || null],
        ]}
      />
      <h3>{m.french[lang]}</h3>
      <DetailsList rows={levels} />
      <h3>{m.contact[lang]}</h3>
      {r.contact ? (
        <DetailsList
          rows={[
            [m.email[lang], r.contact.email],
            [m.phone[lang], r.contact.phone],
            [m.preferredLanguage[lang], m[r.contact.preferredLanguage][lang]],
          ]}
        />
      ) : (
        <p>{m.noContact[lang]}</p>
      )}
    </section>
  )
}

function NeedsAndSteps(p: { lang: Lang; r: PartnerReferralOutput }) {
  const { lang, r } = p
  return (
    <>
      <h2>{m.needs[lang]}</h2>
      <ul>
        {r.needs.map((n) => (
          <li key={n.label.fr}>
            <strong>{`${l.volet[n.volet][lang]} — ${n.label[lang]}`}</strong>
            {` (${m.priority[lang]}${colon(lang)}${l.priority[n.priority][lang]})`}
            {n.notes ? <p>{n.notes}</p> : null}
          </li>
        ))}
      </ul>
      <h2>{m.steps[lang]}</h2>
      <ul>
        {r.steps.map((s) => (
          <li key={s.action}>
            {s.action}
            {` — ${l.responsible[s.responsible][lang]}, ${l.stepStatus[s.status][lang]}`}
            {s.dueOn ? ` — ${m.dueOn[lang]} ${formatDate(s.dueOn, lang)}` : ''}
          </li>
        ))}
      </ul>
    </>
  )
}

type ActionProps = { request: FastifyRequest; r: PartnerReferralOutput; form: FormState }
const actionLabels = (lang: Lang) => ({
  reason: m.reason[lang],
  outcome: m.outcome[lang],
  comment: m.comment[lang],
  to: m.status[lang],
})
/** Declining or ending without completing is drawn as the lesser choice beside accepting or completing. */
const secondaryMoves: readonly ReferralStatus[] = ['declined', 'not_completed']
const typed = (form: FormState, k: string) => (typeof form.values[k] === 'string' ? (form.values[k] as string) : '')

/**
 * The partner's moves, one form each, except that moves requiring the same field share one form (complete or not, with
 * the outcome): each field then appears once, with its own id and label.
 */
function moveGroups(status: ReferralStatus): ReferralStatus[][] {
  const groups = new Map<string, ReferralStatus[]>()
  for (const to of movesOf(status, 'partner')) {
    const key = requiredFieldOf(to) ?? to
    groups.set(key, [...(groups.get(key) ?? []), to])
  }
  return [...groups.values()]
}

/** One form: the reason or outcome its moves require, and a button per move (the button sends `to`). */
function MoveForm(p: ActionProps & { moves: ReferralStatus[] }) {
  const lang = p.request.lang
  const needed = requiredFieldOf(p.moves[0]!)
  const label = needed && p.moves.length > 1 ? actionLabels(lang)[needed] : moveLabels[p.moves[0]!][lang]
  return (
    <PostForm action={`${INBOX}/${p.r.id}/etape`} csrfToken={p.request.csrfToken} label={label}>
      {needed ? (
        <Field
          lang={lang}
          name={needed}
          label={actionLabels(lang)[needed]}
          required
          value={typed(p.form, needed)}
          errors={p.form.errors}
        />
      ) : null}
      <div class="button-row">
        {p.moves.map((to) => (
          <button
            key={to}
            class={`qc-button ${secondaryMoves.includes(to) ? 'qc-secondary' : 'qc-primary'}`}
            type="submit"
            name="to"
            value={to}
          >
            {moveLabels[to][lang]}
          </button>
        ))}
      </div>
    </PostForm>
  )
}

function Actions(p: ActionProps) {
  const lang = p.request.lang
  return (
    <section aria-labelledby="portrait-actions">
      <h2 id="portrait-actions">{m.actions[lang]}</h2>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={actionLabels(lang)} />
      {moveGroups(p.r.status).map((moves) => (
        <MoveForm key={moves[0]} {...p} moves={moves} />
      ))}
      <PostForm action={`${INBOX}/${p.r.id}/commentaire`} csrfToken={p.request.csrfToken} label={m.addComment[lang]}>
        <Field
          lang={lang}
          name="comment"
          label={m.comment[lang]}
          required
          value={typed(p.form, 'comment')}
          errors={p.form.errors}
        />
        <button class="qc-button qc-secondary" type="submit">
          {m.addComment[lang]}
        </button>
      </PostForm>
    </section>
  )
}

function PortraitPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  r: PartnerReferralOutput
  form: FormState
  done?: boolean
}) {
  const lang = p.request.lang
  const { r } = p
  const title = r.consentWithdrawn ? m.withdrawnTitle[lang] : (r.serviceWanted ?? '')
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title} homeHref="/partenaires">
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/partenaires', label: m.portal[lang] },
          { href: INBOX, label: m.inboxTitle[lang] },
        ]}
        current={title}
      />
      <h1>{title}</h1>
      {p.done ? <Notice lang={lang}>{m.notice.saved[lang]}</Notice> : null}
      <DetailsList
        rows={[
          [m.status[lang], statusLabels[r.status][lang]],
          [m.sentAt[lang], formatDate(new Date(r.sentAt), lang)],
          [m.answerDueOn[lang], dateOrNull(r.answerDueOn, lang)],
          [m.message[lang], r.message],
          [m.declineReason[lang], r.declineReason],
          [m.outcome[lang], r.outcome],
        ]}
      />
      {r.consentWithdrawn ? (
        <SdgNotice lang={lang} type="warning" title={m.withdrawnTitle[lang]}>
          <p>{m.withdrawnBody[lang]}</p>
        </SdgNotice>
      ) : (
        <>
          <PersonSection lang={lang} r={r} />
          <NeedsAndSteps lang={lang} r={r} />
          <h2>{m.history[lang]}</h2>
          <History lang={lang} events={r.events} />
          <Actions request={p.request} r={r} form={p.form} />
        </>
      )}
    </AppPage>
  )
}

async function showPortrait(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  form: FormState,
  status = 200,
  done = false,
) {
  const ctx = ctxOf(request, deps)
  forbiddenUnless(isPartner(ctx))
  const r = await getReferral(ctx, id)
  if (r.view !== 'partner') throw notFound('referral')
  return sendPage(reply, <PortraitPage request={request} deps={deps} r={r} form={form} done={done} />, status)
}

/** A referral's portrait for its organization (opening it marks it received), its answers and comments. */
export function registerPortraitPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const base = `${INBOX}/:id`
  const back = (reply: FastifyReply, id: string) => () => reply.redirect(`${INBOX}/${id}?fait=1`, 303)
  app.get(base, { schema: { hide: true, params: idParams, querystring: pageQuery } }, async (request, reply) =>
    showPortrait(request, reply, deps, request.params.id, { values: {} }, 200, request.query.fait === '1'),
  )
  app.post(`${base}/etape`, formRoute(transitionInput, idParams), async (request, reply) =>
    submitForm(
      request,
      () => transitionReferral(ctxOf(request, deps), request.params.id, request.body),
      back(reply, request.params.id),
      (errors, status) =>
        showPortrait(request, reply, deps, request.params.id, { values: typedValues(request.body), errors }, status),
    ),
  )
  app.post(`${base}/commentaire`, formRoute(commentInput, idParams), async (request, reply) =>
    submitForm(
      request,
      () => commentReferral(ctxOf(request, deps), request.params.id, request.body),
      back(reply, request.params.id),
      (errors, status) =>
        showPortrait(request, reply, deps, request.params.id, { values: typedValues(request.body), errors }, status),
    ),
  )
}
