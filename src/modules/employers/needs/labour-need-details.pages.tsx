import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { languageName } from '../../../platform/languages.js'
import { DetailsList } from '../../../platform/views/form.js'
import { colon, formatDate, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import type { EnterpriseSection } from '../enterprises/enterprise-sections.js'
import type { LabourNeedOutput } from './labour-need.contracts.js'
import { employmentTypeLabels, needFieldLabels as f, needText as m, statusLabels } from './labour-need.messages.js'
import { canWriteNeeds } from './labour-need.policy.js'
import { getLabourNeedOrThrow, listLabourNeeds } from './labour-need.service.js'
import { ENTERPRISES, locationText, NEEDS, NeedsTable, wageText } from './labour-need.view.js'

/** "95106 — Manœuvres… / Labourers in food and beverage processing (FEER 5)": both titles, then the TEER. */
function occupationRow(n: LabourNeedOutput, lang: Lang): string {
  const titles = n.cnpTitleFr && n.cnpTitleFr !== n.cnpTitleEn ? `${n.cnpTitleFr} / ${n.cnpTitleEn}` : n.cnpTitleEn
  return `${n.cnpCode} — ${titles} (${f.teer[lang]} ${n.teer})`
}

function positionRows(n: LabourNeedOutput, lang: Lang, mrcNames: Map<string, string>): [string, string | null][] {
  return [
    [f.cnpCode[lang], occupationRow(n, lang)],
    [f.positions[lang], formatNumber(n.positions, lang)],
    [f.employmentType[lang], employmentTypeLabels[n.employmentType][lang]],
    [f.status[lang], statusLabels[n.status][lang]],
    [f.wage[lang], wageText(n, lang)],
    [f.startOn[lang], n.startOn ? formatDate(n.startOn, lang) : null],
    [m.location[lang], locationText(n, mrcNames)],
  ]
}

function requirementRows(n: LabourNeedOutput, lang: Lang): [string, string | null][] {
  const languages = n.otherLanguages.map((c) => languageName(c, lang)).join(', ')
  return [
    [f.frenchLevel[lang], n.frenchLevel === null ? null : String(n.frenchLevel)],
    [f.otherLanguages[lang], languages || null],
    [f.experienceYears[lang], n.experienceYears === null ? null : formatNumber(n.experienceYears, lang)],
    [f.regulatedProfession[lang], (n.regulatedProfession ? m.yes : m.no)[lang]],
    [f.credentialRequired[lang], n.credentialRequired],
  ]
}

type DetailsProps = {
  request: FastifyRequest
  deps: ModuleDeps
  need: LabourNeedOutput
  mrcNames: Map<string, string>
  canWrite: boolean
  saved: boolean
}

function DetailsPage(p: DetailsProps) {
  const { lang } = p.request
  const n = p.need
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={n.title}>
      <h1>{n.title}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <p>
        {`${m.enterprise[lang]}${colon(lang)}`}
        <a href={`${ENTERPRISES}/${n.enterpriseId}`}>{n.enterpriseName}</a>
      </p>
      <p>
        <a class="qc-button qc-primary" href={`${NEEDS}/${n.id}/candidats`}>
          {m.ranked[lang]}
        </a>
      </p>
      <DetailsList rows={positionRows(n, lang, p.mrcNames)} />
      <h2>{f.requirements[lang]}</h2>
      <DetailsList rows={requirementRows(n, lang)} />
      {n.description ? (
        <>
          <h2>{f.description[lang]}</h2>
          <p class="pre-line">{n.description}</p>
        </>
      ) : null}
      {p.canWrite ? (
        <p>
          <a class="qc-button qc-secondary" href={`${NEEDS}/${n.id}/modifier`}>
            {m.edit[lang]}
          </a>
        </p>
      ) : null}
      <p>
        <a href={NEEDS}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

const detailsQuery = z.object({ saved: z.literal('1').optional() })

/** The details of a labour need: its occupation (CNP with TEER), terms, requirements, and the way to its candidates. */
export function registerLabourNeedDetailsPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${NEEDS}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailsQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps)
      const need = await getLabourNeedOrThrow(ctx, request.params.id)
      const mrcNames = new Map((await listMrcsOfRegionsOrThrow(ctx, [need.regionCode])).map((r) => [r.code, r.name]))
      const canWrite = canWriteNeeds(ctx.actor, ctx.scope, need.regionCode)
      const saved = request.query.saved === '1'
      const page = <DetailsPage {...{ request, deps, need, mrcNames, canWrite, saved }} />
      return sendPage(reply, page)
    },
  )
}

/** The enterprise page's section: its labour needs (latest first) and, for those who may, a "new need" link. */
export const needsSection: EnterpriseSection = async (request, deps, enterprise) => {
  const ctx = ctxOf(request, deps)
  const { lang } = request
  const page = await listLabourNeeds(ctx, { enterprise: enterprise.id })
  const canWrite = canWriteNeeds(ctx.actor, ctx.scope, enterprise.regionCode)
  // The location column names the MRC (not its code) as the need's own page does.
  const mrcNames = page.data.some((n) => n.mrcCode)
    ? new Map((await listMrcsOfRegionsOrThrow(ctx, [enterprise.regionCode])).map((r) => [r.code, r.name]))
    : undefined
  return (
    <section>
      <h2 id="needs-title">{m.sectionTitle[lang]}</h2>
      {page.data.length === 0 ? (
        <p>{m.sectionNone[lang]}</p>
      ) : (
        <NeedsTable lang={lang} needs={page.data} label={m.sectionTitle[lang]} mrcNames={mrcNames} />
      )}
      {page.next !== null ? (
        <p>
          <a href={`${NEEDS}?enterprise=${enterprise.id}`}>{m.next[lang]}</a>
        </p>
      ) : null}
      {canWrite ? (
        <p>
          <a class="qc-button qc-secondary" href={`${NEEDS}/nouveau?entreprise=${enterprise.id}`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
    </section>
  )
}
