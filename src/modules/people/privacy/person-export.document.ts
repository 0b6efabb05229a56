import type { Localized } from '../../../platform/errors.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { purposeLabels } from '../consents/consent.messages.js'
import {
  channelLabels,
  closureReasonLabels,
  statusLabels as dossierStatusLabels,
} from '../dossiers/dossier.messages.js'
import { needStatusLabels, priorityLabels, voletLabels } from '../needs/need.messages.js'
import { languageName } from '../../../platform/languages.js'
import { countryName } from '../persons/countries.js'
import { categoryLabels, genderLabels, relationLabels } from '../persons/person.messages.js'
import { responsibleLabels, stepStatusLabels } from '../plans/plan.messages.js'
import { statusLabels as referralStatusLabels } from '../referrals/referral.messages.js'
import { requestStatusLabels } from '../requests/request.messages.js'
import type { DossierExport, PersonExport } from './person-export.contracts.js'
import { eventKindLabels, exportText as x, modeLabels } from './privacy.messages.js'

/** A section of the PDF: a heading and label/value rows, all plain text (the Typst template renders it as data). */
export type Block = { heading: string; level: 2 | 3 | 4; rows: [string, string][] }
/** What the Typst template receives as `sys.inputs.data`. */
export type ExportDocument = { lang: Lang; title: string; intro: string; footer: string; blocks: Block[] }
/** The names the document shows for the file's codes: regions (both languages) and the person's MRC. */
export type ExportNames = { regions: ReadonlyMap<string, { nameFr: string; nameEn: string }>; mrc: string | null }

type Labels = Partial<Record<string, Localized>>
type Row = [string, string]
const joined = (parts: (string | null)[]) => parts.filter(Boolean).join(' — ')

function makeHelpers(lang: Lang, names: ExportNames) {
  const none = x.none[lang]
  const code = (labels: Labels, value: string | null) => (value === null ? none : (labels[value]?.[lang] ?? value))
  return {
    lang,
    t: (text: Localized) => text[lang],
    code,
    mrc: names.mrc,
    region: (value: string) => {
      const region = names.regions.get(value)
      return region ? localName(lang, region) : value
    },
    /** A move between two values, "de « Ouvert » à « En évaluation »" (quoted: no elision to get wrong). */
    move: (labels: Labels, from: string, to: string) =>
      lang === 'fr'
        ? `de « ${code(labels, from)} » à « ${code(labels, to)} »`
        : `from “${code(labels, from)}” to “${code(labels, to)}”`,
    text: (value: string | number | null | undefined) =>
      value === null || value === undefined || value === '' ? none : String(value),
    day: (value: string | null) => (value ? formatDate(value, lang) : none),
    instant: (value: string | null) =>
      value
        ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'America/Toronto',
          }).format(new Date(value))
        : none,
  }
}
type H = ReturnType<typeof makeHelpers>

function identityBlock(p: PersonExport['person'], h: H): Block {
  const levels = p.frenchLevels
  return {
    heading: h.t(x.identity),
    level: 2,
    rows: [
      [h.t(x.givenName), p.givenName],
      [h.t(x.familyName), p.familyName],
      [h.t(x.birthDate), h.day(p.birthDate)],
      [h.t(x.gender), h.code(genderLabels, p.gender)],
      [h.t(x.countryOfBirth), p.countryOfBirth ? countryName(p.countryOfBirth, h.lang) : h.text(null)],
      [h.t(x.citizenships), h.text(p.citizenships.map((c) => countryName(c, h.lang)).join(', '))],
      [h.t(x.languages), h.text(p.languages.map((c) => languageName(c, h.lang)).join(', '))],
      [
        h.t(x.frenchLevels),
        [levels.oralComprehension, levels.oralProduction, levels.writtenComprehension, levels.writtenProduction]
          .map((n) => h.text(n))
          .join(' / '),
      ],
      [h.t(x.anonymizedAt), h.instant(p.anonymizedAt)],
    ],
  }
}

function immigrationBlock(p: PersonExport['person'], h: H): Block {
  return {
    heading: h.t(x.immigration),
    level: 2,
    rows: [
      [h.t(x.category), h.code(categoryLabels, p.immigration.category)],
      [h.t(x.statusObtainedOn), h.day(p.immigration.statusObtainedOn)],
      [h.t(x.statusExpiresOn), h.day(p.immigration.statusExpiresOn)],
      [h.t(x.arrivalDate), h.day(p.immigration.arrivalDate)],
      [h.t(x.region), h.region(p.regionCode)],
      [h.t(x.mrc), h.text(p.mrcCode && (h.mrc ?? p.mrcCode))],
    ],
  }
}

function contactBlock(p: PersonExport['person'], h: H): Block {
  return {
    heading: h.t(x.contact),
    level: 2,
    rows: [
      [h.t(x.email), h.text(p.contact.email)],
      [h.t(x.phone), h.text(p.contact.phone)],
      [
        h.t(x.address),
        h.text([p.contact.streetAddress, p.contact.city, p.contact.postalCode].filter(Boolean).join(', ')),
      ],
      [h.t(x.preferredLanguage), languageName(p.contact.preferredLanguage, h.lang)],
      [h.t(x.household), h.code(relationLabels, p.household.relation)],
      ...p.household.members.map(
        (m): Row => [h.t(x.householdMember), `${h.code(relationLabels, m.relation)} (${m.personId})`],
      ),
    ],
  }
}

function personBlocks(p: PersonExport['person'], h: H): Block[] {
  return [identityBlock(p, h), immigrationBlock(p, h), contactBlock(p, h)]
}

function consentBlocks(file: PersonExport, h: H): Block[] {
  return file.consents.map((c) => ({
    heading: `${h.t(x.consent)} — ${h.code(purposeLabels, c.purpose)} (v${c.textVersion})`,
    level: 3,
    rows: [
      [h.t(x.givenOn), h.day(c.givenOn)],
      [h.t(x.expiresOn), h.day(c.expiresOn)],
      [h.t(x.withdrawnAt), h.instant(c.withdrawnAt)],
      [h.t(x.consentText), h.lang === 'fr' ? c.textFr : c.textEn],
    ],
  }))
}

/** A timeline event: its kind, and the statuses it moved between ("Changement de statut de « Ouvert » à « … »"). */
function eventLine(e: DossierExport['events'][number], h: H): string {
  const kind = h.code(eventKindLabels, e.kind)
  const { fromStatus: from, toStatus: to } = e
  return from && to && from !== to ? `${kind} ${h.move(dossierStatusLabels, from, to)}` : kind
}

function dossierHead(d: DossierExport, h: H): Block {
  return {
    heading: `${h.t(x.dossier)} ${d.number}`,
    level: 3,
    rows: [
      [h.t(x.status), h.code(dossierStatusLabels, d.status)],
      [h.t(x.intakeChannel), h.code(channelLabels, d.intakeChannel)],
      [h.t(x.region), h.region(d.regionCode)],
      [h.t(x.openedOn), h.day(d.openedOn)],
      [h.t(x.firstMeetingOn), h.day(d.firstMeetingOn)],
      [h.t(x.closedOn), h.day(d.closedOn)],
      [h.t(x.closureReason), h.code(closureReasonLabels, d.closureReason)],
      [h.t(x.closureNote), h.text(d.closureNote)],
      ...d.events.map((e): Row => [h.instant(e.at), joined([eventLine(e, h), e.note])]),
      ...d.transfers.map(
        (t): Row => [
          h.instant(t.transferredAt),
          joined([`${h.t(x.transfer)} ${h.move({}, h.region(t.fromRegionCode), h.region(t.toRegionCode))}`, t.reason]),
        ],
      ),
    ],
  }
}

function needsAndPlan(d: DossierExport, h: H): Block {
  return {
    heading: h.t(x.needsAndPlan),
    level: 4,
    rows: [
      ...d.needs.map(
        (n): Row => [
          h.lang === 'fr' ? n.labelFr : n.labelEn,
          joined([
            h.code(voletLabels, n.volet),
            h.code(priorityLabels, n.priority),
            h.code(needStatusLabels, n.status),
            n.notes,
          ]),
        ],
      ),
      ...d.planSteps.map(
        (s): Row => [
          `${h.t(x.step)} ${h.day(s.dueOn)}`,
          joined([
            s.action,
            h.code(responsibleLabels, s.responsible),
            s.organizationName,
            h.code(stepStatusLabels, s.status),
          ]),
        ],
      ),
    ],
  }
}

function referralBlock(r: DossierExport['referrals'][number], h: H): Block {
  return {
    heading: `${h.t(x.referral)} — ${r.organizationName ?? r.organizationId}`,
    level: 4,
    rows: [
      [h.t(x.serviceWanted), r.serviceWanted],
      [h.t(x.message), h.text(r.message)],
      [h.t(x.status), h.code(referralStatusLabels, r.status)],
      [h.t(x.declineReason), h.text(r.declineReason)],
      [h.t(x.outcome), h.text(r.outcome)],
      ...r.events.map((e): Row => [h.instant(e.at), joined([h.code(referralStatusLabels, e.toStatus), e.comment])]),
    ],
  }
}

function dossierBlocks(d: DossierExport, h: H): Block[] {
  const acts: Block = {
    heading: h.t(x.interventions),
    level: 4,
    rows: d.interventions.map(
      (i): Row => [h.instant(i.occurredAt), `${h.code(modeLabels, i.mode)}, ${i.durationMinutes} min — ${i.summary}`],
    ),
  }
  return [dossierHead(d, h), needsAndPlan(d, h), acts, ...d.referrals.map((r) => referralBlock(r, h))]
}

function requestBlocks(file: PersonExport, h: H): Block[] {
  return file.supportRequests.map((q) => ({
    heading: `${h.t(x.request)} — ${h.instant(q.receivedAt)}`,
    level: 3,
    rows: [
      [h.t(x.name), `${q.givenName} ${q.familyName}`],
      [h.t(x.birthDate), h.day(q.birthDate)],
      [h.t(x.email), h.text(q.email)],
      [h.t(x.phone), h.text(q.phone)],
      [h.t(x.message), h.text(q.message)],
      [h.t(x.status), h.code(requestStatusLabels, q.status)],
    ],
  }))
}

/** The PDF's content in one language: every part of the export, as headings and label/value rows of plain text. */
export function buildExportDocument(file: PersonExport, lang: Lang, names: ExportNames): ExportDocument {
  const h = makeHelpers(lang, names)
  const at = h.instant(file.generatedAt)
  const section = (heading: Localized, blocks: Block[]): Block[] => [
    { heading: heading[lang], level: 2, rows: blocks.length ? [] : [[x.none[lang], '']] },
    ...blocks,
  ]
  return {
    lang,
    title: x.pdfTitle[lang],
    // An English time ends with "p.m.": the sentence's period is not doubled.
    intro: `${x.pdfIntro[lang]} ${at}${at.endsWith('.') ? '' : '.'}`,
    footer: `${file.person.givenName} ${file.person.familyName} — ${file.person.id}`,
    blocks: [
      ...personBlocks(file.person, h),
      ...section(x.consents, consentBlocks(file, h)),
      ...section(
        x.dossiers,
        file.dossiers.flatMap((d) => dossierBlocks(d, h)),
      ),
      ...section(x.requests, requestBlocks(file, h)),
    ],
  }
}
