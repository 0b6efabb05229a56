import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, listMrcsOfRegionsOrThrow, type RegionRow } from '../../territory/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, PostForm } from '../../../platform/views/form.js'
import { colon, formatDate, formatDateTime, localName } from '../../../platform/views/i18n.js'
import { Notice, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { findOccupations } from '../occupations/occupation.queries.js'
import { CANDIDATES, regionNames, targetLabel } from './candidate-list.pages.js'
import type { ProfileOutput } from './candidate.contracts.js'
import {
  candidateFields as f,
  credentialStatusLabels,
  candidateText as m,
  workPermitLabels,
} from './candidate.messages.js'
import { canWriteProfile } from './candidate.policy.js'
import type { TargetTitle } from './candidate.queries.js'
import { setProfileClosed, viewProfile } from './candidate.service.js'

const detailsQuery = z.object({ saved: z.literal('1').optional() })

type Shown = { profile: ProfileOutput; regions: RegionRow[]; mrcName?: string; titles: TargetTitle[] }

function rowsOf(lang: 'fr' | 'en', s: Shown): [string, string | null][] {
  const p = s.profile
  const region = s.regions.find((r) => r.code === p.currentRegionCode)
  return [
    [f.targetCnpCodes![lang], s.titles.map((t) => targetLabel(lang, t)).join(' ; ')],
    [f.experienceYears![lang], p.experienceYears === null ? null : String(p.experienceYears)],
    [f.frenchLevel![lang], p.frenchLevel === null ? null : String(p.frenchLevel)],
    [f.credentialStatus![lang], p.credentialStatus ? credentialStatusLabels[p.credentialStatus][lang] : null],
    [f.workPermit![lang], p.workPermit ? workPermitLabels[p.workPermit][lang] : null],
    [f.availableOn![lang], p.availableOn ? formatDate(p.availableOn, lang) : null],
    [f.currentRegionCode![lang], region ? localName(lang, region) : p.currentRegionCode],
    [f.currentMrcCode![lang], s.mrcName ?? null],
    [f.mobilityRegionCodes![lang], regionNames(lang, s.regions, p.mobilityRegionCodes) || m.none_[lang]],
    [f.notes![lang], p.notes],
    [f.status![lang], p.closedAt ? `${m.closed[lang]} (${formatDateTime(p.closedAt, lang)})` : m.open[lang]],
  ]
}

function ProfilePage(p: { request: FastifyRequest; deps: ModuleDeps; shown: Shown; saved: boolean }) {
  const { request } = p
  const lang = request.lang
  const profile = p.shown.profile
  const base = `${CANDIDATES}/${profile.id}`
  const writable = request.actor ? canWriteProfile(request.actor, request.scope, profile) : false
  return (
    <AppPage request={request} nav={p.deps.nav} title={`${m.viewTitle[lang]}${colon(lang)}${profile.personName}`}>
      <h1>{profile.personName}</h1>
      <p class="lead">{m.viewTitle[lang]}</p>
      {p.saved ? (
        <Notice lang={lang}>
          <p>{m.saved[lang]}</p>
        </Notice>
      ) : null}
      {profile.closed ? (
        <SdgNotice lang={lang} type="information">
          <p>{m.closedNotice[lang]}</p>
        </SdgNotice>
      ) : null}
      <DetailsList rows={rowsOf(lang, p.shown)} />
      {request.actor && can(request.actor, 'employers.read') ? (
        <p>
          <a href={`${base}/offres`}>{m.offers[lang]}</a>
        </p>
      ) : null}
      {writable ? (
        <div class="button-row">
          <a class="qc-button qc-secondary" href={`${base}/modifier`}>
            {m.edit[lang]}
          </a>
          <PostForm action={`${base}/${profile.closed ? 'rouvrir' : 'fermer'}`} csrfToken={request.csrfToken}>
            <button class="qc-button qc-tertiary" type="submit">
              {(profile.closed ? m.reopen : m.close)[lang]}
            </button>
          </PostForm>
        </div>
      ) : null}
      <p>
        <a href={CANDIDATES}>{m.listTitle[lang]}</a>
      </p>
    </AppPage>
  )
}

/** The profile whose person no longer consents (or never did): the reason only, no details. */
function NoConsentPage(p: { request: FastifyRequest; deps: ModuleDeps; personId: string }) {
  const lang = p.request.lang
  const actor = p.request.actor
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.viewTitle[lang]}>
      <h1>{m.viewTitle[lang]}</h1>
      <SdgNotice lang={lang} type="warning">
        <p>{m.consentWithdrawn[lang]}</p>
        {actor && can(actor, 'people.read') ? (
          <p>
            <a href={`/app/personnes/${p.personId}/consentements`}>{m.consentsLink[lang]}</a>
          </p>
        ) : null}
      </SdgNotice>
      <p>
        <a href={CANDIDATES}>{m.listTitle[lang]}</a>
      </p>
    </AppPage>
  )
}

/** What the page shows beside the profile: region and MRC names, the occupations' titles in the profile's order. */
async function loadShown(ctx: Ctx, profile: ProfileOutput): Promise<Shown> {
  const [regions, mrcs, titles] = await Promise.all([
    listAllRegions(ctx),
    listMrcsOfRegionsOrThrow(ctx, [profile.currentRegionCode]),
    findOccupations(ctx.db, profile.targetCnpCodes),
  ])
  const mrcName = mrcs.find((x) => x.code === profile.currentMrcCode)?.name
  const ordered = profile.targetCnpCodes.flatMap((c) => titles.find((t) => t.code === c) ?? [])
  return { profile, regions, mrcName, titles: ordered }
}

/** The profile's page (each view audited), and closing or reopening it (post/redirect/get). */
export function registerCandidateDetailsPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${CANDIDATES}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailsQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps)
      const view = await viewProfile(ctx, request.params.id)
      if (!view.consent)
        return sendPage(reply, <NoConsentPage request={request} deps={deps} personId={view.personId} />)
      const shown = await loadShown(ctx, view.profile)
      return sendPage(reply, <ProfilePage request={request} deps={deps} shown={shown} saved={!!request.query.saved} />)
    },
  )
  for (const [verb, closed] of [
    ['fermer', true],
    ['rouvrir', false],
  ] as const) {
    app.post(`${CANDIDATES}/:id/${verb}`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
      await setProfileClosed(ctxOf(request, deps), request.params.id, closed)
      return reply.redirect(`${CANDIDATES}/${request.params.id}?saved=1`, 303)
    })
  }
}
