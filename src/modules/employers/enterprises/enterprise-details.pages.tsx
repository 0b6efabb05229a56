import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { type EnterpriseChoices, enterpriseChoicesOf, labelOf } from './enterprise-choices.js'
import { getEnterpriseDetailsOrThrow } from './enterprise-contact.service.js'
import type { EnterpriseSection } from './enterprise-sections.js'
import { ENTERPRISES } from './enterprise-list.pages.js'
import type { ContactOutput, EnterpriseDetails } from './enterprise.contracts.js'
import {
  contactLanguageLabels,
  enterpriseFieldLabels as f,
  enterpriseText as m,
  sizeBandLabels,
} from './enterprise.messages.js'
import { canWriteEnterprises } from './enterprise.policy.js'

const detailsQuery = z.object({ saved: z.literal('1').optional(), contact: z.enum(['saved', 'removed']).optional() })

function ContactRow(p: { lang: Lang; base: string; contact: ContactOutput; canWrite: boolean }) {
  const { lang, base, contact: c } = p
  return (
    <tr>
      <td>{c.name}</td>
      <td>{c.jobTitle ?? '—'}</td>
      <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</td>
      <td>{c.phone ?? '—'}</td>
      <td>{contactLanguageLabels[c.language][lang]}</td>
      {p.canWrite ? (
        <td>
          <a href={`${base}/${c.id}/modifier`}>
            {m.edit[lang]}
            <span class="qc-sr-only"> {c.name}</span>
          </a>{' '}
          <a href={`${base}/${c.id}/retirer`}>
            {m.removeContact[lang]}
            <span class="qc-sr-only"> {c.name}</span>
          </a>
        </td>
      ) : null}
    </tr>
  )
}

function Contacts(p: { lang: Lang; enterpriseId: string; contacts: ContactOutput[]; canWrite: boolean }) {
  const { lang } = p
  const base = `${ENTERPRISES}/${p.enterpriseId}/contacts`
  return (
    <section>
      <h2 id="contacts-title">{m.sectionContacts[lang]}</h2>
      {p.contacts.length === 0 ? (
        <p>{m.noContacts[lang]}</p>
      ) : (
        <Table label={m.sectionContacts[lang]}>
          <TableHead
            lang={lang}
            heads={[f.name, f.jobTitle, f.email, f.phone, f.language, ...(p.canWrite ? [m.actions] : [])]}
          />
          <tbody>
            {p.contacts.map((c) => (
              <ContactRow key={c.id} lang={lang} base={base} contact={c} canWrite={p.canWrite} />
            ))}
          </tbody>
        </Table>
      )}
      {p.canWrite ? (
        <p>
          <a class="qc-button qc-secondary" href={`${base}/nouveau`}>
            {m.addContact[lang]}
          </a>
        </p>
      ) : null}
    </section>
  )
}

function rowsOf(e: EnterpriseDetails, c: EnterpriseChoices, lang: Lang): [string, string | null][] {
  return [
    [f.neq[lang], e.neq],
    [f.scianCode[lang], labelOf(c.sectors, e.scianCode)],
    [f.sizeBand[lang], e.sizeBand ? sizeBandLabels[e.sizeBand][lang] : null],
    [f.streetAddress[lang], e.streetAddress],
    [f.city[lang], e.city],
    [f.postalCode[lang], e.postalCode],
    [f.mrcCode[lang], e.mrcCode ? labelOf(c.mrcs, e.mrcCode) : null],
    [f.regionCode[lang], labelOf(c.regions, e.regionCode)],
    [f.phone[lang], e.phone],
    [f.email[lang], e.email],
    [f.website[lang], e.website],
    [f.notes[lang], e.notes],
  ]
}

function DetailsPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  enterprise: EnterpriseDetails
  choices: EnterpriseChoices
  notice?: string
  sections: (preact.VNode | null)[]
}) {
  const { lang } = p.request
  const e = p.enterprise
  const canWrite = p.request.actor ? canWriteEnterprises(p.request.actor, p.request.scope, e.regionCode) : false
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={e.legalName}>
      {p.notice ? <Notice lang={lang}>{p.notice}</Notice> : null}
      <h1>{e.legalName}</h1>
      <DetailsList rows={rowsOf(e, p.choices, lang)} />
      {canWrite ? (
        <p>
          <a class="qc-button qc-secondary" href={`${ENTERPRISES}/${e.id}/modifier`}>
            {m.edit[lang]}
          </a>
        </p>
      ) : null}
      <Contacts lang={lang} enterpriseId={e.id} contacts={e.contacts} canWrite={canWrite} />
      {p.sections}
      <p>
        <a href={ENTERPRISES}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

type DetailsQuery = z.output<typeof detailsQuery>
const noticeOf = (q: DetailsQuery) =>
  q.saved ? m.saved : q.contact === 'saved' ? m.contactSaved : q.contact === 'removed' ? m.contactRemoved : undefined

/** The page's reads: the enterprise and its contacts (scope-checked), the labels, then each section drawn on it. */
async function readPage(request: FastifyRequest, deps: ModuleDeps, id: string, sections: readonly EnterpriseSection[]) {
  const ctx = ctxOf(request, deps)
  const enterprise = await getEnterpriseDetailsOrThrow(ctx, id)
  const { legalName, regionCode, mrcCode, city } = enterprise
  const summary = { id, legalName, regionCode, mrcCode, city }
  const [choices, drawn] = await Promise.all([
    enterpriseChoicesOf(ctx, request.lang),
    Promise.all(sections.map((s) => s(request, deps, summary))),
  ])
  return { enterprise, choices, drawn }
}

/** The enterprise page: its details, its contacts, then the sections other features draw on it, in order. */
export function registerEnterpriseDetailsPage(
  root: FastifyInstance,
  deps: ModuleDeps,
  sections: readonly EnterpriseSection[],
): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const schema = { hide: true, params: idParams, querystring: detailsQuery } as const
  app.get(`${ENTERPRISES}/:id`, { schema }, async (request, reply) => {
    const { enterprise, choices, drawn } = await readPage(request, deps, request.params.id, sections)
    const notice = noticeOf(request.query)?.[request.lang]
    const props = { request, deps, enterprise, choices, notice, sections: drawn }
    return sendPage(reply, <DetailsPage {...props} />)
  })
}
