import { conflict, invalidInput } from '../../../platform/errors.js'
import { formatDate } from '../../../platform/views/i18n.js'

// Stable error codes of proposals and hires, with their messages in both languages.

export const alreadyProposed = (proposalId?: string) =>
  conflict(
    'PROPOSAL_EXISTS',
    'profileId',
    {
      fr: 'Cette personne a déjà été proposée pour ce besoin.',
      en: 'This candidate has already been proposed for this need.',
    },
    proposalId ? { proposalId } : undefined,
  )

export const needNotOpen = () =>
  conflict('LABOUR_NEED_NOT_OPEN', 'labourNeedId', {
    fr: 'Ce besoin n’est plus ouvert (comblé ou annulé).',
    en: 'This need is no longer open (filled or cancelled).',
  })

export const profileNotVisible = () =>
  invalidInput({
    profileId: {
      fr: 'Candidat introuvable, ou la personne n’a pas consenti au jumelage avec des offres d’emploi.',
      en: 'Candidate not found, or the person has not consented to job matching.',
    },
  })

// Issue 8: another region's candidates appear (and are proposed) only through their declared mobility.
export const profileNotMatchable = () =>
  invalidInput({
    profileId: {
      fr: 'Ce candidat vit hors de votre territoire et n’a pas déclaré vouloir s’installer dans la région de ce besoin.',
      en: 'This candidate lives outside your territory and has not said they would move to this need’s region.',
    },
  })

export const proposedInFuture = () =>
  invalidInput({
    proposedOn: { fr: 'La date ne peut pas être dans le futur.', en: 'The date cannot be in the future.' },
  })

export const nothingToTakeBack = () =>
  illegalAnswer('move', { fr: 'Aucune réponse à annuler.', en: 'No answer to take back.' })

export const illegalAnswer = (field: string, message: { fr: string; en: string }) =>
  conflict('PROPOSAL_ILLEGAL_MOVE', field, message)

export const reasonRequired = () =>
  invalidInput({
    declineReason: { fr: 'Indiquez la raison du refus.', en: 'Give the reason for declining.' },
  })

export const hireDateInFuture = () =>
  invalidInput({
    hiredOn: { fr: 'La date d’embauche ne peut pas être dans le futur.', en: 'The hire date cannot be in the future.' },
  })

export const hireDateBeforeProposal = (proposedOn: string) =>
  invalidInput({
    hiredOn: {
      fr: `La date d’embauche ne peut pas précéder la proposition (${formatDate(proposedOn, 'fr')}).`,
      en: `The hire date cannot precede the proposal (${formatDate(proposedOn, 'en')}).`,
    },
  })
