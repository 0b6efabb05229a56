import { languageLabels, publicRequestText as m, requestFieldLabels as f, MESSAGE_MAX } from '../../people/index.js'
import type { RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import {
  Field,
  FieldError,
  fieldsOf,
  PostForm,
  RequiredMark,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { labelsIn, type Lang, localName, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import type { Site } from '../../../platform/views/site.js'

/** The public form's address in each language, and its thank-you page. */
export const requestFormPaths = { fr: '/fr/demande-accompagnement', en: '/en/request-support' } as const
export const thanksPaths = { fr: '/fr/demande-accompagnement/merci', en: '/en/request-support/thank-you' } as const
/** The honeypot's name: a field people never see and bots fill in. */
export const HONEYPOT = 'website'

export type ConsentText = { id: string; textFr: string; textEn: string }
type Values = Record<string, string>

/** The consent text in force, and the box to tick (required). */
function Consent(p: { lang: Lang; text: ConsentText; checked: boolean; errors?: FieldErrors }) {
  const { lang } = p
  const error = p.errors?.consent
  return (
    <fieldset class="qc-fieldset" aria-describedby={error ? 'f-consent-error' : undefined}>
      <legend>
        <span class="qc-label-text">{m.consentTitle[lang]}</span>
        <RequiredMark lang={lang} />
      </legend>
      <p id="consent-text">{lang === 'fr' ? p.text.textFr : p.text.textEn}</p>
      <input type="hidden" name="consentTextId" value={p.text.id} />
      <CheckboxField name="consent" label={m.consentBox[lang]} checked={p.checked} />
      {error ? <FieldError id="f-consent-error" message={error[lang]} /> : null}
    </fieldset>
  )
}

/** A field people never see (display none, out of the accessibility tree) and bots fill in. */
export function Honeypot(p: { lang: Lang }) {
  return (
    <div hidden>
      <label for={`f-${HONEYPOT}`}>{m.honeypot[p.lang]}</label>
      <input id={`f-${HONEYPOT}`} name={HONEYPOT} type="text" tabIndex={-1} autocomplete="off" />
    </div>
  )
}

type FormProps = {
  site: Site
  lang: Lang
  csrfToken: string
  regions: RegionRow[]
  text: ConsentText
  values: Values
  errors?: FieldErrors
}

/** Who you are, how to reach you, your language, your region and your request. */
function RequestFields(p: Omit<FormProps, 'site' | 'csrfToken' | 'text'>) {
  const { lang } = p
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  return (
    <>
      <Field {...at('givenName')} required autocomplete="given-name" maxLength={100} />
      <Field {...at('familyName')} required autocomplete="family-name" maxLength={100} />
      <Field {...at('birthDate')} type="date" autocomplete="bday" hint={m.birthDateHint[lang]} />
      <Field {...at('email')} type="email" autocomplete="email" hint={m.contactHint[lang]} maxLength={254} />
      <Field {...at('phone')} type="tel" autocomplete="tel" hint={m.contactHint[lang]} maxLength={30} />
      <RadioGroup
        {...at('preferredLanguage')}
        required
        options={(['fr', 'en'] as const).map((l) => ({ value: l, label: languageLabels[l][lang] }))}
      />
      <SelectField
        {...at('regionCode')}
        required
        emptyLabel=""
        options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
      <TextAreaField {...at('message')} hint={m.messageHint[lang]} maxLength={MESSAGE_MAX} rows={6} />
    </>
  )
}

/** The public form: who you are, how to reach you, your region, your request, your consent. */
export function RequestFormPage(p: FormProps) {
  const { lang } = p
  const title = m.title[lang]
  return (
    <Layout site={p.site} lang={lang} title={title} otherLangHref={requestFormPaths[otherLang(lang)]}>
      <h1>{title}</h1>
      <p class="lead">{m.intro[lang]}</p>
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <PostForm requiredNote lang={lang} action={requestFormPaths[lang]} csrfToken={p.csrfToken}>
        <RequestFields lang={lang} regions={p.regions} values={p.values} errors={p.errors} />
        <Consent lang={lang} text={p.text} checked={p.values.consent === 'true'} errors={p.errors} />
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

/** A public form's thank-you page texts, each `{ fr, en }`. */
type ThanksText = Record<'thanksTitle' | 'thanks' | 'thanksNext' | 'home', Record<Lang, string>>

/** After a public form is sent: its thanks, what happens next, the way home (`paths`: this page in each language). */
export function SentPage(p: { site: Site; lang: Lang; text: ThanksText; paths: Record<Lang, string> }) {
  const { lang, text } = p
  return (
    <Layout site={p.site} lang={lang} title={text.thanksTitle[lang]} otherLangHref={p.paths[otherLang(lang)]}>
      <h1>{text.thanksTitle[lang]}</h1>
      <SdgNotice lang={lang} type="success" role="status">
        <p>{text.thanks[lang]}</p>
      </SdgNotice>
      <p>{text.thanksNext[lang]}</p>
      <p>
        <a href={`/${lang}`}>{text.home[lang]}</a>
      </p>
    </Layout>
  )
}

/** After a request: what happens next (an agent calls within five working days). */
export function ThanksPage(p: { site: Site; lang: Lang }) {
  return <SentPage site={p.site} lang={p.lang} text={m} paths={thanksPaths} />
}

/** No consent text in force: the form cannot be offered (nobody may consent to nothing). */
export function UnavailablePage(p: { site: Site; lang: Lang; message?: string }) {
  const { lang } = p
  return (
    <Layout
      site={p.site}
      lang={lang}
      title={m.unavailableTitle[lang]}
      otherLangHref={requestFormPaths[otherLang(lang)]}
    >
      <h1>{m.unavailableTitle[lang]}</h1>
      <SdgNotice lang={lang} type="error" role="alert">
        <p>{p.message ?? m.unavailable[lang]}</p>
      </SdgNotice>
    </Layout>
  )
}
