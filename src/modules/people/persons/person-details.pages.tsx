import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { getRegionWithMrcsOrThrow, listAllRegions } from '../../territory/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { statusLabels } from '../dossiers/dossier.messages.js'
import { languageName } from '../../../platform/languages.js'
import { countryName } from './countries.js'
import { getPersonFile, type PersonFile } from './person-file.service.js'
import { PERSONS } from './person-list.pages.js'
import type { PersonOutput } from './person.contracts.js'
import type { PersonSection } from './person-sections.js'
import {
  categoryLabels,
  personFieldLabels as f,
  frenchSkills,
  genderLabels,
  preferredLanguageLabels,
  relationLabels,
  personText as m,
} from './person.messages.js'
import { canWritePersons } from './person.policy.js'

type Names = { regions: Map<string, string>; mrc: string | null }
type Row = [label: string, value: string | null]

const date = (value: string | null, lang: Lang) => (value ? formatDate(value, lang) : null)

/** Identity, origin, immigration, settlement and contact, named in the page's language. */
function detailRows(person: PersonOutput, names: Names, lang: Lang): Row[] {
  const label = (k: string) => f[k]![lang]
  const address = [person.streetAddress, person.city, person.postalCode].filter(Boolean).join(', ')
  return [
    [label('birthDate'), formatDate(person.birthDate, lang)],
    [label('gender'), person.gender ? genderLabels[person.gender][lang] : null],
    [label('countryOfBirth'), person.countryOfBirth ? countryName(person.countryOfBirth, lang) : null],
    [label('citizenships'), person.citizenships.map((c) => countryName(c, lang)).join(', ')],
    [label('languages'), person.languages.map((c) => languageName(c, lang)).join(', ')],
    [label('preferredLanguage'), preferredLanguageLabels[person.preferredLanguage][lang]],
    [
      label('immigrationCategory'),
      person.immigrationCategory ? categoryLabels[person.immigrationCategory][lang] : null,
    ],
    [label('statusObtainedOn'), date(person.statusObtainedOn, lang)],
    [label('statusExpiresOn'), date(person.statusExpiresOn, lang)],
    [label('arrivalDate'), date(person.arrivalDate, lang)],
    [label('regionCode'), names.regions.get(person.regionCode) ?? person.regionCode],
    [label('mrcCode'), names.mrc],
    [label('email'), person.email],
    [label('phone'), person.phone],
    [m.address[lang], address],
  ]
}

function French(p: { person: PersonOutput; lang: Lang }) {
  const rows: Row[] = frenchSkills.map((k) => [
    f[k]![p.lang],
    p.person[k] ? String(p.person[k]) : m.notAssessed[p.lang],
  ])
  return (
    <section>
      <h2>{m.sectionFrench[p.lang]}</h2>
      <DetailsList rows={rows} />
    </section>
  )
}

function Household(p: { file: PersonFile; lang: Lang; canWrite: boolean }) {
  const { lang, file } = p
  const relation = file.person.householdRelation
  return (
    <section>
      <h2>{m.sectionHousehold[lang]}</h2>
      {relation ? <DetailsList rows={[[f.householdRelation![lang], relationLabels[relation][lang]]]} /> : null}
      {file.household.length === 0 ? (
        <p>{m.noHousehold[lang]}</p>
      ) : (
        <ul>
          {file.household.map((member) => (
            <li key={member.id}>
              <a href={`${PERSONS}/${member.id}`}>
                {member.givenName} {member.familyName}
              </a>
              {member.householdRelation ? ` — ${relationLabels[member.householdRelation][lang]}` : ''}
            </li>
          ))}
        </ul>
      )}
      {p.canWrite ? (
        <p>
          <a href={`${PERSONS}/nouvelle?menage=${file.person.id}`}>{m.addMember[lang]}</a>
        </p>
      ) : null}
    </section>
  )
}

function Dossiers(p: { file: PersonFile; lang: Lang; regions: Map<string, string>; canWrite: boolean }) {
  const { lang, file } = p
  return (
    <section>
      <h2>{m.sectionDossiers[lang]}</h2>
      {file.dossiers.length === 0 ? (
        <p>{m.noDossier[lang]}</p>
      ) : (
        <DossierTable file={file} lang={lang} regions={p.regions} />
      )}
      {p.canWrite ? (
        <p>
          <a class="qc-button qc-secondary" href={`/app/dossiers/nouveau?person=${file.person.id}`}>
            {m.openDossier[lang]}
          </a>
        </p>
      ) : null}
    </section>
  )
}

function DossierTable(p: { file: PersonFile; lang: Lang; regions: Map<string, string> }) {
  const { lang, file } = p
  return (
    <Table label={m.sectionDossiers[lang]}>
      <thead>
        <tr>
          <th scope="col">{m.number[lang]}</th>
          <th scope="col">{m.status[lang]}</th>
          <th scope="col">{f.regionCode![lang]}</th>
          <th scope="col">{m.openedOn[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {file.dossiers.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={`/app/dossiers/${d.id}`} class="nowrap">
                {d.number}
              </a>
            </td>
            <td>{statusLabels[d.status][lang]}</td>
            <td>{p.regions.get(d.regionCode) ?? d.regionCode}</td>
            <td>{formatDate(d.openedOn, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

type PageProps = {
  request: FastifyRequest
  deps: ModuleDeps
  file: PersonFile
  names: Names
  saved: boolean
  sections: (VNode | null)[]
}

function PersonPage(p: PageProps) {
  const { request, file } = p
  const lang = request.lang
  const person = file.person
  const canWrite = request.actor ? canWritePersons(request.actor, request.scope, person.regionCode) : false
  const title = `${person.givenName} ${person.familyName}`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <p class="button-row">
        {canWrite ? (
          <a class="qc-button qc-secondary" href={`${PERSONS}/${person.id}/modifier`}>
            {m.edit[lang]}
          </a>
        ) : null}
        <a class="qc-button qc-tertiary" href={`${PERSONS}/${person.id}/consentements`}>
          {m.consents[lang]}
        </a>
        {request.actor && can(request.actor, 'people.privacy') ? (
          <a class="qc-button qc-tertiary" href={`${PERSONS}/${person.id}/acces`}>
            {m.rightOfAccess[lang]}
          </a>
        ) : null}
        {request.actor && can(request.actor, 'audit.read') ? (
          <a class="qc-button qc-tertiary" href={`/app/admin/journal?enregistrement=${person.id}`}>
            {m.accessLog[lang]}
          </a>
        ) : null}
      </p>
      <DetailsList rows={detailRows(person, p.names, lang)} />
      <French person={person} lang={lang} />
      <Household file={file} lang={lang} canWrite={canWrite} />
      <Dossiers file={file} lang={lang} regions={p.names.regions} canWrite={canWrite} />
      {p.sections}
    </AppPage>
  )
}

const detailsQuery = z.object({ saved: z.literal('1').optional() })

/** The page's reads: the person's file (audited), the regions' and MRC's names, the other modules' sections. */
async function readPersonPage(
  request: FastifyRequest,
  deps: ModuleDeps,
  id: string,
  sections: readonly PersonSection[],
) {
  const ctx = ctxOf(request, deps)
  const file = await getPersonFile(ctx, id)
  const regions = new Map((await listAllRegions(ctx)).map((r) => [r.code, localName(request.lang, r)]))
  const { mrcCode, regionCode } = file.person
  const mrc = mrcCode
    ? (await getRegionWithMrcsOrThrow(ctx, regionCode)).mrcs.find((x) => x.code === mrcCode)
    : undefined
  const drawn = await Promise.all(sections.map((section) => section(request, deps, { id, regionCode })))
  return { file, names: { regions, mrc: mrc?.name ?? null }, sections: drawn }
}

/**
 * A person's page: details, French levels, household and dossiers (one `person.viewed` audit event), then the sections
 * of higher modules handed in (employers' candidate profile), in order.
 */
export function registerPersonDetailsPage(
  root: FastifyInstance,
  deps: ModuleDeps,
  sections: readonly PersonSection[] = [],
): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const schema = { hide: true, params: idParams, querystring: detailsQuery }
  app.get(`${PERSONS}/:id`, { schema }, async (request, reply) => {
    const page = await readPersonPage(request, deps, request.params.id, sections)
    const saved = request.query.saved === '1'
    return sendPage(reply, <PersonPage request={request} deps={deps} saved={saved} {...page} />)
  })
}
