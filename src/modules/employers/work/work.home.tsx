import type { FastifyRequest } from 'fastify'
import { can, ctxOf, type HomeSection, type ModuleDeps } from '../../access/index.js'
import { formatNumber } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import { employerWorkKindLabels, employerWorkText as m } from './work.messages.js'
import { EMPLOYER_WORK, visibleKinds } from './work.pages.js'
import { getEmployerWork } from './work.service.js'

/** The staff home's section of the advisor's work: the counts of each kind, linked to its list (employers.read only). */
export const employerWorkHomeSection: HomeSection = async (request: FastifyRequest, deps: ModuleDeps) => {
  if (!request.actor || !can(request.actor, 'employers.read')) return null
  const work = await getEmployerWork(ctxOf(request, deps))
  const lang = request.lang
  return (
    <section aria-labelledby="employer-work">
      <h2 id="employer-work">{m.title[lang]}</h2>
      <Table label={m.countsLabel[lang]}>
        <thead>
          <tr>
            <th scope="col">{m.kind[lang]}</th>
            <th scope="col">{m.total[lang]}</th>
            <th scope="col">{m.late[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {visibleKinds(request).map((k) => (
            <tr key={k}>
              <th scope="row">
                <a href={`${EMPLOYER_WORK}#employer-work-${k}`}>{employerWorkKindLabels[k][lang]}</a>
              </th>
              <td>{formatNumber(work[k].total, lang)}</td>
              <td>{formatNumber(work[k].overdue, lang)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>
        <a href={EMPLOYER_WORK}>{m.seeAll[lang]}</a>
      </p>
    </section>
  )
}
