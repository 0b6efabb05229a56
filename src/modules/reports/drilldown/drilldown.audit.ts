import type { AuditVocabulary } from '../../access/index.js'

/** The action of reading the named persons behind a Bilan figure (details: figure, regions, period, count). */
export const DRILLDOWN_VIEWED = 'bilan.drilldown_viewed'

/** What the audit journal calls this feature's actions and records. */
export const drillDownAuditLabels: AuditVocabulary = {
  actions: {
    [DRILLDOWN_VIEWED]: {
      fr: 'Consultation des personnes derrière un chiffre du bilan',
      en: 'Persons behind a Bilan figure viewed',
    },
  },
  entities: { bilan_figure: { fr: 'Chiffre du bilan', en: 'Bilan figure' } },
}
