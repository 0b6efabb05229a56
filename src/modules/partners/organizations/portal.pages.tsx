import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { colon, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { portalText as m } from '../partners.messages.js'
import { findOwnOrganization, type OwnOrganization } from './organization.service.js'

function PortalHome(p: { request: FastifyRequest; deps: ModuleDeps; org: OwnOrganization | undefined }) {
  const { org } = p
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]} homeHref="/partenaires">
      <h1>{m.title[lang]}</h1>
      {org ? (
        <>
          <h2>{m.org[lang]}</h2>
          <p>
            <strong>{org.name}</strong>
            {org.city ? `, ${org.city}` : ''}
          </p>
          {org.region ? (
            <p>
              {m.region[lang]}
              {colon(lang)}
              {localName(lang, org.region)}
            </p>
          ) : null}
          <h2>{m.referrals[lang]}</h2>
          <p>{m.referralsHelp[lang]}</p>
          <p>
            <a class="qc-button qc-primary" href="/partenaires/references">
              {m.referrals[lang]}
            </a>
          </p>
        </>
      ) : (
        <p>{m.unknown[lang]}</p>
      )}
    </AppPage>
  )
}

/** The partner portal's home: the organization the signed-in partner account belongs to. */
export function registerPortalPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/partenaires', async (request, reply) => {
    const org = await findOwnOrganization(ctxOf(request, deps))
    return sendPage(reply, <PortalHome request={request} deps={deps} org={org} />)
  })
}
