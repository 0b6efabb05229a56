import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, forbiddenUnless, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { Table } from '../../../platform/views/table.js'
import { listReferrals } from './referral-read.service.js'
import { isPartner } from './referral.access.js'
import type { ReferralListItem } from './referral.contracts.js'
import { referralText as m, statusLabels } from './referral.messages.js'
import { referralStatuses } from './referral.schema.js'

/** The partner organization's inbox of referrals. */
export const INBOX = '/partenaires/references'
const RESULTS = 'referral-results'
const inboxQuery = z.object({ statut: z.enum(referralStatuses).optional() })

/** The row's link: the person as the portrait names them, or that nothing about them is shared any more. */
const personLabel = (r: ReferralListItem, lang: Lang) =>
  r.person ? `${r.person.givenName} ${r.person.familyInitial}.` : m.personNotShared[lang]

function Results(p: { lang: Lang; items: ReferralListItem[]; error?: string }) {
  const { lang } = p
  return (
    <div id={RESULTS}>
      {p.error ? (
        <SdgNotice lang={lang} type="error" role="alert">
          <p>{p.error}</p>
        </SdgNotice>
      ) : null}
      {p.items.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <Table label={m.inboxTitle[lang]}>
          <thead>
            <tr>
              {[m.person, m.serviceWanted, m.status, m.sentAt, m.answerDueOn].map((h) => (
                <th key={h.en} scope="col">
                  {h[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.items.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`${INBOX}/${r.id}`}>{personLabel(r, lang)}</a>
                </td>
                <td>{r.consentWithdrawn ? null : r.serviceWanted}</td>
                <td>
                  {statusLabels[r.status][lang]}
                  {r.consentWithdrawn ? ` — ${m.withdrawnTitle[lang]}` : ''}
                </td>
                <td>{formatDate(new Date(r.sentAt), lang)}</td>
                <td>{formatDate(r.answerDueOn, lang)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  )
}

function InboxPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  items: ReferralListItem[]
  values: { statut?: string }
  errors?: FieldErrors
}) {
  const lang = p.request.lang
  const error = p.errors ? Object.values(p.errors)[0]?.[lang] : undefined
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.inboxTitle[lang]} homeHref="/partenaires">
      <Breadcrumb lang={lang} trail={[{ href: '/partenaires', label: m.portal[lang] }]} current={m.inboxTitle[lang]} />
      <h1>{m.inboxTitle[lang]}</h1>
      <FilterForm
        action={INBOX}
        label={m.filters[lang]}
        target={RESULTS}
        csrfToken={p.request.csrfToken}
        submitLabel={m.filter[lang]}
      >
        <SelectField
          lang={lang}
          name="statut"
          label={m.filterStatus[lang]}
          value={p.values.statut}
          errors={p.errors}
          emptyLabel={m.allStatuses[lang]}
          options={referralStatuses.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
        />
      </FilterForm>
      <Results lang={lang} items={p.items} error={error} />
    </AppPage>
  )
}

/** The inbox: the referrals addressed to the partner's organization, filtered by status (live with htmx). */
export function registerInboxPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(INBOX, filterRoute(inboxQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    forbiddenUnless(isPartner(ctx))
    const errors = filterErrors(request)
    const status = errors ? undefined : request.query.statut
    const items = errors ? [] : await listReferrals(ctx, { status })
    const values = errors ? typedValues(request.query) : request.query
    const lang = request.lang
    const error = errors ? Object.values(errors)[0]?.[lang] : undefined
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <InboxPage request={request} deps={deps} items={items} values={values} errors={errors} />,
      () => <Results lang={lang} items={items} error={error} />,
    )
  })
}
