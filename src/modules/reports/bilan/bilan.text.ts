import type { Lang } from '../../../platform/views/i18n.js'
import type { BilanDocument, BilanNarrative } from './bilan.document.js'
import type { BilanModel } from './bilan.model.js'
import { applyNarrative } from './sections/narrative.js'
import { agreementsSection, enterprisesSection, introSection } from './sections/opening.js'
import { projectsSection, resourcesSection } from './sections/projects.js'
import { servicePointsSection } from './sections/service-points.js'
import { teamSection } from './sections/team.js'
import { dataLine, periodYears, type Wording, wordingOf } from './sections/wording.js'

const ministry = {
  fr: "Ministère de l'Immigration, de la Francisation et de l'Intégration",
  en: 'Ministry of Immigration, Francization and Integration',
}

function title(w: Wording): string {
  const years = periodYears(w.model.period)
  return w.lang === 'fr' ? `Bilan des réalisations ${years} ${w.de}` : `${years} Report on Achievements in ${w.nameEn}`
}

/**
 * The Bilan as text in one language, following the seed's structure and register (French) or its faithful
 * translation (English), with the director's narrative added or substituted per section.
 */
export function bilanDocument(model: BilanModel, lang: Lang, narrative: BilanNarrative = {}): BilanDocument {
  const w = wordingOf(model, lang)
  const drafts = [
    introSection(w),
    enterprisesSection(w),
    agreementsSection(w),
    teamSection(w),
    projectsSection(w),
    resourcesSection(w),
    servicePointsSection(w),
  ]
  return {
    lang,
    title: title(w),
    ministry: ministry[lang],
    sections: applyNarrative(drafts, narrative, lang),
    dataLine: dataLine(model.dataAsOf, lang),
  }
}
