import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import { idParams } from '../../../platform/http/schemas.js'
import { z } from 'zod'
import { DetailsList, PostForm } from '../../../platform/views/form.js'
import { Notice } from '../../../platform/views/notice.js'
import { colon, formatDate, type Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { CandidateMatchOutput, NeedMatchOutput } from './matching.contracts.js'
import { matchQuery } from './matching.contracts.js'
import { criterionLabels, matchText as m, proposalStatusText } from './matching.messages.js'
import { canProposeCandidates } from './matching.policy.js'
import type { MatchNeedRow, MatchProfileRow } from './matching.queries.js'
import { rankCandidates, rankNeeds } from './matching.service.js'
import type { CriterionScore } from './score.js'

const NEEDS = '/app/besoins-main-oeuvre'
const CANDIDATES = '/app/candidats'

/** "CNP 95106 — Manœuvres …" in the page's language. */
function occupationOf(need: MatchNeedRow, lang: Lang): string {
  const title = lang === 'fr' ? (need.cnpTitleFr ?? need.cnpTitleEn) : need.cnpTitleEn
  return `${need.cnpCode} — ${title}`
}

/** The score as text and as a bar (the text carries it: the bar is only a picture of it). */
function ScoreLine(p: { lang: Lang; score: number }) {
  return (
    <p>
      <strong>
        {m.score[p.lang]}
        {colon(p.lang)}
        {p.score} %
      </strong>{' '}
      <progress max={100} value={p.score} aria-hidden="true">
        {p.score} %
      </progress>
    </p>
  )
}

/** Each criterion's points, whether it is met (in words, never colour alone) and why. */
function CriteriaTable(p: { lang: Lang; caption: string; criteria: readonly CriterionScore[] }) {
  const { lang } = p
  return (
    <Table label={p.caption}>
      <caption class="qc-sr-only">{p.caption}</caption>
      <TableHead lang={lang} heads={[m.criterion, m.points, m.status, m.detail]} />
      <tbody>
        {p.criteria.map((c) => (
          <tr key={c.criterion}>
            <th scope="row">{criterionLabels[c.criterion][lang]}</th>
            <td>
              {c.points} / {c.max}
            </td>
            <td>{(c.met ? m.met : c.points > 0 ? m.partial : m.missing)[lang]}</td>
            <td>{c.reason[lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function ProposeOrStatus(p: { request: FastifyRequest; needId: string; match: CandidateMatchOutput }) {
  const { lang } = p.request
  if (p.match.proposalStatus)
    return (
      <p>
        {m.proposal[lang]}
        {colon(lang)}
        {proposalStatusText[p.match.proposalStatus][lang]}
      </p>
    )
  if (!p.request.actor || !canProposeCandidates(p.request.actor)) return null
  return (
    <PostForm
      action={`${NEEDS}/${p.needId}/propositions`}
      csrfToken={p.request.csrfToken}
      label={`${m.propose[lang]}${colon(lang)}${p.match.displayName}`}
    >
      <input type="hidden" name="profileId" value={p.match.profileId} />
      <button type="submit" class="qc-button qc-secondary">
        {m.propose[lang]}
        <span class="qc-sr-only">
          {colon(lang)}
          {p.match.displayName}
        </span>
      </button>
    </PostForm>
  )
}

function CandidateCard(p: { request: FastifyRequest; needId: string; match: CandidateMatchOutput; rank: number }) {
  const { lang } = p.request
  const { match } = p
  const availability = match.availableOn ? `${m.available[lang]} ${formatDate(match.availableOn, lang)}` : null
  return (
    <section aria-labelledby={`match-${match.profileId}`}>
      <h3 id={`match-${match.profileId}`}>
        {p.rank}. <a href={`${CANDIDATES}/${match.profileId}`}>{match.displayName}</a>
      </h3>
      <p>
        {match.regionName[lang]}
        {availability ? ` · ${availability}` : ''}
      </p>
      <ScoreLine lang={lang} score={match.score} />
      <CriteriaTable
        lang={lang}
        caption={`${m.detail[lang]}${colon(lang)}${match.displayName}`}
        criteria={match.criteria}
      />
      <ProposeOrStatus request={p.request} needId={p.needId} match={match} />
    </section>
  )
}

function NeedSummary(p: { lang: Lang; need: MatchNeedRow; regionName: Localized }) {
  const { lang, need } = p
  const required = (v: number | null, unit: Localized) => (v === null ? null : `${v} ${unit[lang]}`)
  return (
    <DetailsList
      rows={[
        [m.enterprise[lang], need.enterpriseName],
        [m.occupation[lang], occupationOf(need, lang)],
        [m.positions[lang], String(need.positions)],
        [m.region[lang], [need.city, p.regionName[lang]].filter(Boolean).join(', ')],
        [criterionLabels.french[lang], required(need.frenchLevel, m.frenchLevelUnit)],
        [criterionLabels.experience[lang], required(need.experienceYears, m.yearsUnit)],
        [m.credential[lang], need.credentialRequired],
      ]}
    />
  )
}

type CandidatesState = Awaited<ReturnType<typeof rankCandidates>>

function CandidatesPage(p: { request: FastifyRequest; deps: ModuleDeps; state: CandidatesState; proposed: boolean }) {
  const { request, state } = p
  const { lang } = request
  const title = `${m.candidatesTitle[lang]}${colon(lang)}${state.need.title}`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <p>
        <a href={`${NEEDS}/${state.need.id}`}>{m.backToNeed[lang]}</a>
      </p>
      <h1>{title}</h1>
      {p.proposed ? <Notice lang={lang}>{m.proposedNotice[lang]}</Notice> : null}
      <NeedSummary lang={lang} need={state.need} regionName={state.needRegion} />
      <h2>{m.ranked[lang]}</h2>
      <p>{m.explain[lang]}</p>
      {state.items.length === 0 ? <p>{m.noCandidates[lang]}</p> : null}
      {state.items.map((match, i) => (
        <CandidateCard key={match.profileId} request={request} needId={state.need.id} match={match} rank={i + 1} />
      ))}
    </AppPage>
  )
}

function NeedCard(p: { lang: Lang; match: NeedMatchOutput; rank: number }) {
  const { lang, match } = p
  const where = [match.enterpriseName, match.city, match.regionName[lang]].filter(Boolean).join(' · ')
  return (
    <section aria-labelledby={`need-${match.labourNeedId}`}>
      <h3 id={`need-${match.labourNeedId}`}>
        {p.rank}. <a href={`${NEEDS}/${match.labourNeedId}`}>{match.title}</a> ({m.noc[lang]} {match.cnpCode})
      </h3>
      <p>
        {where}
        {match.startOn ? ` · ${m.startsOn[lang]} ${formatDate(match.startOn, lang)}` : ''}
      </p>
      <ScoreLine lang={lang} score={match.score} />
      <CriteriaTable lang={lang} caption={`${m.detail[lang]}${colon(lang)}${match.title}`} criteria={match.criteria} />
    </section>
  )
}

type NeedsState = Awaited<ReturnType<typeof rankNeeds>>

function OffersPage(p: { request: FastifyRequest; deps: ModuleDeps; state: NeedsState; profile: MatchProfileRow }) {
  const { request, state } = p
  const { lang } = request
  const title = `${m.offersTitle[lang]}${colon(lang)}${p.profile.displayName}`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <p>
        <a href={`${CANDIDATES}/${p.profile.id}`}>{m.backToCandidate[lang]}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {m.targets[lang]}
        {colon(lang)}
        {p.profile.targetCnpCodes.join(', ')}
      </p>
      <h2>{m.rankedNeeds[lang]}</h2>
      <p>{m.explain[lang]}</p>
      {state.items.length === 0 ? <p>{m.noNeeds[lang]}</p> : null}
      {state.items.map((match, i) => (
        <NeedCard key={match.labourNeedId} lang={lang} match={match} rank={i + 1} />
      ))}
    </AppPage>
  )
}

/** The ranked candidates of a labour need and the ranked needs of a candidate, each score explained per criterion. */
export function registerMatchingPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const schema = { hide: true, params: idParams, querystring: matchQuery }
  // `proposee=1`: back from the proposals feature's "Proposer" (post/redirect/get).
  const candidatesQuery = matchQuery.extend({ proposee: z.literal('1').optional() })
  app.get(`${NEEDS}/:id/candidats`, { schema: { ...schema, querystring: candidatesQuery } }, async (request, reply) => {
    const { proposee, ...query } = request.query
    const state = await rankCandidates(ctxOf(request, deps), request.params.id, query)
    const page = <CandidatesPage request={request} deps={deps} state={state} proposed={proposee === '1'} />
    return sendPage(reply, page)
  })
  app.get(`${CANDIDATES}/:id/offres`, { schema }, async (request, reply) => {
    const state = await rankNeeds(ctxOf(request, deps), request.params.id, request.query)
    return sendPage(reply, <OffersPage request={request} deps={deps} state={state} profile={state.profile} />)
  })
}
