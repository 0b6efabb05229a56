import type { FastifyInstance } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../access/index.js'
import { sendPage } from '../../platform/views/render.js'
import { listRegions } from './regions/region.queries.js'
import { civilDate, inScope, regionCodesInScope } from './scope.js'
import { listServicePoints } from './service-points/service-point.service.js'
import { listStaff } from './staff/staff.service.js'
import { homeText as m, spText, staffRoleLabels } from './territory.messages.js'

/** The staff app's home: the user's territory, its active service points and team. */
export function registerHomePage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const lang = request.lang
    const scope = await regionCodesInScope(ctx.db, ctx.actor, civilDate(ctx.now))
    const [regions, points, team] = await Promise.all([
      listRegions(ctx.db),
      listServicePoints(ctx, { active: true }),
      listStaff(ctx, { active: true }),
    ])
    const mine = regions.filter((r) => inScope(scope, r.code))
    const name = ctx.actor.kind === 'user' ? ctx.actor.displayName : ''
    return sendPage(
      reply,
      <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
        <h1>{m.welcome[lang]} {name}</h1>
        <h2>{m.yourRegion[lang]}</h2>
        <p>{scope === 'all' ? m.allRegions[lang] : mine.map((r) => `${r.code} ${r.nameFr}`).join(', ')}</p>
        <h2>{spText.listTitle[lang]}</h2>
        <ul class="card-list">
          {points.map((sp) => (
            <li key={sp.id}>
              <strong>{sp.name}</strong>
              <br />
              {sp.hostName}, {sp.streetAddress}, {sp.city}
            </li>
          ))}
        </ul>
        <h2>{m.team[lang]}</h2>
        <ul class="card-list">
          {team.map((s) => (
            <li key={s.id}>
              <strong>{s.fullName}</strong> — {staffRoleLabels[s.role][lang]}
              {s.email ? <><br /><a href={`mailto:${s.email}`}>{s.email}</a></> : null}
            </li>
          ))}
        </ul>
      </AppPage>,
    )
  })
}
