import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { proposeForm } from './proposal.contracts.js'
import { NEEDS, proposalFieldLabels as f, proposalText as m } from './proposal.messages.js'
import { createProposal } from './proposal.service.js'

/** Why a proposal was refused (already proposed, need closed, consent missing), with the way back to the candidates. */
function RefusedPage(p: { request: FastifyRequest; deps: ModuleDeps; needId: string; errors: FieldErrors }) {
  const { lang } = p.request
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.proposeFailed[lang]}>
      <h1>{m.proposeFailed[lang]}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <p>
        <a href={`${NEEDS}/${p.needId}/candidats`}>{m.backToNeed[lang]}</a>
      </p>
    </AppPage>
  )
}

/**
 * The matching page's "Proposer" button: proposes the candidate for the need, then goes back to the need's candidates
 * with `?proposee=1` (post/redirect/get); a refusal is a page saying why (400 or 409).
 */
export function registerProposePage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.post(`${NEEDS}/:id/propositions`, formRoute(proposeForm, idParams), async (request, reply) => {
    const needId = request.params.id
    return submitForm(
      request,
      () => createProposal(ctxOf(request, deps), { labourNeedId: needId, profileId: request.body.profileId }),
      () => reply.redirect(`${NEEDS}/${needId}/candidats?proposee=1`, 303),
      (errors, status) => {
        sendPage(reply, <RefusedPage request={request} deps={deps} needId={needId} errors={errors} />, status)
        return reply
      },
    )
  })
}
