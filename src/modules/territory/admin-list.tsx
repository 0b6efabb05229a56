import type { FastifyRequest } from 'fastify'
import { AppPage, type ModuleDeps } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'
import { Notice } from '../../platform/views/form.js'
import { fieldLabels as f } from './territory.messages.js'

export type AdminListText = { listTitle: Localized; saved: Localized; add: Localized; none: Localized }
export type AdminRow = { id: string; label: string; cells: string[]; active: boolean }

/** The list screen shared by service points and staff: title, notice, add button, table with an edit link per row. */
export function AdminList(p: {
  request: FastifyRequest
  deps: ModuleDeps
  base: string
  text: AdminListText
  canManage: boolean
  columns: string[]
  rows: AdminRow[]
}) {
  const lang = p.request.lang
  const saved = (p.request.query as Record<string, unknown>).saved === '1'
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.text.listTitle[lang]}>
      <h1>{p.text.listTitle[lang]}</h1>
      {saved ? <Notice>{p.text.saved[lang]}</Notice> : null}
      {p.canManage ? <p><a class="button" href={`${p.base}/nouveau`}>{p.text.add[lang]}</a></p> : null}
      {p.rows.length === 0 ? <p>{p.text.none[lang]}</p> : (
        <table>
          <thead>
            <tr>
              {[...p.columns, 'status'].map((k) => <th scope="col">{f[k]![lang]}</th>)}
              {p.canManage ? <th scope="col"><span class="visually-hidden">{f.edit![lang]}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row) => (
              <tr key={row.id}>
                {row.cells.map((c) => <td>{c}</td>)}
                <td>{row.active ? f.active![lang] : f.inactive![lang]}</td>
                {p.canManage ? <td><a href={`${p.base}/${row.id}`}>{f.edit![lang]}<span class="visually-hidden"> {row.label}</span></a></td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppPage>
  )
}
