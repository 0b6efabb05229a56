import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { ConfirmForm, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import {
  addContact,
  getContactOrThrow,
  getEnterpriseDetailsOrThrow,
  removeContact,
  replaceContact,
} from './enterprise-contact.service.js'
import { ENTERPRISES } from './enterprise-list.pages.js'
import { type ContactOutput, contactInput, contactParams } from './enterprise.contracts.js'
import { contactLanguageLabels, enterpriseFieldLabels as f, enterpriseText as m } from './enterprise.messages.js'
import { contactLanguages } from './enterprise.schema.js'
import { assertCanWriteEnterprises } from './enterprise.service.js'

type Values = Record<string, string | null | undefined>
type FormState = {
  enterpriseId: string
  enterpriseName: string
  contactId?: string
  values: Values
  errors?: FieldErrors
}

function ContactFormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState }) {
  const { lang } = p.request
  const { enterpriseId, contactId, values, errors } = p.form
  const title = `${(contactId ? m.editContactTitle : m.newContactTitle)[lang]} — ${p.form.enterpriseName}`
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values, errors })
  const base = `${ENTERPRISES}/${enterpriseId}/contacts`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm
        requiredNote
        lang={lang}
        action={contactId ? `${base}/${contactId}/modifier` : `${base}/nouveau`}
        csrfToken={p.request.csrfToken}
      >
        <Field {...at('name')} required maxLength={200} autocomplete="off" />
        <Field {...at('jobTitle')} maxLength={200} />
        <Field {...at('email')} type="email" maxLength={200} autocomplete="off" />
        <Field {...at('phone')} type="tel" maxLength={30} autocomplete="off" />
        <SelectField
          {...at('language')}
          required
          options={contactLanguages.map((l) => ({ value: l, label: contactLanguageLabels[l][lang] }))}
        />
        <FormActions
          saveLabel={m.save[lang]}
          cancelHref={`${ENTERPRISES}/${enterpriseId}`}
          cancelLabel={m.cancel[lang]}
        />
      </PostForm>
    </AppPage>
  )
}

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  form: Omit<FormState, 'enterpriseName'>,
  status = 200,
) {
  const enterprise = await getEnterpriseDetailsOrThrow(ctxOf(request, deps), form.enterpriseId)
  const page = (
    <ContactFormPage request={request} deps={deps} form={{ ...form, enterpriseName: enterprise.legalName }} />
  )
  return sendPage(reply, page, status)
}

const back = (reply: FastifyReply, enterpriseId: string, what: 'saved' | 'removed') => () =>
  reply.redirect(`${ENTERPRISES}/${enterpriseId}?contact=${what}`, 303)

/** Add, edit and remove (after a confirmation page) the contacts of an enterprise; post/redirect/get. */
export function registerEnterpriseContactPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const base = `${ENTERPRISES}/:id/contacts`
  app.get(`${base}/nouveau`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    assertCanWriteEnterprises(ctxOf(request, deps))
    return showForm(request, reply, deps, { enterpriseId: request.params.id, values: { language: 'fr' } })
  })
  app.post(`${base}/nouveau`, formRoute(contactInput, idParams), async (request, reply) => {
    const enterpriseId = request.params.id
    return submitForm(
      request,
      () => addContact(ctxOf(request, deps), enterpriseId, request.body),
      back(reply, enterpriseId, 'saved'),
      (errors, status) =>
        showForm(request, reply, deps, { enterpriseId, values: typedValues(request.body), errors }, status),
    )
  })
  app.get(`${base}/:contactId/modifier`, { schema: { hide: true, params: contactParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteEnterprises(ctx)
    const { id: contactId, ...values } = await getContactOrThrow(ctx, request.params.id, request.params.contactId)
    return showForm(request, reply, deps, { enterpriseId: request.params.id, contactId, values })
  })
  app.post(`${base}/:contactId/modifier`, formRoute(contactInput, contactParams), async (request, reply) => {
    const { id: enterpriseId, contactId } = request.params
    const run = () => replaceContact(ctxOf(request, deps), enterpriseId, contactId, request.body)
    return submitForm(request, run, back(reply, enterpriseId, 'saved'), (errors, status) =>
      showForm(request, reply, deps, { enterpriseId, contactId, values: typedValues(request.body), errors }, status),
    )
  })
  registerRemoval(root, deps)
}

function RemovePage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  action: string
  id: string
  contact: ContactOutput
}) {
  const { request, contact } = p
  const { lang } = request
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.removeQuestion[lang]}>
      <h1>{m.removeQuestion[lang]}</h1>
      <ConfirmForm
        action={p.action}
        csrfToken={request.csrfToken}
        question={`${contact.name}${contact.jobTitle ? ` — ${contact.jobTitle}` : ''}`}
        confirmLabel={m.removeContact[lang]}
        cancelHref={`${ENTERPRISES}/${p.id}`}
        cancelLabel={m.cancel[lang]}
      />
    </AppPage>
  )
}

function registerRemoval(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${ENTERPRISES}/:id/contacts/:contactId/retirer`
  app.get(path, { schema: { hide: true, params: contactParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteEnterprises(ctx)
    const { id, contactId } = request.params
    const contact = await getContactOrThrow(ctx, id, contactId)
    const action = path.replace(':id', id).replace(':contactId', contactId)
    return sendPage(reply, <RemovePage request={request} deps={deps} action={action} id={id} contact={contact} />)
  })
  app.post(path, { schema: { hide: true, params: contactParams } }, async (request, reply) => {
    const { id, contactId } = request.params
    await removeContact(ctxOf(request, deps), id, contactId)
    return back(reply, id, 'removed')()
  })
}
