import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../access/index.js'
import { sendPage } from '../../platform/views/render.js'
import { localName } from '../../platform/views/i18n.js'
import { listRegionsInScope } from './regions/region.service.js'
import type { ServicePointOutput } from './service-points/service-point.contracts.js'
import { listServicePoints } from './service-points/service-point.service.js'
import type { StaffOutput } from './staff/staff.contracts.js'
import { listStaff } from './staff/staff.service.js'
import { homeText as m, spText, staffRoleLabels } from './territory.messages.js'

function HomePage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  name: string
  territory: string
  points: ServicePointOutput[]
  team: StaffOutput[]
  sections: (VNode | null)[]
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>
        {m.welcome[lang]} {p.name}
      </h1>
      {p.sections}
      <h2>{m.yourRegion[lang]}</h2>
      <p>{p.territory}</p>
      <h2>{spText.listTitle[lang]}</h2>
      <ul class="card-list">
        {p.points.map((sp) => (
          <li key={sp.id}>
            <strong>{sp.name}</strong>
            <br />
            {sp.hostName}, {sp.streetAddress}, {sp.city}
          </li>
        ))}
      </ul>
      <h2>{m.team[lang]}</h2>
      <ul class="card-list">
        {p.team.map((s) => (
          <li key={s.id}>
            <strong>{s.fullName}</strong> — {staffRoleLabels[s.role][lang]}
            {s.email ? (
              <>
                <br />
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </AppPage>
  )
}

/** The staff app's home: the user's territory, its active service points and team. */
export function registerHomePage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCan(ctx.actor, 'app.use')
    const [regions, points, team, sections] = await Promise.all([
      listRegionsInScope(ctx),
      listServicePoints(ctx, { active: true }),
      listStaff(ctx, { active: true }),
      // Sections of higher modules (the people module's work queue), after the welcome.
      Promise.all(deps.homeSections.map((section) => section(request, deps))),
    ])
    const territory = ctx.scope.isEverywhere
      ? m.allRegions[request.lang]
      : regions.map((r) => localName(request.lang, r)).join(', ')
    const name = ctx.actor.kind === 'user' ? ctx.actor.displayName : ''
    return sendPage(
      reply,
      <HomePage
        request={request}
        deps={deps}
        name={name}
        territory={territory}
        points={points}
        team={team}
        sections={sections}
      />,
    )
  })
}
