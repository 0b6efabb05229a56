import { colon } from '../../../../platform/views/i18n.js'
import type { BilanListItem } from '../bilan.document.js'
import { type DraftBlock, type DraftSection, paragraph, type Wording } from './wording.js'

// "Points de services": how to reach them (email, phone) and where the offices are, the town in bold.

function channelsPhrase(w: Wording): string | undefined {
  const { email, phone } = w.model.contact
  if (w.lang === 'fr') {
    if (email && phone) return 'par courriel ou par téléphone'
    return email ? 'par courriel' : phone ? 'par téléphone' : undefined
  }
  if (email && phone) return 'email or telephone'
  return email ? 'email' : phone ? 'telephone' : undefined
}

function contactLead(w: Wording, channels: string): string {
  const n = w.model.servicePoints.length
  if (w.lang === 'fr') {
    const whom = n === 0 ? 'le MIFI' : n === 1 ? 'le point de services' : "l'un ou l'autre des points de services"
    return `Pour communiquer avec ${whom} ${w.de}, on peut le faire ${channels} :`
  }
  const whom = n === 0 ? 'MIFI' : n === 1 ? 'the service point' : 'any of the service points'
  return `To reach ${whom} in ${w.nameEn}, you can use ${channels}:`
}

function contactBlocks(w: Wording): DraftBlock[] {
  const channels = channelsPhrase(w)
  if (!channels) return []
  const { email, phone } = w.model.contact
  const labels = w.lang === 'fr' ? { email: 'Courriel', phone: 'Téléphone' } : { email: 'Email', phone: 'Telephone' }
  const blocks = [paragraph(contactLead(w, channels))]
  if (email) blocks.push(paragraph(`${labels.email}${colon(w.lang)}${email}`, false))
  if (phone) blocks.push(paragraph(`${labels.phone}${colon(w.lang)}${phone}`, false))
  return blocks
}

function officeBlocks(w: Wording): DraftBlock[] {
  const points = w.model.servicePoints
  if (points.length === 0) return []
  const one = points.length === 1
  const lead =
    w.lang === 'fr'
      ? one
        ? 'Le bureau est situé :'
        : 'Les bureaux sont situés :'
      : one
        ? 'The office is located at:'
        : 'The offices are located at:'
  const items: BilanListItem[] = points.map((p) => ({ text: `${p.hostName}, ${p.streetAddress}, `, strong: p.city }))
  return [paragraph(lead, false), { kind: 'list', items }]
}

export function servicePointsSection(w: Wording): DraftSection {
  const heading = w.lang === 'fr' ? 'Points de services' : 'Service points'
  return { key: 'servicePoints', heading, blocks: [...contactBlocks(w), ...officeBlocks(w)] }
}
