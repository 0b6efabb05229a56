import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { Field, FormActions, fieldsOf, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { type EnterpriseChoices, enterpriseChoicesOf } from './enterprise-choices.js'
import { ENTERPRISES } from './enterprise-list.pages.js'
import { enterpriseInput, type EnterpriseOutput } from './enterprise.contracts.js'
import { enterpriseFieldLabels as f, enterpriseText as m, sizeBandLabels } from './enterprise.messages.js'
import { sizeBands } from './enterprise.schema.js'
import {
  assertCanWriteEnterprises,
  createEnterprise,
  type EnterpriseDuplicates,
  enterpriseDuplicatesOf,
  getEnterpriseOrThrow,
  replaceEnterprise,
} from './enterprise.service.js'

type Values = Record<string, string | null | undefined>
type FormState = { id?: string; values: Values; errors?: FieldErrors; duplicates?: EnterpriseDuplicates }

/** The enterprises a refused save names: links to check them, and (similar names) the box to say it is another one. */
function Duplicates(p: { lang: Lang; duplicates: EnterpriseDuplicates }) {
  const { lang, duplicates: d } = p
  const link = (c: { id: string; legalName: string; city: string; neq: string | null }) => (
    <li key={c.id}>
      <a href={`${ENTERPRISES}/${c.id}`}>{c.legalName}</a> — {c.city}
      {c.neq ? ` — NEQ ${c.neq}` : ''}
    </li>
  )
  if (d.sameNeq)
    return (
      <SdgNotice lang={lang} type="warning" title={m.neqTaken[lang]}>
        <p>{m.neqTakenBy[lang]}</p>
        <ul>{link(d.sameNeq)}</ul>
      </SdgNotice>
    )
  return (
    <SdgNotice lang={lang} type="warning" title={m.candidatesTitle[lang]}>
      {d.candidates.length > 0 ? (
        <>
          <p>{m.candidatesIntro[lang]}</p>
          <ul>{d.candidates.map(link)}</ul>
        </>
      ) : null}
      {d.outsideScope ? <p>{m.candidatesElsewhere[lang]}</p> : null}
      <CheckboxField name="confirmedNotDuplicate" label={f.confirmedNotDuplicate[lang]} checked={false} />
    </SdgNotice>
  )
}

function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState; choices: EnterpriseChoices }) {
  const { lang } = p.request
  const { id, values, errors, duplicates } = p.form
  const title = (id ? m.editTitle : m.newTitle)[lang]
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values, errors })
  const c = p.choices
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm
        requiredNote
        lang={lang}
        action={id ? `${ENTERPRISES}/${id}/modifier` : `${ENTERPRISES}/nouvelle`}
        csrfToken={p.request.csrfToken}
      >
        {duplicates ? <Duplicates lang={lang} duplicates={duplicates} /> : null}
        <Field {...at('legalName')} required maxLength={200} />
        <Field {...at('neq')} hint={m.neqHint[lang]} maxLength={20} />
        <SelectField {...at('scianCode')} required options={c.sectors} emptyLabel="" />
        <SelectField
          {...at('sizeBand')}
          options={sizeBands.map((b) => ({ value: b, label: sizeBandLabels[b][lang] }))}
          emptyLabel=""
        />
        <Field {...at('streetAddress')} maxLength={300} />
        <Field {...at('city')} required maxLength={100} />
        <Field {...at('postalCode')} hint={m.postalHint[lang]} maxLength={10} />
        <SelectField
          {...at('regionCode')}
          required
          options={c.regions}
          emptyLabel={c.regions.length > 1 ? '' : undefined}
        />
        <SelectField {...at('mrcCode')} hint={m.mrcHint[lang]} options={c.mrcs} emptyLabel="" />
        <Field {...at('phone')} type="tel" maxLength={30} />
        <Field {...at('email')} type="email" maxLength={200} />
        <Field {...at('website')} type="url" hint={m.websiteHint[lang]} maxLength={300} />
        <TextAreaField {...at('notes')} rows={4} maxLength={2000} />
        <FormActions
          saveLabel={m.save[lang]}
          cancelHref={id ? `${ENTERPRISES}/${id}` : ENTERPRISES}
          cancelLabel={m.cancel[lang]}
        />
      </PostForm>
    </AppPage>
  )
}

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const choices = await enterpriseChoicesOf(ctxOf(request, deps), request.lang)
  return sendPage(reply, <FormPage request={request} deps={deps} form={form} choices={choices} />, status)
}

/** Runs a save; a refused duplicate keeps what it names for the form shown again. */
async function save(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string | undefined,
  run: () => Promise<EnterpriseOutput>,
) {
  let duplicates: EnterpriseDuplicates | undefined
  const running = () =>
    run().catch((error: unknown) => {
      duplicates = enterpriseDuplicatesOf(error)
      throw error
    })
  const { confirmedNotDuplicate: _c, ...values } = typedValues(request.body)
  return submitForm(
    request,
    running,
    (e) => reply.redirect(`${ENTERPRISES}/${e.id}?saved=1`, 303),
    (errors, status) => showForm(request, reply, deps, { id, values, errors, duplicates }, status),
  )
}

/** New and edit forms of an enterprise (advisors and admins of its region); post/redirect/get to its page. */
export function registerEnterpriseFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${ENTERPRISES}/nouvelle`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteEnterprises(ctx)
    const regions = ctx.scope.regionCodes
    const values = Array.isArray(regions) && regions.length === 1 ? { regionCode: regions[0] } : {}
    return showForm(request, reply, deps, { values })
  })
  app.post(`${ENTERPRISES}/nouvelle`, formRoute(enterpriseInput), async (request, reply) =>
    save(request, reply, deps, undefined, () => createEnterprise(ctxOf(request, deps), request.body)),
  )
  app.get(`${ENTERPRISES}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteEnterprises(ctx)
    const { createdAt: _c, updatedAt: _u, ...values } = await getEnterpriseOrThrow(ctx, request.params.id)
    return showForm(request, reply, deps, { id: request.params.id, values })
  })
  app.post(`${ENTERPRISES}/:id/modifier`, formRoute(enterpriseInput, idParams), async (request, reply) =>
    save(request, reply, deps, request.params.id, () =>
      replaceEnterprise(ctxOf(request, deps), request.params.id, request.body),
    ),
  )
}
