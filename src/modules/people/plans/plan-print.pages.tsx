import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import { colon, formatDate, type Lang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { needStatusLabels, priorityLabels, voletLabels } from '../needs/need.messages.js'
import { volets } from '../needs/need.schema.js'
import { type PrintablePlan, printPlan } from './plan-print.service.js'
import { responsibleText } from './plan-steps.view.js'
import { printText as m, planText, stepStatusLabels } from './plan.messages.js'

type Need = PrintablePlan['needs'][number]
// `?langue=` is the document's language, as for the right-of-access PDF; `?lang=` would switch the interface.
const printQuery = z.object({ langue: z.enum(['fr', 'en']).optional() })

function NeedSteps(p: { plan: PrintablePlan; item: Need }) {
  const { lang } = p.plan
  const { need, steps } = p.item
  const label = lang === 'fr' ? need.need.labelFr : need.need.labelEn
  return (
    <section>
      <h3>{label}</h3>
      <p>{`${m.priority[lang]}${colon(lang)}${priorityLabels[need.priority][lang]} · ${needStatusLabels[need.status][lang]}`}</p>
      {steps.length === 0 ? (
        <p>{m.noStep[lang]}</p>
      ) : (
        <Table label={label}>
          <thead>
            <tr>
              {[planText.action, m.who, planText.dueOn, planText.status].map((h) => (
                <th scope="col">{h[lang]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.id}>
                <td>{s.action}</td>
                <td>{responsibleText(lang, s, p.plan.organizationNames)}</td>
                <td>{s.dueOn ? formatDate(s.dueOn, lang) : '—'}</td>
                <td>{stepStatusLabels[s.status][lang]}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}

function Contact(p: { plan: PrintablePlan }) {
  const { lang, agent, servicePoint: sp } = p.plan
  const address = [sp.streetAddress, `${sp.city}${sp.postalCode ? ` ${sp.postalCode}` : ''}`].join(', ')
  return (
    <>
      <h2>{m.contact[lang]}</h2>
      <DetailsList
        rows={[
          [m.agent[lang], agent?.fullName ?? null],
          [m.email[lang], agent?.email ?? null],
          [m.phone[lang], agent?.phone ?? null],
          [m.servicePoint[lang], `${sp.name}, ${address}`],
          [m.hours[lang], lang === 'fr' ? sp.hoursFr : sp.hoursEn],
        ]}
      />
    </>
  )
}

/** The printed plan: a page for the person in their language, without the staff app's navigation. */
function PrintPage(p: { plan: PrintablePlan; otherLangHref: string }) {
  const { plan } = p
  const { lang } = plan
  return (
    <Layout lang={lang} app title={m.title[lang]} otherLangHref={p.otherLangHref} homeHref="/app">
      <h1>{m.title[lang]}</h1>
      <p class="lead">{m.service[lang]}</p>
      <DetailsList
        rows={[
          [m.person[lang], plan.personName],
          [m.dossier[lang], plan.dossierNumber],
          [m.date[lang], formatDate(plan.today, lang)],
        ]}
      />
      {plan.needs.length === 0 ? <p>{m.noNeed[lang]}</p> : null}
      {volets.map((volet) => {
        const items = plan.needs.filter((n) => n.need.need.volet === volet)
        return items.length === 0 ? null : (
          <section key={volet}>
            <h2>{voletLabels[volet][lang]}</h2>
            {items.map((item) => (
              <NeedSteps key={item.need.id} plan={plan} item={item} />
            ))}
          </section>
        )
      })}
      <Contact plan={plan} />
    </Layout>
  )
}

/** The printable plan of a dossier (`?langue=fr|en`, by default the person's language). */
export function registerPlanPrintPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/app/dossiers/:id/plan/imprimer',
    { schema: { hide: true, params: idParams, querystring: printQuery } },
    async (request, reply) => {
      const plan = await printPlan(ctxOf(request, deps), request.params.id, request.query.langue)
      const other: Lang = plan.lang === 'fr' ? 'en' : 'fr'
      const otherLangHref = `/app/dossiers/${request.params.id}/plan/imprimer?langue=${other}`
      return sendPage(reply, <PrintPage plan={plan} otherLangHref={otherLangHref} />)
    },
  )
}
