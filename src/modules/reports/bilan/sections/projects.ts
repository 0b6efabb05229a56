import { countInWords } from '../../text/french-numbers.js'
import type { BilanListItem } from '../bilan.document.js'
import { type DraftSection, lowerFirst, paragraph, type Wording } from './wording.js'

// "Voici des projets développés dans la région …" (the kinds of local actions funded in the period, as a list punctuated
// as the seed does) and "Des ressources disponibles" (the resource organizations, linked when they have a website).

function projectsLead(w: Wording, total: number): string {
  const n = countInWords(total, w.lang, 'f')
  if (w.lang === 'fr')
    return total === 1
      ? "Depuis le déploiement régional, une action locale positive et dynamique a pu être réalisée grâce à l'aide " +
          'financière accordée par le MIFI :'
      : `Depuis le déploiement régional, ce sont ${n} actions locales positives et dynamiques qui ont pu être ` +
          "réalisées grâce à l'aide financière accordée par le MIFI, notamment :"
  return total === 1
    ? "Since the regional deployment, one positive and dynamic local action has been carried out thanks to MIFI's " +
        'financial assistance:'
    : `Since the regional deployment, ${n} positive and dynamic local actions have been carried out thanks to MIFI's ` +
        'financial assistance, including:'
}

/** "des brunchs … ;" then the last item with a period, as the seed punctuates its list. */
function punctuated(labels: string[], lang: 'fr' | 'en'): BilanListItem[] {
  const semicolon = lang === 'fr' ? ' ;' : ';'
  return labels.map((label, i) => ({ text: `${lowerFirst(label)}${i === labels.length - 1 ? '.' : semicolon}` }))
}

export function projectsSection(w: Wording): DraftSection {
  const kinds = w.model.actionKinds.filter((k) => k.count > 0)
  const heading =
    w.lang === 'fr'
      ? `Voici des projets développés dans ${w.plural ? 'les régions' : 'la région'} ${w.de}`
      : `Here are some projects developed in ${w.nameEn}`
  if (kinds.length === 0) return { key: 'projects', heading, blocks: [] }
  const total = kinds.reduce((sum, k) => sum + k.count, 0)
  const labels = kinds.map((k) => (w.lang === 'fr' ? k.labelFr : k.labelEn))
  const lead = projectsLead(w, total) // states the number of actions: kept when the prose is replaced
  return {
    key: 'projects',
    heading,
    blocks: [paragraph(lead, true, lead), { kind: 'list', items: punctuated(labels, w.lang) }],
  }
}

export function resourcesSection(w: Wording): DraftSection {
  const orgs = w.model.resourceOrganizations
  const heading = w.lang === 'fr' ? 'Des ressources disponibles' : 'Available resources'
  if (orgs.length === 0) return { key: 'resources', heading, blocks: [] }
  const one = orgs.length === 1
  const lead =
    w.lang === 'fr'
      ? `${one ? 'Une ressource offre' : 'Des ressources offrent'} des services d'intégration et d'accompagnement aux ` +
        `personnes immigrantes qui souhaitent s'établir dans ${w.plural ? 'les régions' : 'la région'} ${w.de} :`
      : `${one ? 'One resource offers' : 'Resources offer'} integration and support services to immigrants who wish ` +
        `to settle in ${w.nameEn}:`
  const items: BilanListItem[] = orgs.map((o) => (o.website ? { text: o.name, href: o.website } : { text: o.name }))
  return { key: 'resources', heading, blocks: [paragraph(lead), { kind: 'list', items }] }
}
