import type { FastifyRequest } from 'fastify'
import { can, ctxOf, type HomeSection, type ModuleDeps } from '../../access/index.js'
import { workText as m } from './work.messages.js'
import { MY_WORK, WorkCountsTable } from './work.pages.js'
import { getMyWork } from './work.service.js'

/** The staff home's "Mon travail" section: the counts of the caller's work and a link to it (staff of people only). */
export const workHomeSection: HomeSection = async (request: FastifyRequest, deps: ModuleDeps) => {
  if (!request.actor || !can(request.actor, 'people.read')) return null
  const work = await getMyWork(ctxOf(request, deps))
  const lang = request.lang
  return (
    <section aria-labelledby="my-work">
      <h2 id="my-work">{m.title[lang]}</h2>
      <WorkCountsTable
        lang={lang}
        counts={work.counts}
        caption={m.countsLabel[lang]}
        linked={work.owner !== 'region'}
      />
      <p>
        <a href={MY_WORK}>{m.seeAll[lang]}</a>
      </p>
    </section>
  )
}
