import type { FigureDefinitions } from './bilan.model.js'

/** Each figure's counting rule (README "Domain rules the Bilan counts"), one sentence in French and in English. */
export const figureDefinitions: FigureDefinitions = {
  personsAccompanied: {
    fr: 'Personnes dont un dossier a reçu au moins une intervention datée dans la période (date civile au Québec, bornes incluses), dans la région du point de services qui l’a donnée, comptées une seule fois.',
    en: 'Persons with a dossier that received at least one intervention dated in the period (civil date in Québec, bounds included), in the region of the service point that gave it, each counted once.',
  },
  enterprisesAccompanied: {
    fr: 'Entreprises de la région ayant reçu au moins un service d’une conseillère ou d’un conseiller daté dans la période (bornes incluses), comptées une seule fois.',
    en: 'Enterprises of the region that received at least one advisor service dated in the period (bounds included), each counted once.',
  },
  agreements: {
    fr: 'Ententes signées au plus tard à la fin de la période dont la durée, jusqu’à leur résiliation le cas échéant, chevauche la période.',
    en: 'Agreements signed by the end of the period whose term, up to their termination if any, overlaps the period.',
  },
  team: {
    fr: 'Conseillères et conseillers et agentes et agents en poste dans la région le dernier jour de la période.',
    en: 'Advisors and agents in post in the region on the last day of the period.',
  },
  servicePoints: {
    fr: 'Points de services ouverts dans la région le dernier jour de la période, avec leur bureau hôte et leur adresse.',
    en: 'Service points open in the region on the last day of the period, with their host office and address.',
  },
  actionKinds: {
    fr: 'Types d’actions locales financées dont au moins une action se déroule en partie dans la période, avec leur nombre d’actions.',
    en: 'Kinds of funded local actions with at least one action taking place partly in the period, with their number of actions.',
  },
  resourceOrganizations: {
    fr: 'Organismes inscrits publiquement comme ressources de la région : ceux de la région et ceux qui déclarent la desservir.',
    en: 'Organizations listed publicly as resources of the region: its own and those that declare they serve it.',
  },
  committedAmounts: {
    fr: 'Sommes annuelles des ententes comptées, par programme et par exercice financier (1er avril au 31 mars) touché par la période.',
    en: 'Yearly amounts of the agreements counted, by program and by fiscal year (April 1 to March 31) the period touches.',
  },
}
