import type { ComponentChildren } from 'preact'
import type { Lang } from '../../../platform/views/i18n.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { PostForm } from '../../../platform/views/form.js'

/** Where the export form posts: the exports page asks for the export and answers with its page (303). */
export const EXPORTS_PAGE = '/app/exports'

const m = {
  label: { fr: 'Exporter cette liste', en: 'Export this list' },
  format: { fr: 'Format du fichier', en: 'File format' },
  csv: { fr: 'CSV (tableur, texte)', en: 'CSV (spreadsheet, text)' },
  xlsx: { fr: 'XLSX (Excel)', en: 'XLSX (Excel)' },
  submit: { fr: 'Exporter', en: 'Export' },
  hint: {
    fr: 'Le fichier est préparé en arrière-plan avec les filtres de la liste ; vous le téléchargez depuis vos exportations.',
    en: 'The file is prepared in the background with the list’s filters; you download it from your exports.',
  },
}

/**
 * The "Export" form of a module's list (no JavaScript needed): posts the source, the list's current filters (hidden)
 * and the chosen format to the exports page, which queues the export and shows its progress; `children` are visible
 * filter fields of the export itself, for a list whose screen has no such filters (the interventions' period).
 */
export function ExportForm(p: {
  source: string
  lang: Lang
  csrfToken: string
  filters: Record<string, string | undefined>
  children?: ComponentChildren
}) {
  const { lang } = p
  const filters = Object.entries(p.filters).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
  return (
    <PostForm action={EXPORTS_PAGE} csrfToken={p.csrfToken} label={m.label[lang]}>
      <input type="hidden" name="source" value={p.source} />
      {filters.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {p.children}
      <RadioGroup
        lang={lang}
        name="format"
        label={m.format[lang]}
        hint={m.hint[lang]}
        value="csv"
        options={[
          { value: 'csv', label: m.csv[lang] },
          { value: 'xlsx', label: m.xlsx[lang] },
        ]}
      />
      <button class="qc-button qc-secondary" type="submit">
        {m.submit[lang]}
      </button>
    </PostForm>
  )
}
