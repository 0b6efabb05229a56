import { importColumn as col } from '../../access/index.js'
import type { ImportColumn } from '../../access/index.js'

// The CSV columns of each import, documented on the upload page, in `escale import <entity> --help` and the README.
// Several values in one cell (citizenships, languages) are separated by "|".
export const personColumns: readonly ImportColumn[] = [
  col('given_name', true, 'Prénom', 'Given name'),
  col('family_name', true, 'Nom de famille', 'Family name'),
  col('birth_date', true, 'Date de naissance (AAAA-MM-JJ)', 'Date of birth (YYYY-MM-DD)'),
  col('gender', false, 'female, male ou another', 'female, male or another'),
  col('country_of_birth', false, 'Pays de naissance (ISO 3166, ex. HT)', 'Country of birth (ISO 3166, e.g. HT)'),
  col('citizenships', false, 'Citoyennetés (ISO 3166, séparées par |)', 'Citizenships (ISO 3166, separated by |)'),
  col(
    'languages',
    false,
    'Langues parlées (ISO 639-1, séparées par |)',
    'Languages spoken (ISO 639-1, separated by |)',
  ),
  col('french_oral_comprehension', false, 'Compréhension orale (1 à 12)', 'Oral comprehension (1 to 12)'),
  col('french_oral_production', false, 'Production orale (1 à 12)', 'Oral production (1 to 12)'),
  col('french_written_comprehension', false, 'Compréhension écrite (1 à 12)', 'Written comprehension (1 to 12)'),
  col('french_written_production', false, 'Production écrite (1 à 12)', 'Written production (1 to 12)'),
  col(
    'immigration_category',
    false,
    'economic, family_reunification, government_assisted_refugee, sponsored_refugee, protected_person, other_permanent, temporary_foreign_worker, international_student, asylum_seeker, other_temporary',
    'economic, family_reunification, government_assisted_refugee, sponsored_refugee, protected_person, other_permanent, temporary_foreign_worker, international_student, asylum_seeker, other_temporary',
  ),
  col('status_obtained_on', false, 'Statut obtenu le (AAAA-MM-JJ)', 'Status obtained on (YYYY-MM-DD)'),
  col('status_expires_on', false, 'Statut valide jusqu’au (AAAA-MM-JJ)', 'Status valid until (YYYY-MM-DD)'),
  col('arrival_date', false, 'Arrivée au Québec (AAAA-MM-JJ)', 'Arrival in Québec (YYYY-MM-DD)'),
  col('region_code', true, 'Région d’établissement (01 à 17)', 'Settlement region (01 to 17)'),
  col('mrc_code', false, 'MRC (code géographique)', 'RCM (geographic code)'),
  col('email', false, 'Courriel', 'Email'),
  col('phone', false, 'Téléphone', 'Phone'),
  col('street_address', false, 'Adresse', 'Street address'),
  col('city', false, 'Municipalité', 'Municipality'),
  col('postal_code', false, 'Code postal', 'Postal code'),
  col('preferred_language', false, 'Langue de correspondance : fr ou en', 'Preferred language: fr or en'),
  col(
    'confirmed_not_duplicate',
    false,
    'true si une personne semblable existe et qu’il s’agit bien d’une autre',
    'true if a similar person exists and this is indeed someone else',
  ),
]

/** The person a dossier or an intervention row is about: by id, or by name and date of birth (one match). */
const personKey = [
  col(
    'person_id',
    false,
    'Identifiant de la personne (sinon nom et date de naissance)',
    'Person id (else name and birth date)',
  ),
  col('given_name', false, 'Prénom de la personne', 'Given name of the person'),
  col('family_name', false, 'Nom de famille de la personne', 'Family name of the person'),
  col('birth_date', false, 'Date de naissance de la personne', 'Date of birth of the person'),
]

export const dossierColumns: readonly ImportColumn[] = [
  ...personKey,
  col('service_point', true, 'Point de services (nom exact ou identifiant)', 'Service point (exact name or id)'),
  col('agent_email', false, 'Courriel de l’agent·e assigné·e', 'Email of the assigned agent'),
  col(
    'intake_channel',
    true,
    'pre_departure, airport_welcome, walk_in, online_request, partner_referral, regional_transfer',
    'pre_departure, airport_welcome, walk_in, online_request, partner_referral, regional_transfer',
  ),
  col('starts_on', true, 'Arrivée ou demande (AAAA-MM-JJ)', 'Arrival or request (YYYY-MM-DD)'),
]

export const interventionColumns: readonly ImportColumn[] = [
  col(
    'dossier_number',
    false,
    'Numéro de dossier (AQ-…), sinon le dernier dossier de la personne',
    'Dossier number (AQ-…), else the person’s latest dossier',
  ),
  ...personKey,
  col(
    'occurred_at',
    true,
    'Date et heure (AAAA-MM-JJ HH:MM, heure du Québec)',
    'Date and time (YYYY-MM-DD HH:MM, Québec time)',
  ),
  col('mode', true, 'in_person, phone, video ou email', 'in_person, phone, video or email'),
  col('duration_minutes', true, 'Durée en minutes (1 à 600)', 'Duration in minutes (1 to 600)'),
  col('summary', true, 'Résumé', 'Summary'),
]
