import { type Actor, can, type Scope, type ScopedRecord } from '../../access/index.js'
import { canWorkDossier } from '../access.js'

// Pure rules of consents (Loi 25). Reading goes through the person's visibility (`readablePersonSql`).

/** A person as the consent rules see them: their settlement region and where their dossiers are now. */
export type ConsentSubject = { regionCode: string; dossierLocations: readonly ScopedRecord[] }

/** Staff who write people's files record and withdraw consents for a person whose dossier they work, or of their region. */
export function canWriteConsents(actor: Actor, scope: Scope, person: ConsentSubject): boolean {
  if (!can(actor, 'people.write')) return false
  return person.dossierLocations.some((d) => canWorkDossier(scope, d)) || scope.coversRegion(person.regionCode)
}

/** Whether a consent counts on a date: given by then, not withdrawn, not past its expiry day. */
export function isConsentActive(
  consent: { givenOn: string; expiresOn: string | null; withdrawnAt: Date | null },
  today: string,
): boolean {
  return (
    consent.withdrawnAt === null &&
    consent.givenOn <= today &&
    (consent.expiresOn === null || consent.expiresOn >= today)
  )
}
