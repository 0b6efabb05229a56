import type { Localized } from '../../../platform/errors.js'
import type { CredentialStatus, RegionLabel } from './matching.types.js'

const years = (n: number) => ({ fr: n > 1 ? `${n} ans` : `${n} an`, en: n === 1 ? '1 year' : `${n} years` })

const credentialStatusText: Record<CredentialStatus | 'unknown', Localized> = {
  recognized: { fr: 'reconnaissance obtenue', en: 'recognition obtained' },
  in_progress: { fr: 'reconnaissance en cours', en: 'recognition in progress' },
  not_needed: { fr: 'aucune reconnaissance nécessaire', en: 'no recognition needed' },
  not_started: { fr: 'reconnaissance non commencée', en: 'recognition not started' },
  refused: { fr: 'reconnaissance refusée', en: 'recognition refused' },
  unknown: { fr: 'statut de reconnaissance non déclaré', en: 'recognition status not declared' },
}

/** The reason of each criterion of a match score, in both languages. */
export const matchReason = {
  sameUnit: (code: string): Localized => ({
    fr: `même groupe de base (CNP ${code})`,
    en: `same unit group (NOC ${code})`,
  }),
  sameMinor: (code: string, group: string): Localized => ({
    fr: `CNP ${code} : même groupe intermédiaire (${group})`,
    en: `NOC ${code}: same minor group (${group})`,
  }),
  sameSubMajor: (code: string, group: string): Localized => ({
    fr: `CNP ${code} : même sous-grand groupe (${group})`,
    en: `NOC ${code}: same sub-major group (${group})`,
  }),
  sameBroad: (code: string, group: string): Localized => ({
    fr: `CNP ${code} : même grande catégorie professionnelle (${group})`,
    en: `NOC ${code}: same broad occupational category (${group})`,
  }),
  otherOccupation: (code: string): Localized => ({
    fr: `CNP ${code} : aucune parenté avec le poste`,
    en: `NOC ${code}: unrelated to the position`,
  }),
  teer: (declared: number, required: number): Localized => ({
    fr: `FEER ${declared} déclaré, FEER ${required} requis (points réduits de moitié)`,
    en: `TEER ${declared} declared, TEER ${required} required (points halved)`,
  }),
  frenchNone: { fr: 'français : aucun niveau requis', en: 'French: no level required' },
  frenchUndeclared: (required: number): Localized => ({
    fr: `français : niveau ${required} requis, niveau non déclaré`,
    en: `French: level ${required} required, level not declared`,
  }),
  french: (required: number, declared: number): Localized => ({
    fr: `français : niveau ${required} requis, niveau ${declared} déclaré`,
    en: `French: level ${required} required, level ${declared} declared`,
  }),
  experienceNone: { fr: 'expérience : aucune exigée', en: 'experience: none required' },
  experienceUndeclared: (required: number): Localized => ({
    fr: `expérience : ${years(required).fr} exigés, non déclarée`,
    en: `experience: ${years(required).en} required, not declared`,
  }),
  experience: (required: number, declared: number): Localized => ({
    fr: `expérience : ${years(required).fr} exigés, ${years(declared).fr} déclarés`,
    en: `experience: ${years(required).en} required, ${years(declared).en} declared`,
  }),
  credentialNone: { fr: 'aucune reconnaissance exigée', en: 'no credential required' },
  credential: (status: CredentialStatus | null, required: string | null): Localized => {
    const s = credentialStatusText[status ?? 'unknown']
    const what = required
      ? { fr: `${required} : `, en: `${required}: ` }
      : { fr: 'profession réglementée : ', en: 'regulated profession: ' }
    return { fr: `${what.fr}${s.fr}`, en: `${what.en}${s.en}` }
  },
  sameMrc: { fr: 'habite la MRC du poste', en: 'lives in the position’s MRC' },
  sameRegion: (region: RegionLabel): Localized => ({
    fr: `habite la région (${region.nameFr})`,
    en: `lives in the region (${region.nameEn})`,
  }),
  willingToMove: (region: RegionLabel): Localized => ({
    fr: `souhaite s’établir ${region.locativeFr}`,
    en: `willing to move to ${region.nameEn}`,
  }),
  notWillingToMove: (region: RegionLabel): Localized => ({
    fr: `ne souhaite pas s’établir ${region.locativeFr}`,
    en: `not willing to move to ${region.nameEn}`,
  }),
}

/** The names of the criteria. */
export const criterionLabels = {
  occupation: { fr: 'Profession', en: 'Occupation' },
  french: { fr: 'Français', en: 'French' },
  experience: { fr: 'Expérience', en: 'Experience' },
  credentials: { fr: 'Reconnaissance des diplômes', en: 'Credentials' },
  location: { fr: 'Lieu', en: 'Location' },
} as const

/** Texts of the matching pages. */
export const matchText = {
  candidatesTitle: { fr: 'Candidats pour le besoin', en: 'Candidates for the need' },
  offersTitle: { fr: 'Offres pour le candidat', en: 'Offers for the candidate' },
  need: { fr: 'Besoin', en: 'Need' },
  enterprise: { fr: 'Entreprise', en: 'Enterprise' },
  occupation: { fr: 'Profession (CNP)', en: 'Occupation (NOC)' },
  noc: { fr: 'CNP', en: 'NOC' },
  positions: { fr: 'Postes', en: 'Positions' },
  region: { fr: 'Région', en: 'Region' },
  status: { fr: 'Statut', en: 'Status' },
  candidate: { fr: 'Candidat·e', en: 'Candidate' },
  ranked: { fr: 'Candidats classés', en: 'Ranked candidates' },
  rankedNeeds: { fr: 'Besoins classés', en: 'Ranked needs' },
  noCandidates: {
    fr: 'Aucun candidat ne correspond à ce besoin (il faut au moins la même grande catégorie professionnelle).',
    en: 'No candidate matches this need (at least the same broad occupational category is needed).',
  },
  noNeeds: {
    fr: 'Aucun besoin ouvert ne correspond à ce candidat.',
    en: 'No open need matches this candidate.',
  },
  explain: {
    fr: 'Score sur 100 : profession 40, français 20, expérience 15, reconnaissance des diplômes 10, lieu 15. Le classement est recalculé à chaque consultation.',
    en: 'Score out of 100: occupation 40, French 20, experience 15, credentials 10, location 15. The ranking is computed at each visit.',
  },
  score: { fr: 'Score', en: 'Score' },
  criterion: { fr: 'Critère', en: 'Criterion' },
  points: { fr: 'Points', en: 'Points' },
  detail: { fr: 'Détail', en: 'Detail' },
  met: { fr: 'Satisfait', en: 'Met' },
  missing: { fr: 'Manque', en: 'Missing' },
  partial: { fr: 'Partiel', en: 'Partly met' },
  propose: { fr: 'Proposer', en: 'Propose' },
  proposedNotice: {
    fr: 'Le candidat a été proposé à l’entreprise.',
    en: 'The candidate was proposed to the enterprise.',
  },
  proposal: { fr: 'Proposition', en: 'Proposal' },
  backToNeed: { fr: 'Retour au besoin', en: 'Back to the need' },
  backToCandidate: { fr: 'Retour au profil du candidat', en: 'Back to the candidate’s profile' },
  available: { fr: 'disponible le', en: 'available on' },
  startsOn: { fr: 'début le', en: 'starts on' },
  frenchLevelUnit: { fr: '(niveau requis, échelle québécoise 1 à 12)', en: '(level required, Québec scale 1 to 12)' },
  yearsUnit: { fr: 'an(s) exigé(s)', en: 'year(s) required' },
  credential: { fr: 'Reconnaissance exigée', en: 'Credential required' },
  targets: { fr: 'Professions recherchées (CNP)', en: 'Target occupations (NOC)' },
}

/** The proposal statuses as the match list shows them. */
export const proposalStatusText = {
  proposed: { fr: 'Proposé·e', en: 'Proposed' },
  interview: { fr: 'En entrevue', en: 'Interview' },
  hired: { fr: 'Embauché·e', en: 'Hired' },
  declined: { fr: 'Refusé·e', en: 'Declined' },
} as const
