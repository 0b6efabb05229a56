import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type ModuleDeps, systemCtx } from '../../access/index.js'
import {
  EMPLOYER_REQUEST_BODY_LIMIT,
  EMPLOYER_REQUEST_THROTTLE,
  employerRequestInput,
  submitEmployerRequest,
} from '../../employers/index.js'
import { requestLimitReached, tooManyRequests } from '../../people/index.js'
import { listAllRegions } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { EmployerFormPage, EmployerThanksPage, employerFormPaths, employerThanksPaths } from './employer-form.page.js'
import { checkHoneypot, dropCaught, isCaught } from './form-guard.js'

// A region page links here with its code; anything else preselects nothing (never an error on a link).
const formQuery = z.object({ region: z.string().max(10).optional() })

type FormState = { values: Record<string, string>; errors?: FieldErrors; status?: number }

/** The form with the regions to choose from. */
async function showForm(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply, lang: Lang, state: FormState) {
  const regions = await listAllRegions(systemCtx(deps, 'public site'))
  const page = (
    <EmployerFormPage
      site={deps.site}
      lang={lang}
      csrfToken={request.csrfToken}
      regions={regions}
      values={state.values}
      errors={state.errors}
    />
  )
  return sendPage(reply, page, state.status ?? 200)
}

/**
 * The public employer-request form in French and English, guarded as the person's form is: a count of the accepted
 * submissions per client address (its own count), a honeypot, a body limit and size limits on every field, CSRF.
 * No JavaScript needed: errors come back with the form (400), success is a 303 to the thank-you page.
 */
export function registerEmployerFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const form = EMPLOYER_REQUEST_THROTTLE
  for (const lang of ['fr', 'en'] as const) {
    const thanks = (reply: FastifyReply) => () => reply.redirect(employerThanksPaths[lang], 303)
    app.get(employerFormPaths[lang], { schema: { hide: true, querystring: formQuery } }, async (request, reply) =>
      showForm(deps, request, reply, lang, { values: { regionCode: request.query.region ?? '', language: lang } }),
    )
    const options = {
      ...formRoute(employerRequestInput),
      bodyLimit: EMPLOYER_REQUEST_BODY_LIMIT,
      preValidation: checkHoneypot,
    }
    app.post(employerFormPaths[lang], options, async (request, reply) => {
      if (await requestLimitReached(deps.db, request.ip, deps.now(), form)) throw tooManyRequests()
      if (isCaught(request)) return dropCaught(deps, request.ip, thanks(reply), form)
      const run = () =>
        submitEmployerRequest(systemCtx(deps, 'public site'), request.body, { clientAddress: request.ip })
      return submitForm(request, run, thanks(reply), (errors, status) =>
        showForm(deps, request, reply, lang, { values: typedValues(request.body), errors, status }),
      )
    })
    app.get(employerThanksPaths[lang], { schema: { hide: true } }, async (_request, reply) =>
      sendPage(reply, <EmployerThanksPage site={deps.site} lang={lang} />),
    )
  }
}
