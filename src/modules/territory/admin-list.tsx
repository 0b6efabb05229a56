import type { FastifyRequest } from 'fastify'
import type { ComponentChildren } from 'preact'
import { AppPage, type ModuleDeps } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'
import { Notice } from '../../platform/views/notice.js'
import { FilterResults } from '../../platform/views/results.js'
import { Table } from '../../platform/views/table.js'
import { fieldLabels as f } from './territory.messages.js'

export type AdminListText = { listTitle: Localized; saved: Localized; add: Localized; none: Localized }
export type AdminRow = { id: string; label: string; cells: string[]; active: boolean }
export type AdminTable = { base: string; text: AdminListText; columns: string[]; rows: AdminRow[]; canManage: boolean }

export const RESULTS_ID = 'results'

/**
 * The results table of a list screen; also the htmx fragment that a filter swaps in place. `error`: the filters did not
 * validate (said here too, since a live filter replaces only this part of the page).
 */
export function AdminResults(p: { lang: 'fr' | 'en'; table: AdminTable; error?: string }) {
  const { lang, table } = p
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={table.rows.length === 0}
      none={table.text.none[lang]}
    >
      <Table label={table.text.listTitle[lang]}>
        <thead>
          <tr>
            {[...table.columns, 'status'].map((k) => (
              <th scope="col">{f[k]![lang]}</th>
            ))}
            <th scope="col">
              <span class="qc-sr-only">{f.open![lang]}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              {row.cells.map((c) => (
                <td>{c}</td>
              ))}
              <td>{row.active ? f.active![lang] : f.inactive![lang]}</td>
              <td>
                <a href={`${table.base}/${row.id}`}>
                  {(table.canManage ? f.edit : f.open)![lang]}
                  <span class="qc-sr-only"> {row.label}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </FilterResults>
  )
}

/** The list screen shared by service points and staff: title, notice, add button, filters, results. */
export function AdminList(p: {
  request: FastifyRequest
  deps: ModuleDeps
  table: AdminTable
  filters?: ComponentChildren
  /** The notice after a redirect from a saved form (`?saved=1`, parsed by the route). */
  saved?: boolean
  /** The filters did not validate: why. */
  error?: string
}) {
  const lang = p.request.lang
  const { table, saved } = p
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={table.text.listTitle[lang]}>
      <h1>{table.text.listTitle[lang]}</h1>
      {saved ? <Notice lang={lang}>{table.text.saved[lang]}</Notice> : null}
      {table.canManage ? (
        <p>
          <a class="qc-button qc-primary" href={`${table.base}/nouveau`}>
            {table.text.add[lang]}
          </a>
        </p>
      ) : null}
      {p.filters}
      <AdminResults lang={lang} table={table} error={p.error} />
    </AppPage>
  )
}
