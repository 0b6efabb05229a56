import { frenchDe, type Lang } from '../../../platform/views/i18n.js'
import { countInWords } from './french-numbers.js'
import { type HostedPoint, hostOfficesClause } from './host-offices.js'

type Counted = { one: string; many: string }

const nouns: Record<Lang, Record<'advisors' | 'agents' | 'points', Counted & { none: string }>> = {
  fr: {
    advisors: {
      none: 'aucune conseillère ni aucun conseiller en immigration régionale',
      one: 'une conseillère ou un conseiller en immigration régionale',
      many: 'conseillères et conseillers en immigration régionale',
    },
    agents: {
      none: "aucune agente ni aucun agent d'aide à l'intégration",
      one: "une agente ou un agent d'aide à l'intégration",
      many: "agentes et agents d'aide à l'intégration",
    },
    points: { none: 'aucun point de services', one: 'un point de services', many: 'points de services' },
  },
  en: {
    advisors: {
      none: 'no regional immigration advisors',
      one: 'one regional immigration advisor',
      many: 'regional immigration advisors',
    },
    agents: {
      none: 'no integration support agents',
      one: 'one integration support agent',
      many: 'integration support agents',
    },
    points: { none: 'no service points', one: 'one service point', many: 'service points' },
  },
}

/** "deux conseillères et conseillers en immigration régionale": a count in words (under ten) with its noun. */
export function countedNoun(n: number, what: 'advisors' | 'agents' | 'points', lang: Lang): string {
  const noun = nouns[lang][what]
  if (n === 0) return noun.none
  if (n === 1) return noun.one
  return `${countInWords(n, lang, what === 'points' ? 'm' : 'f')} ${noun.many}`
}

type TeamCounts = {
  lang: Lang
  locative: string
  regionName: string
  advisors: number
  agents: number
  points: number
  /** Who has the team: the regional directorate (the seed's wording), or the ministry where no directorate is listed. */
  employer?: 'directorate' | 'ministry'
  /** The service points' hosts and towns, for the clause "situés dans les bureaux de Services Québec de Gaspé…". */
  hosts?: HostedPoint[]
}

const employers = {
  fr: { directorate: 'La direction régionale', ministry: 'Le ministère' },
  en: { directorate: 'the regional directorate', ministry: 'the ministry' },
} as const

/**
 * The seed's paragraph on the team ("Personnel du MIFI dans la région"), generated from the counts: a role nobody
 * holds and an absent office are left out rather than written as "aucun", and no sentence at all when nobody is listed.
 */
export function teamParagraphs(p: TeamCounts): string[] {
  const sentences = p.lang === 'fr' ? frenchTeam(p) : englishTeam(p)
  return sentences.length === 0 ? [] : [sentences.join(' ')]
}

function frenchTeam(p: TeamCounts): string[] {
  const out: string[] = []
  const employer = employers.fr[p.employer ?? 'directorate']
  const advisors = countedNoun(p.advisors, 'advisors', 'fr')
  const agents = countedNoun(p.agents, 'agents', 'fr')
  if (p.advisors > 0) {
    out.push(
      `${employer} peut compter, ${p.locative}, sur une équipe ${frenchDe(advisors)} pour offrir un service ` +
        "clé en main aux entreprises désireuses d'embaucher des personnes immigrantes d'ici ou ailleurs et accompagner " +
        'les collectivités dans leurs efforts pour édifier des communautés accueillantes et inclusives.',
    )
    if (p.agents > 0) out.push(`À ceux-ci, s'ajoute${p.agents > 1 ? 'nt' : ''} ${agents}.`)
  } else if (p.agents > 0) {
    out.push(`${employer} peut compter, ${p.locative}, sur une équipe ${frenchDe(agents)}.`)
  }
  if (out.length > 0 && p.points > 0) {
    const where = p.hosts?.length ? ` situé${p.points > 1 ? 's' : ''} ${hostOfficesClause(p.hosts, 'fr')}` : ''
    out.push(`L'équipe est déployée dans ${countedNoun(p.points, 'points', 'fr')}${where}.`)
  }
  return out
}

function englishTeam(p: TeamCounts): string[] {
  const out: string[] = []
  const employer = employers.en[p.employer ?? 'directorate']
  if (p.advisors > 0) {
    out.push(
      `In ${p.regionName}, ${employer} has a team of ${countedNoun(p.advisors, 'advisors', 'en')} ` +
        'offering a turnkey service to businesses that wish to hire immigrants from here or elsewhere, ' +
        'and supporting communities in building welcoming and inclusive places.',
    )
    if (p.agents > 0) out.push(`They are joined by ${countedNoun(p.agents, 'agents', 'en')}.`)
  } else if (p.agents > 0) {
    out.push(`In ${p.regionName}, ${employer} has a team of ${countedNoun(p.agents, 'agents', 'en')}.`)
  }
  if (out.length > 0 && p.points > 0) {
    const where = p.hosts?.length ? ` located ${hostOfficesClause(p.hosts, 'en')}` : ''
    out.push(`The team works from ${countedNoun(p.points, 'points', 'en')}${where}.`)
  }
  return out
}
