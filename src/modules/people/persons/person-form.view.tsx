import type { FastifyRequest } from 'fastify'
import { AppPage, type Ctx, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { Field, FormActions, fieldsOf, MultiSelectField, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { languageOptions } from '../../../platform/languages.js'
import { countryOptions } from './countries.js'
import { PERSONS } from './person-list.pages.js'
import type { DuplicateDetails } from './person.contracts.js'
import {
  categoryGroupLabels,
  categoryLabels,
  personFieldLabels as f,
  frenchSkills,
  genderLabels,
  preferredLanguageLabels,
  relationLabels,
  personText as m,
} from './person.messages.js'
import {
  genders,
  householdRelations,
  permanentCategories,
  preferredLanguages,
  temporaryCategories,
} from './person.schema.js'

// The person form's view, by section (the routes are in person-form.pages.tsx).

export type Values = Record<string, string | string[]>
type Option = { value: string; label: string }
export type FormState = { id?: string; values: Values; errors?: FieldErrors; duplicates?: DuplicateDetails }
export type Choices = { regions: Option[]; mrcs: Option[] }

const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, { fr: string; en: string }>, lang: Lang) =>
  keys.map((k) => ({ value: k, label: labels[k][lang] }))
const levels = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))

/** What the user sent, to show the form again: text and lists of choices (never the CSRF token nor the confirmation). */
export function formValues(body: unknown): Values {
  const out: Values = {}
  if (!body || typeof body !== 'object') return out
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf' || k === 'confirmedNotDuplicate' || v == null) continue
    out[k] = Array.isArray(v) ? v.map(String) : String(v)
  }
  return out
}

/** The persons already recorded that look like this one: links to check them, and the box to say it is someone else. */
function Candidates(p: { lang: Lang; duplicates: DuplicateDetails }) {
  const { lang, duplicates } = p
  return (
    <SdgNotice lang={lang} type="warning" title={m.candidatesTitle[lang]}>
      {duplicates.candidates.length > 0 ? (
        <>
          <p>{m.candidatesIntro[lang]}</p>
          <ul>
            {duplicates.candidates.map((c) => (
              <li key={c.id}>
                <a href={`${PERSONS}/${c.id}`}>
                  {c.givenName} {c.familyName}
                </a>{' '}
                — {m.born[lang]} {formatDate(c.birthDate, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {duplicates.outsideScope ? <p>{m.candidatesElsewhere[lang]}</p> : null}
      <CheckboxField name="confirmedNotDuplicate" label={f.confirmedNotDuplicate![lang]} checked={false} />
    </SdgNotice>
  )
}

type At = ReturnType<typeof fieldsOf>

function IdentityFields(p: { lang: Lang; at: At }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionIdentity[lang]}</legend>
      <Field {...at('givenName')} required autocomplete="off" maxLength={100} />
      <Field {...at('familyName')} required autocomplete="off" maxLength={100} />
      <Field {...at('birthDate')} type="date" required />
      <SelectField {...at('gender')} options={optionsOf(genders, genderLabels, lang)} emptyLabel="" />
    </fieldset>
  )
}

function OriginFields(p: { lang: Lang; at: At; values: Values; errors?: FieldErrors }) {
  const { lang, at } = p
  const countries = countryOptions(lang)
  const common = { lang, values: p.values, errors: p.errors, hint: m.multipleHint[lang] }
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionOrigin[lang]}</legend>
      <SelectField {...at('countryOfBirth')} options={countries} emptyLabel="" />
      <MultiSelectField {...common} name="citizenships" label={f.citizenships![lang]} options={countries} />
      <MultiSelectField {...common} name="languages" label={f.languages![lang]} options={languageOptions(lang)} />
      <SelectField
        {...at('preferredLanguage')}
        required
        options={optionsOf(preferredLanguages, preferredLanguageLabels, lang)}
      />
    </fieldset>
  )
}

function FrenchFields(p: { lang: Lang; at: At }) {
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionFrench[p.lang]}</legend>
      {frenchSkills.map((skill) => (
        <SelectField key={skill} {...p.at(skill)} options={levels} emptyLabel={m.notAssessed[p.lang]} />
      ))}
    </fieldset>
  )
}

function ImmigrationFields(p: { lang: Lang; at: At; choices: Choices }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionImmigration[lang]}</legend>
      <SelectField
        {...at('immigrationCategory')}
        options={[]}
        groups={[
          { label: categoryGroupLabels.permanent[lang], options: optionsOf(permanentCategories, categoryLabels, lang) },
          { label: categoryGroupLabels.temporary[lang], options: optionsOf(temporaryCategories, categoryLabels, lang) },
        ]}
        emptyLabel=""
      />
      <Field {...at('statusObtainedOn')} type="date" />
      <Field {...at('statusExpiresOn')} type="date" />
      <Field {...at('arrivalDate')} type="date" />
      <SelectField
        {...at('regionCode')}
        required
        options={p.choices.regions}
        emptyLabel={p.choices.regions.length > 1 ? '' : undefined}
      />
      <SelectField {...at('mrcCode')} options={p.choices.mrcs} emptyLabel="" />
    </fieldset>
  )
}

function ContactFields(p: { lang: Lang; at: At }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionContact[lang]}</legend>
      <Field {...at('email')} type="email" autocomplete="off" />
      <Field {...at('phone')} type="tel" autocomplete="off" maxLength={30} />
      <Field {...at('streetAddress')} autocomplete="off" maxLength={300} />
      <Field {...at('city')} autocomplete="off" maxLength={100} />
      <Field {...at('postalCode')} autocomplete="off" maxLength={10} />
    </fieldset>
  )
}

function HouseholdFields(p: { lang: Lang; at: At }) {
  const { lang, at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.sectionHousehold[lang]}</legend>
      <Field {...at('householdPersonId')} hint={m.householdHint[lang]} maxLength={36} />
      <SelectField
        {...at('householdRelation')}
        options={optionsOf(householdRelations, relationLabels, lang)}
        emptyLabel=""
      />
    </fieldset>
  )
}

/** The new-person and edit form, by section; the candidates of a refused duplicate above the fields. */
export function PersonFormPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  title: string
  action: string
  cancelHref: string
  form: FormState
  choices: Choices
}) {
  const lang: Lang = p.request.lang
  const labels = labelsIn(lang, f)
  const { values, errors, duplicates } = p.form
  const at = fieldsOf({ lang, labels, values, errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.request.csrfToken}>
        {duplicates ? <Candidates lang={lang} duplicates={duplicates} /> : null}
        <IdentityFields lang={lang} at={at} />
        <OriginFields lang={lang} at={at} values={values} errors={errors} />
        <FrenchFields lang={lang} at={at} />
        <ImmigrationFields lang={lang} at={at} choices={p.choices} />
        <ContactFields lang={lang} at={at} />
        <HouseholdFields lang={lang} at={at} />
        <FormActions saveLabel={m.save[lang]} cancelHref={p.cancelHref} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
}

/** The regions the caller may choose and their MRCs (named with their region when there are several). */
export async function choicesOf(ctx: Ctx, lang: Lang): Promise<Choices> {
  const regions = await listRegionsInScope(ctx)
  const rows = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  const names = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  const mrcs: Option[] = rows.map((mrc) => ({
    value: mrc.code,
    label: regions.length > 1 ? `${mrc.name} (${names.get(mrc.regionCode)})` : mrc.name,
  }))
  return { regions: regions.map((r) => ({ value: r.code, label: localName(lang, r) })), mrcs }
}
