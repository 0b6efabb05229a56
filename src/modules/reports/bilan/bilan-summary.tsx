import type { Actor } from '../../access/index.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { canDrillInto, figureHref } from '../drilldown/drilldown.policy.js'
import type { BilanModel, FigureKey, PublicCount } from './bilan.model.js'
import { figureKeys } from './bilan.model.js'
import { bilanText as m, figureLabels } from './bilan.messages.js'
import type { BilanTarget } from './bilan.read.js'
import { figureDefinitions } from './figures.js'

const count = (n: PublicCount, lang: Lang) => (typeof n === 'number' ? formatNumber(n, lang) : n)
/** "0 type", "1 type", "2 types" in French; "1 kind", "0 kinds" in English. */
const kinds = (n: number, lang: Lang) =>
  `${formatNumber(n, lang)} ${(lang === 'fr' ? n < 2 : n === 1) ? m.kind[lang] : m.kinds[lang]}`

/** A figure's value as the summary shows it. */
export function figureValue(model: BilanModel, figure: FigureKey, lang: Lang): string {
  switch (figure) {
    case 'personsAccompanied':
    case 'enterprisesAccompanied':
      return count(model[figure], lang)
    case 'agreements':
      return formatNumber(model.agreements, lang)
    case 'team':
      return `${model.team.advisors} + ${model.team.agents} (${m.advisorsAgents[lang]})`
    case 'servicePoints':
      return formatNumber(model.servicePoints.length, lang)
    case 'actionKinds':
      return kinds(model.actionKinds.length, lang)
    case 'resourceOrganizations':
      return formatNumber(model.resourceOrganizations.length, lang)
    case 'committedAmounts':
      return formatMoney(
        model.committedAmounts.reduce((sum, a) => sum + a.amountCents, 0),
        lang,
      )
  }
}

/** The figures of a Bilan as a table: value, definition, and a link to the records behind each (when allowed). */
export function FigureSummary(p: { model: BilanModel; target: BilanTarget; actor: Actor | null; lang: Lang }) {
  const { lang } = p
  return (
    <Table label={m.figures[lang]}>
      <caption>{m.figuresCaption[lang]}</caption>
      <TableHead lang={lang} heads={[m.figure, m.value, m.definition, m.records]} />
      <tbody>
        {figureKeys.map((figure) => (
          <tr key={figure}>
            <th scope="row">{figureLabels[figure][lang]}</th>
            <td>{figureValue(p.model, figure, lang)}</td>
            <td>{figureDefinitions[figure][lang]}</td>
            <td>
              {p.actor && canDrillInto(p.actor, figure) ? (
                <a href={figureHref(figure, p.target)}>
                  {m.seeRecords[lang]}
                  <span class="qc-sr-only"> — {figureLabels[figure][lang]}</span>
                </a>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
