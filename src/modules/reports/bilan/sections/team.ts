import { countedNoun, teamParagraphs } from '../../text/team-sentence.js'
import { hostOfficesClause } from '../../text/host-offices.js'
import { type DraftSection, paragraph, type Wording } from './wording.js'

// "Personnel du MIFI dans la région": the team in force at the end of the period and where its service points are
// housed ("situés dans les bureaux de Services Québec de Gaspé et de Carleton-sur-Mer ainsi qu'à …").

function heading(w: Wording): string {
  if (w.lang === 'fr') return `Personnel du MIFI dans ${w.plural ? 'les régions' : 'la région'}`
  return `MIFI staff in the ${w.plural ? 'regions' : 'region'}`
}

/** Service points and nobody listed at them: the points alone, with their hosts. */
function pointsOnly(w: Wording): string[] {
  const points = w.model.servicePoints
  if (points.length === 0) return []
  const n = countedNoun(points.length, 'points', w.lang)
  const where = hostOfficesClause(points, w.lang)
  if (w.lang === 'fr')
    return [`Les services sont offerts ${w.locative} dans ${n} situé${points.length > 1 ? 's' : ''} ${where}.`]
  return [`Services are offered in ${w.nameEn} at ${n} located ${where}.`]
}

export function teamSection(w: Wording): DraftSection {
  const { team, servicePoints, directorate } = w.model
  const paragraphs = teamParagraphs({
    lang: w.lang,
    locative: w.locative,
    regionName: w.nameEn,
    advisors: team.advisors,
    agents: team.agents,
    points: servicePoints.length,
    employer: directorate ? 'directorate' : 'ministry',
    hosts: servicePoints,
  })
  const text = paragraphs.length > 0 ? paragraphs : pointsOnly(w)
  // Every sentence here states a count: kept whole when a narrative replaces the section's prose.
  return { key: 'team', heading: heading(w), blocks: text.map((t) => paragraph(t, true, t)) }
}
