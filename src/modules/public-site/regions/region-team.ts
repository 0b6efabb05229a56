import { teamParagraphs } from '../../reports/index.js'
import type { RegionProfile } from '../../territory/index.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'

/**
 * The region's team in a paragraph (advisors, agents, service points), from the Bilan's wording, with the ministry as
 * subject where no directorate is listed; none when nobody is listed (service points alone make no team sentence).
 */
export function regionTeamParagraphs(lang: Lang, profile: RegionProfile): string[] {
  const { region, advisors, agents } = profile
  // A region may have a team and no directorate listed: the ministry is named instead, never a directorate that does
  // not exist.
  return teamParagraphs({
    lang,
    locative: region.locativeFr,
    regionName: localName(lang, region),
    advisors,
    agents,
    points: profile.servicePoints.length,
    employer: profile.directorate ? 'directorate' : 'ministry',
  })
}
