import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type ModuleDeps, systemCtx } from '../../access/index.js'
import {
  currentRequestConsentText,
  REQUEST_BODY_LIMIT,
  requestLimitReached,
  submitSupportRequest,
  supportRequestInput,
  tooManyRequests,
} from '../../people/index.js'
import { listAllRegions } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { checkHoneypot, dropCaught, isCaught } from './form-guard.js'
import { RequestFormPage, requestFormPaths, ThanksPage, thanksPaths, UnavailablePage } from './request-form.page.js'

// A region page links here with its code; anything else preselects nothing (never an error on a link).
const formQuery = z.object({ region: z.string().max(10).optional() })

type FormState = { values: Record<string, string>; errors?: FieldErrors; status?: number }

/** The form with the regions and the consent text in force; without a consent text, an error page (503). */
async function showForm(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply, lang: Lang, state: FormState) {
  const ctx = systemCtx(deps, 'public site')
  const [text, regions] = await Promise.all([currentRequestConsentText(ctx), listAllRegions(ctx)])
  if (!text) return sendPage(reply, <UnavailablePage site={deps.site} lang={lang} />, 503)
  const page = (
    <RequestFormPage
      site={deps.site}
      lang={lang}
      csrfToken={request.csrfToken}
      regions={regions}
      text={text}
      values={state.values}
      errors={state.errors}
    />
  )
  return sendPage(reply, page, state.status ?? 200)
}

/**
 * The public online-request form in French and English. Abuse: a count of the accepted submissions per client address
 * in the database (shared by every app node; a refused one does not count, so correcting typos never locks out), a
 * honeypot, a body limit and size limits on every field; CSRF like every form. No JavaScript needed:
 * errors come back with the form (400), success is a 303 to the thank-you page.
 */
export function registerRequestFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  for (const lang of ['fr', 'en'] as const) {
    const thanks = (reply: FastifyReply) => () => reply.redirect(thanksPaths[lang], 303)
    app.get(requestFormPaths[lang], { schema: { hide: true, querystring: formQuery } }, async (request, reply) =>
      showForm(deps, request, reply, lang, {
        values: { regionCode: request.query.region ?? '', preferredLanguage: lang },
      }),
    )
    const options = { ...formRoute(supportRequestInput), bodyLimit: REQUEST_BODY_LIMIT, preValidation: checkHoneypot }
    app.post(requestFormPaths[lang], options, async (request, reply) => {
      if (await requestLimitReached(deps.db, request.ip, deps.now())) throw tooManyRequests()
      if (isCaught(request)) return dropCaught(deps, request.ip, thanks(reply))
      const run = () =>
        submitSupportRequest(systemCtx(deps, 'public site'), request.body, { clientAddress: request.ip })
      return submitForm(request, run, thanks(reply), (errors, status) =>
        showForm(deps, request, reply, lang, { values: typedValues(request.body), errors, status }),
      )
    })
    app.get(thanksPaths[lang], { schema: { hide: true } }, async (_request, reply) =>
      sendPage(reply, <ThanksPage site={deps.site} lang={lang} />),
    )
  }
}
