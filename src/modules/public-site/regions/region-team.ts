import { teamParagraphs } from '../../reports/index.js'
import type { RegionProfile } from '../../territory/index.js'
import type { Localized } from '../../../platform/errors.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'

// The reports module's team sentence (the Bilan's wording) names the regional directorate as the team's employer. A
// region may have a team and no directorate listed: the ministry is then named instead, so that the page never claims
// a directorate that does not exist. (Cleaner in reports: a `subject` parameter of `teamParagraphs`.)
const directorateSubject: Localized = { fr: 'La direction régionale peut compter', en: 'the regional directorate has' }
const ministrySubject: Localized = { fr: 'Le ministère peut compter', en: 'the ministry has' }

/**
 * The region's team in a paragraph (advisors, agents, service points), from the Bilan's wording, with the ministry as
 * subject where no directorate is listed; none when nobody is listed (service points alone make no team sentence).
 */
export function regionTeamParagraphs(lang: Lang, profile: RegionProfile): string[] {
  const { region, advisors, agents } = profile
  const paragraphs = teamParagraphs({
    lang,
    locative: region.locativeFr,
    regionName: localName(lang, region),
    advisors,
    agents,
    points: profile.servicePoints.length,
  })
  if (profile.directorate) return paragraphs
  return paragraphs.map((t) => t.replaceAll(directorateSubject[lang], ministrySubject[lang]))
}
