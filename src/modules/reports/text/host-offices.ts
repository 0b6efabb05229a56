import type { Lang } from '../../../platform/views/i18n.js'
import { cityA, cityDe, nameDe } from './city-forms.js'
import { joinEnglish, joinFrench } from './region-forms.js'

// Where the team's service points are housed, as the seed says it: "dans les bureaux de Services Québec de Gaspé et de
// Carleton-sur-Mer ainsi qu'à la direction régionale du ministère du Travail, de l'Emploi et de la Solidarité sociale,
// à Gaspé". Points are grouped by host (kind and name), in the order they come, each host with its towns.

export type HostedPoint = {
  hostKind: 'services_quebec' | 'mtess' | 'mifi' | 'partner' | 'other'
  hostName: string
  city: string
}

type Host = { kind: HostedPoint['hostKind']; name: string; points: number; cities: string[] }

const mtessFr = "ministère du Travail, de l'Emploi et de la Solidarité sociale"
const mtessEn = "Ministère du Travail, de l'Emploi et de la Solidarité sociale"

function groupByHost(points: HostedPoint[]): Host[] {
  const hosts = new Map<string, Host>()
  for (const p of points) {
    const key = `${p.hostKind}\u0000${p.hostName}`
    const host = hosts.get(key) ?? { kind: p.hostKind, name: p.hostName, points: 0, cities: [] }
    host.points += 1
    if (!host.cities.includes(p.city)) host.cities.push(p.city)
    hosts.set(key, host)
  }
  return [...hosts.values()]
}

function frenchHost(h: Host): string {
  const towns = joinFrench(h.cities.map(cityA))
  const many = h.points > 1
  if (h.kind === 'mtess')
    return h.cities.length === 1
      ? `à la direction régionale du ${mtessFr}, ${towns}`
      : `dans les bureaux du ${mtessFr}, ${towns}`
  if (h.kind === 'mifi') return `dans ${many ? 'les bureaux' : 'le bureau'} du MIFI, ${towns}`
  if (h.kind === 'services_quebec')
    return `dans ${many ? 'les bureaux' : 'le bureau'} ${nameDe(h.name)} ${joinFrench(h.cities.map(cityDe))}`
  return `dans les locaux ${nameDe(h.name)}, ${towns}`
}

function englishHost(h: Host): string {
  const towns = joinEnglish(h.cities)
  const many = h.points > 1
  if (h.kind === 'mtess')
    return h.cities.length === 1
      ? `at the regional office of the ${mtessEn} in ${towns}`
      : `at the offices of the ${mtessEn} in ${towns}`
  if (h.kind === 'mifi') return `at the MIFI ${many ? 'offices' : 'office'} in ${towns}`
  if (h.kind === 'services_quebec') return `in the ${h.name} ${many ? 'offices' : 'office'} in ${towns}`
  return `on the premises of ${h.name} in ${towns}`
}

/** "ainsi qu'à …", "ainsi que dans …": the last host joined to the others. */
function frenchAlso(clause: string): string {
  return /^[aâàeéèêiîoôuûh]/i.test(clause) ? `ainsi qu'${clause}` : `ainsi que ${clause}`
}

/**
 * The hosts of the service points as a clause starting with its preposition ("dans les bureaux de Services Québec de
 * Gaspé … ainsi qu'à la direction régionale …, à Gaspé"); empty when there is no point.
 */
export function hostOfficesClause(points: HostedPoint[], lang: Lang): string {
  const clauses = groupByHost(points).map(lang === 'fr' ? frenchHost : englishHost)
  if (clauses.length <= 1) return clauses.join('')
  const last = clauses.at(-1)!
  const head = clauses.slice(0, -1).join(', ')
  return lang === 'fr' ? `${head} ${frenchAlso(last)}` : `${head}, as well as ${last}`
}
