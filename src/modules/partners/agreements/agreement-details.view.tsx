import type { VNode } from 'preact'
import type { FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../../platform/errors.js'
import { DetailsList, Field, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { colon, formatDate, formatDateTime, formatMoney, type Lang, localName } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import type { AgreementOutput } from './agreement.contracts.js'
import { agreementFields as f, agreementText as m, moveLabels } from './agreement.messages.js'
import { statusLabels, transitions } from './agreement-lifecycle.js'
import { fiscalYearLabel } from './fiscal-years.js'

const date = (lang: Lang, d: string | null) => (d ? formatDate(d, lang) : null)

/** The agreement's terms: organization, program and volet, period, MRCs, objectives. */
export function TermsList(p: { lang: Lang; a: AgreementOutput; mrcNames: Map<string, string> }) {
  const { lang, a } = p
  const program = `${a.programCode} — ${localName(lang, { nameFr: a.programNameFr, nameEn: a.programNameEn })}`
  const volet = a.voletNameFr
    ? `${a.voletCode} — ${localName(lang, { nameFr: a.voletNameFr, nameEn: a.voletNameEn ?? '' })}`
    : null
  const mrcs = a.mrcCodes.length ? a.mrcCodes.map((c) => p.mrcNames.get(c) ?? c).join(', ') : m.wholeRegion[lang]
  const rows: [string, string | null][] = [
    [f.organization[lang], a.organizationName],
    [f.program[lang], program],
    [f.volet[lang], volet],
    [f.period[lang], `${formatDate(a.startOn, lang)} – ${formatDate(a.endOn, lang)}`],
    [f.mrcCodes[lang], mrcs],
    [f.objectives[lang], a.objectives],
    [f.fundsReferrals[lang], a.fundsReferrals ? m.yes[lang] : m.no[lang]],
    [f.totalCents[lang], formatMoney(a.totalCents, lang)],
  ]
  return <DetailsList rows={rows} />
}

export function StatusList(p: { lang: Lang; a: AgreementOutput }) {
  const { lang, a } = p
  return (
    <DetailsList
      rows={[
        [f.status[lang], statusLabels[a.status][lang]],
        [f.signedOn[lang], date(lang, a.signedOn)],
        [f.startedOn[lang], date(lang, a.startedOn)],
        [f.completedOn[lang], date(lang, a.completedOn)],
        [f.terminatedOn[lang], date(lang, a.terminatedOn)],
        [f.terminationReason[lang], a.terminationReason],
      ]}
    />
  )
}

export function AmountsTable(p: { lang: Lang; a: AgreementOutput }) {
  const { lang, a } = p
  return (
    <Table label={f.amounts[lang]}>
      <caption>{f.amounts[lang]}</caption>
      <thead>
        <tr>
          <th scope="col">{f.fiscalYear[lang]}</th>
          <th scope="col">{f.amounts[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {a.amounts.map((x) => (
          <tr key={x.fiscalYear}>
            <th scope="row">{fiscalYearLabel(x.fiscalYear)}</th>
            <td>{formatMoney(x.amountCents, lang)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{m.total[lang]}</th>
          <td>{formatMoney(a.totalCents, lang)}</td>
        </tr>
      </tbody>
    </Table>
  )
}

type Change = { before?: unknown; after?: unknown }
type Amounts = { fiscalYear: number; amountCents: number }[]

function amountsText(lang: Lang, v: unknown): string {
  return ((v as Amounts) ?? [])
    .map((x) => `${fiscalYearLabel(x.fiscalYear)}${colon(lang)}${formatMoney(x.amountCents, lang)}`)
    .join(' ; ')
}

function ChangesOf(p: { lang: Lang; changes: Record<string, unknown> }) {
  const { lang } = p
  const end = p.changes.endOn as Change | undefined
  const amounts = p.changes.amounts as Change | undefined
  if (!end && !amounts) return <p>{m.noChange[lang]}</p>
  return (
    <ul>
      {end ? (
        <li>{`${m.changedEnd[lang]}${colon(lang)}${formatDate(String(end.before), lang)} → ${formatDate(String(end.after), lang)}`}</li>
      ) : null}
      {amounts ? (
        <li>{`${m.changedAmounts[lang]}${colon(lang)}${amountsText(lang, amounts.before)} → ${amountsText(lang, amounts.after)}`}</li>
      ) : null}
    </ul>
  )
}

export function AmendmentsList(p: { lang: Lang; a: AgreementOutput }) {
  const { lang } = p
  if (p.a.amendments.length === 0) return <p>{m.noAmendment[lang]}</p>
  return (
    <ol>
      {p.a.amendments.map((x) => (
        <li key={x.number}>
          <h3>{`${m.amendment[lang]} ${x.number} — ${formatDate(x.signedOn, lang)}`}</h3>
          <p>{x.summary}</p>
          <ChangesOf lang={lang} changes={x.changes} />
        </li>
      ))}
    </ol>
  )
}

export function EventsList(p: { lang: Lang; a: AgreementOutput }) {
  const { lang } = p
  if (p.a.events.length === 0) return <p>{m.noEvent[lang]}</p>
  return (
    <ol>
      {p.a.events.map((e) => (
        <li key={e.at}>
          <strong>{`${statusLabels[e.toStatus][lang]} — ${formatDate(e.on, lang)}`}</strong>
          <p>{[formatDateTime(e.at, lang), e.byName].filter(Boolean).join(' · ')}</p>
          {e.comment ? <p>{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  )
}

/** One form per legal move: the date (today by default), and the reason for a termination. */
export function TransitionForms(p: {
  request: FastifyRequest
  a: AgreementOutput
  today: string
  action: string
  /** After an error: what was typed (kept, so fixing the reason does not silently pick another move) and the errors. */
  values?: Record<string, string>
  errors?: FieldErrors
}): VNode | null {
  const lang = p.request.lang
  const targets = transitions[p.a.status]
  if (targets.length === 0) return null
  const v = p.values ?? {}
  const errors = p.errors
  return (
    <PostForm action={p.action} csrfToken={p.request.csrfToken} label={m.changeStatus[lang]}>
      <SelectField
        lang={lang}
        name="to"
        label={f.to[lang]}
        required
        value={v.to}
        errors={errors}
        options={targets.map((t) => ({ value: t, label: `${moveLabels[t][lang]} (${statusLabels[t][lang]})` }))}
      />
      <Field lang={lang} name="on" label={f.on[lang]} type="date" value={v.on ?? p.today} errors={errors} required />
      {targets.includes('terminated') ? (
        <TextAreaField
          lang={lang}
          name="reason"
          label={f.reason[lang]}
          rows={2}
          maxLength={2000}
          value={v.reason}
          errors={errors}
        />
      ) : null}
      <button class="qc-button qc-primary" type="submit">
        {m.changeStatus[lang]}
      </button>
    </PostForm>
  )
}
