import type { FieldErrors, Localized } from '../errors.js'
import { Field } from './fields.js'
import { ConfirmForm, fieldsOf } from './form.js'
import { colon, formatDate, type Lang, localName } from './i18n.js'
import { Table, TableHead } from './table.js'

// The administration views of a managed catalogue with validity (action kinds, needs): its entries are never deleted;
// one is retired by an end date, after which it is no longer offered (records that already carry it keep it). The
// routes stay with each catalogue: base/:code edits an entry, base/:code/retirer retires it.

/** One entry of a catalogue: its code, its names, its display order and its validity period. */
export type CatalogueEntry = {
  code: string
  nameFr: string
  nameEn: string
  sortOrder: number
  validFrom: string
  validTo: string | null
  active: boolean
}

/** The catalogue's words: the column heads, the states and the two links of a line (`edit`: rename, edit…). */
export type CatalogueText = Record<
  | 'code'
  | 'nameFr'
  | 'nameEn'
  | 'sortOrder'
  | 'validFrom'
  | 'validTo'
  | 'state'
  | 'actions'
  | 'active'
  | 'retired'
  | 'edit'
  | 'retire',
  Localized
>

function EntryLine(p: { lang: Lang; base: string; text: CatalogueText; entry: CatalogueEntry }) {
  const { lang, text: m, entry: e } = p
  const name = <span class="qc-sr-only"> {localName(lang, e)}</span>
  return (
    <tr>
      <td>
        <code>{e.code}</code>
      </td>
      <td>{e.nameFr}</td>
      <td>{e.nameEn}</td>
      <td>{e.sortOrder}</td>
      <td>{formatDate(e.validFrom, lang)}</td>
      <td>{e.validTo ? formatDate(e.validTo, lang) : '—'}</td>
      <td>{(e.active ? m.active : m.retired)[lang]}</td>
      <td>
        <a href={`${p.base}/${e.code}`}>
          {m.edit[lang]}
          {name}
        </a>
        {e.validTo === null ? (
          <>
            {' · '}
            <a href={`${p.base}/${e.code}/retirer`}>
              {m.retire[lang]}
              {name}
            </a>
          </>
        ) : null}
      </td>
    </tr>
  )
}

/** The entries of a catalogue, retired ones included, with their validity and the links to edit and retire them. */
export function CatalogueTable(p: {
  lang: Lang
  label: string
  base: string
  text: CatalogueText
  entries: CatalogueEntry[]
}) {
  const { lang, text: m } = p
  const heads = [m.code, m.nameFr, m.nameEn, m.sortOrder, m.validFrom, m.validTo, m.state, m.actions]
  return (
    <Table label={p.label}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.entries.map((e) => (
          <EntryLine key={e.code} lang={lang} base={p.base} text={m} entry={e} />
        ))}
      </tbody>
    </Table>
  )
}

/** The confirmation that retires an entry: its code and the end date (the day it is no longer offered). */
export function RetireEntryForm(p: {
  lang: Lang
  base: string
  code: string
  csrfToken: string
  text: Record<'code' | 'validTo' | 'retire' | 'retireQuestion' | 'cancel', Localized>
  values: Record<string, unknown>
  errors?: FieldErrors
}) {
  const { lang, text: m } = p
  const at = fieldsOf({ lang, labels: { validTo: m.validTo[lang] }, values: p.values, errors: p.errors })
  return (
    <ConfirmForm
      action={`${p.base}/${p.code}/retirer`}
      csrfToken={p.csrfToken}
      question={m.retireQuestion[lang]}
      confirmLabel={m.retire[lang]}
      cancelHref={p.base}
      cancelLabel={m.cancel[lang]}
    >
      <p>{`${m.code[lang]}${colon(lang)}${p.code}`}</p>
      <Field {...at('validTo')} type="date" required />
    </ConfirmForm>
  )
}
