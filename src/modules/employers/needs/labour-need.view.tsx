import { formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { LabourNeedOutput } from './labour-need.contracts.js'
import {
  employmentTypeLabels,
  needFieldLabels as f,
  needText as m,
  statusLabels,
  wageUnitLabels,
} from './labour-need.messages.js'

// What the list, the details and the enterprise's section show alike.

export const NEEDS = '/app/besoins-main-oeuvre'
export const ENTERPRISES = '/app/entreprises'

/** "22,50 $ / heure", "48 000,00 $ / année"; null without a wage. */
export function wageText(n: Pick<LabourNeedOutput, 'wageCents' | 'wageUnit'>, lang: Lang): string | null {
  if (n.wageCents === null) return null
  return `${formatMoney(n.wageCents, lang)} / ${wageUnitLabels[n.wageUnit ?? 'hour'][lang]}`
}

/** "Gaspé (La Côte-de-Gaspé)", the MRC named when its name is known. */
export function locationText(n: Pick<LabourNeedOutput, 'city' | 'mrcCode'>, mrcNames: ReadonlyMap<string, string>) {
  const mrc = n.mrcCode ? (mrcNames.get(n.mrcCode) ?? n.mrcCode) : null
  if (n.city && mrc) return `${n.city} (${mrc})`
  return n.city ?? mrc
}

/** "95106 — Manœuvres dans la transformation des aliments" in the reader's language (English when no French). */
export function cnpText(n: Pick<LabourNeedOutput, 'cnpCode' | 'cnpTitleFr' | 'cnpTitleEn'>, lang: Lang): string {
  return `${n.cnpCode} — ${lang === 'fr' ? (n.cnpTitleFr ?? n.cnpTitleEn) : n.cnpTitleEn}`
}

/** A table of needs: title (link), enterprise (unless drawn on the enterprise's page), CNP, positions, type, status. */
export function NeedsTable(p: {
  lang: Lang
  needs: LabourNeedOutput[]
  label: string
  withEnterprise?: boolean
  mrcNames?: ReadonlyMap<string, string>
}) {
  const { lang } = p
  const heads = [
    f.title,
    ...(p.withEnterprise ? [m.enterprise] : []),
    f.cnpCode,
    m.positionsShort,
    f.employmentType,
    m.location,
    f.status,
  ]
  return (
    <Table label={p.label}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.needs.map((n) => (
          <tr key={n.id}>
            <td>
              <a href={`${NEEDS}/${n.id}`}>{n.title}</a>
            </td>
            {p.withEnterprise ? <td>{n.enterpriseName}</td> : null}
            <td>{cnpText(n, lang)}</td>
            <td>{formatNumber(n.positions, lang)}</td>
            <td>{employmentTypeLabels[n.employmentType][lang]}</td>
            <td>{locationText(n, p.mrcNames ?? new Map()) ?? '—'}</td>
            <td>{statusLabels[n.status][lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
