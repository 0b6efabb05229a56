import { ErrorSummary } from '../../../platform/views/notice.js'
import { Field, SelectField } from '../../../platform/views/form.js'
import { labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import type { RegionRow } from '../../territory/index.js'
import { BILANS_PAGE } from '../drilldown/drilldown.policy.js'
import type { BilanForm } from './bilan.form.js'
import { bilanFieldLabels as f, bilanText as m } from './bilan.messages.js'

const langOptions = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
]

/** The directorate box: the caller's own directorate, for a Bilan of all its regions (its value is the id). */
function DirectorateBox(p: { lang: Lang; id: string; checked: boolean }) {
  return (
    <div class="qc-checkbox-single">
      <label class="qc-choicefield-label" for="f-directorate">
        <input
          id="f-directorate"
          class="qc-choicefield"
          name="directorate"
          type="checkbox"
          value={p.id}
          checked={p.checked}
        />
        <span>{f.directorate[p.lang]}</span>
      </label>
    </div>
  )
}

/** The Bilan's plain GET form: region (or the caller's whole directorate), period, language of the document. */
export function BilanFormView(p: { lang: Lang; form: BilanForm; regions: RegionRow[]; directorate?: string }) {
  const { lang, form } = p
  const v = form.values
  return (
    <>
      <ErrorSummary lang={lang} errors={form.errors} labels={labelsIn(lang, f)} />
      <form method="get" action={BILANS_PAGE} aria-label={m.formLabel[lang]} class="bilan-form">
        <SelectField
          lang={lang}
          name="region"
          label={f.region[lang]}
          value={v.region}
          errors={form.errors}
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
        {p.directorate ? (
          <DirectorateBox lang={lang} id={p.directorate} checked={v.directorate === p.directorate} />
        ) : null}
        <Field lang={lang} name="from" type="date" label={f.from[lang]} value={v.from} errors={form.errors} required />
        <Field lang={lang} name="to" type="date" label={f.to[lang]} value={v.to} errors={form.errors} required />
        <SelectField
          lang={lang}
          name="langue"
          label={f.langue[lang]}
          value={v.langue}
          errors={form.errors}
          options={langOptions}
        />
        <button class="qc-button qc-primary" type="submit">
          {m.show[lang]}
        </button>
      </form>
    </>
  )
}
