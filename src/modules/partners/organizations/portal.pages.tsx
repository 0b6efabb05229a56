import type { FastifyInstance } from 'fastify'
import { eq } from 'drizzle-orm'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import { findRegionByCode } from '../../territory/index.js'
import { isUuid } from '../../../platform/validation.js'
import { sendPage } from '../../../platform/views/render.js'
import { organizations } from './organization.schema.js'

const m = {
  title: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' },
  org: { fr: 'Votre organisme', en: 'Your organization' },
  region: { fr: 'Région', en: 'Region' },
  next: {
    fr: "Les références que la direction régionale adresse à votre organisme et les rapports de vos ententes apparaîtront sur cette page lorsqu'ils seront ouverts dans Escale.",
    en: 'Referrals the regional directorate sends to your organization and the reports of your agreements will appear on this page once they open in Escale.',
  },
  unknown: { fr: "Votre compte n'est rattaché à aucun organisme. Communiquez avec la direction régionale.", en: 'Your account is not linked to an organization. Contact the regional directorate.' },
}

/** The partner portal's home: the organization the signed-in partner account belongs to. */
export function registerPortalPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/partenaires', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCan(ctx.actor, 'portal.use')
    const lang = request.lang
    const ref = ctx.scope.organizationId
    const [org] = ref && isUuid(ref) ? await ctx.db.select().from(organizations).where(eq(organizations.id, ref)) : []
    const region = org ? await findRegionByCode(ctx.db, org.regionCode) : undefined
    return sendPage(
      reply,
      <AppPage request={request} nav={deps.nav} title={m.title[lang]} homeHref="/partenaires">
        <h1>{m.title[lang]}</h1>
        {org ? (
          <>
            <h2>{m.org[lang]}</h2>
            <p><strong>{org.name}</strong>{org.city ? `, ${org.city}` : ''}</p>
            <p>{m.region[lang]}{lang === 'fr' ? ' : ' : ': '}{region?.nameFr}</p>
            <p>{m.next[lang]}</p>
          </>
        ) : (
          <p>{m.unknown[lang]}</p>
        )}
      </AppPage>,
    )
  })
}
