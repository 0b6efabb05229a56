import { ctxOf } from '../../access/index.js'
import { listAllRegions } from '../../territory/index.js'
import { canReadProposals } from './proposal.policy.js'
import type { EnterpriseSection } from '../enterprises/enterprise-sections.js'
import { PlacementTable, regionNamer } from './placement-list.pages.js'
import { ProposalTable } from './proposal-list.pages.js'
import { placementText, proposalText as m } from './proposal.messages.js'
import { listEnterprisePlacements } from './placement.service.js'
import { listEnterpriseProposals } from './proposal.service.js'

/** The enterprise page's section: the proposals for its needs and its hires (the enterprise is already scope-checked). */
export const hiresSection: EnterpriseSection = async (request, deps, enterprise) => {
  const ctx = ctxOf(request, deps)
  if (!canReadProposals(ctx.actor)) return null
  const [proposals, placements, regions] = await Promise.all([
    listEnterpriseProposals(ctx, enterprise.id),
    listEnterprisePlacements(ctx, enterprise.id),
    listAllRegions(ctx),
  ])
  const { lang } = request
  return (
    <section aria-labelledby="hires-title">
      <h2 id="hires-title">{m.section[lang]}</h2>
      {proposals.length === 0 ? (
        <p>{m.sectionNone[lang]}</p>
      ) : (
        <ProposalTable lang={lang} label={m.list[lang]} items={proposals} enterprise={false} />
      )}
      {placements.length > 0 ? (
        <>
          <h3>{placementText.list[lang]}</h3>
          <PlacementTable
            lang={lang}
            label={placementText.list[lang]}
            items={placements}
            regionName={regionNamer(lang, regions)}
          />
        </>
      ) : null}
    </section>
  )
}
