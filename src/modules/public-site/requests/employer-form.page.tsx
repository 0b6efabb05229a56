import { EMPLOYER_MESSAGE_MAX, employerFormText as m, employerRequestFieldLabels as f } from '../../employers/index.js'
import { languageLabels } from '../../people/index.js'
import type { RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { Field, fieldsOf, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang, localName, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import type { Site } from '../../../platform/views/site.js'
import { Honeypot, SentPage } from './request-form.page.js'

/** The employer form's address in each language, and its thank-you page. */
export const employerFormPaths = { fr: '/fr/entreprises/demande', en: '/en/employers/request' } as const
export const employerThanksPaths = {
  fr: '/fr/entreprises/demande/merci',
  en: '/en/employers/request/thank-you',
} as const

type FormProps = {
  site: Site
  lang: Lang
  csrfToken: string
  regions: RegionRow[]
  values: Record<string, string>
  errors?: FieldErrors
}

/** The enterprise, its contact person, and its recruitment needs. */
function EmployerFields(p: Omit<FormProps, 'site' | 'csrfToken'>) {
  const { lang } = p
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  return (
    <>
      <Field {...at('enterpriseName')} required autocomplete="organization" maxLength={200} />
      <Field {...at('neq')} hint={m.neqHint[lang]} maxLength={12} />
      <Field {...at('city')} required autocomplete="address-level2" maxLength={100} />
      <SelectField
        {...at('regionCode')}
        required
        emptyLabel=""
        options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
      <Field {...at('contactName')} required autocomplete="name" maxLength={150} />
      <Field {...at('email')} type="email" required autocomplete="email" maxLength={254} />
      <Field {...at('phone')} type="tel" autocomplete="tel" maxLength={30} />
      <RadioGroup
        {...at('language')}
        required
        options={(['fr', 'en'] as const).map((l) => ({ value: l, label: languageLabels[l][lang] }))}
      />
      <Field {...at('positionsWanted')} maxLength={3} />
      <TextAreaField {...at('message')} required hint={m.messageHint[lang]} maxLength={EMPLOYER_MESSAGE_MAX} rows={6} />
    </>
  )
}

/** The public employer form: the enterprise, its region, who to contact, what it needs. */
export function EmployerFormPage(p: FormProps) {
  const { lang } = p
  const title = m.title[lang]
  return (
    <Layout site={p.site} lang={lang} title={title} otherLangHref={employerFormPaths[otherLang(lang)]}>
      <h1>{title}</h1>
      <p class="lead">{m.intro[lang]}</p>
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <PostForm requiredNote lang={lang} action={employerFormPaths[lang]} csrfToken={p.csrfToken}>
        <EmployerFields lang={lang} regions={p.regions} values={p.values} errors={p.errors} />
        <Honeypot lang={lang} />
        <div class="button-row">
          <button class="qc-button qc-primary" type="submit">
            {m.send[lang]}
          </button>
        </div>
      </PostForm>
    </Layout>
  )
}

/** After a request: what happens next. */
export function EmployerThanksPage(p: { site: Site; lang: Lang }) {
  return <SentPage site={p.site} lang={p.lang} text={m} paths={employerThanksPaths} />
}
