import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { showDossierPage } from '../dossiers/dossier-detail.pages.js'
import { interventionFormInput } from './intervention.contracts.js'
import { recordIntervention } from './intervention.service.js'

/** The form's fields as typed (texts and the number of minutes; the computed instant is not a field). */
function valuesOf(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {}
  const entries = Object.entries(body).filter(
    ([k, v]) => k !== '_csrf' && (typeof v === 'string' || typeof v === 'number'),
  )
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]))
}

/** The dossier page's intervention form: 303 back to the dossier, or the page again with the form's errors. */
export function registerInterventionPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.post('/app/dossiers/:id/interventions', formRoute(interventionFormInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => recordIntervention(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`/app/dossiers/${id}?saved=intervention#intervention`, 303),
      (errors, status) =>
        showDossierPage(request, reply, deps, id, { intervention: { values: valuesOf(request.body), errors } }, status),
    )
  })
}
