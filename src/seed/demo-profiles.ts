// Fictional persons of the demo region (Gaspésie–Îles-de-la-Madeleine): names of many origins, their countries,
// languages, immigration categories and French levels. Chosen by index, so the demo is the same on every load.

type Category =
  | 'economic'
  | 'family_reunification'
  | 'government_assisted_refugee'
  | 'sponsored_refugee'
  | 'protected_person'
  | 'other_permanent'
  | 'temporary_foreign_worker'
  | 'international_student'
  | 'asylum_seeker'
  | 'other_temporary'

type Origin = {
  country: string
  languages: string[]
  categories: Category[]
  given: string[]
  family: string[]
}

const origins: Origin[] = [
  {
    country: 'FR',
    languages: ['fr'],
    categories: ['economic', 'temporary_foreign_worker'],
    given: ['Élodie', 'Mathéo', 'Léa', 'Théo', 'Chloé'],
    family: ['Lefèvre', 'Moreau', 'Garnier', 'Rousseau'],
  },
  {
    country: 'HT',
    languages: ['fr', 'ht'],
    categories: ['family_reunification', 'protected_person'],
    given: ['Widlene', 'Jean-Robert', 'Mirlande', 'Fritznel'],
    family: ['Pierre-Louis', 'Joseph', 'Étienne', 'Saint-Fleur'],
  },
  {
    country: 'MA',
    languages: ['ar', 'fr'],
    categories: ['economic', 'international_student'],
    given: ['Yasmine', 'Mehdi', 'Salma', 'Youssef'],
    family: ['El Amrani', 'Benali', 'Ouazzani', 'Tazi'],
  },
  {
    country: 'CM',
    languages: ['fr', 'en'],
    categories: ['international_student', 'economic'],
    given: ['Aïcha', 'Brice', 'Nadège', 'Landry'],
    family: ['Ngono', 'Mbarga', 'Tchoumi', 'Fotso'],
  },
  {
    country: 'CO',
    languages: ['es'],
    categories: ['government_assisted_refugee', 'sponsored_refugee'],
    given: ['Valentina', 'Andrés', 'Camila', 'Julián'],
    family: ['Gómez', 'Rodríguez', 'Muñoz', 'Peña'],
  },
  {
    country: 'MX',
    languages: ['es'],
    categories: ['temporary_foreign_worker', 'temporary_foreign_worker'],
    given: ['José Luis', 'Guadalupe', 'Rodrigo', 'Ximena'],
    family: ['Hernández', 'López', 'Ramírez', 'Núñez'],
  },
  {
    country: 'SY',
    languages: ['ar'],
    categories: ['sponsored_refugee', 'government_assisted_refugee'],
    given: ['Rania', 'Khaled', 'Lina', 'Omar'],
    family: ['Al-Hamwi', 'Haddad', 'Khoury', 'Saleh'],
  },
  {
    country: 'UA',
    languages: ['uk', 'ru'],
    categories: ['other_temporary', 'temporary_foreign_worker'],
    given: ['Oksana', 'Dmytro', 'Iryna', 'Andriy'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko'],
  },
  {
    country: 'VN',
    languages: ['vi'],
    categories: ['international_student', 'economic'],
    given: ['Thảo', 'Minh', 'Ngọc Anh', 'Quang'],
    family: ['Nguyễn', 'Trần', 'Phạm', 'Lê'],
  },
  {
    country: 'PH',
    languages: ['tl', 'en'],
    categories: ['temporary_foreign_worker', 'family_reunification'],
    given: ['Maricel', 'Jericho', 'Analyn', 'Rodel'],
    family: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista'],
  },
  {
    country: 'SN',
    languages: ['wo', 'fr'],
    categories: ['economic', 'international_student'],
    given: ['Fatou', 'Moussa', 'Awa', 'Cheikh'],
    family: ['Ndiaye', 'Sow', 'Diop', 'Faye'],
  },
  {
    country: 'CN',
    languages: ['zh'],
    categories: ['economic', 'international_student'],
    given: ['Wei', 'Xiaoling', 'Hao', 'Mei'],
    family: ['Zhang', 'Liu', 'Chen', 'Wang'],
  },
  {
    country: 'IN',
    languages: ['hi', 'en'],
    categories: ['international_student', 'temporary_foreign_worker'],
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan'],
    family: ['Sharma', 'Patel', 'Iyer', 'Singh'],
  },
  {
    country: 'CD',
    languages: ['fr', 'ln'],
    categories: ['government_assisted_refugee', 'asylum_seeker'],
    given: ['Grâce', 'Patrick', 'Esther', 'Junior'],
    family: ['Kabongo', 'Mukendi', 'Ilunga', 'Tshibangu'],
  },
]

/** The person of index `i`: a distinct name for each index under 480, an origin and a category. */
export function profileOf(i: number) {
  const origin = origins[i % origins.length]!
  const k = Math.floor(i / origins.length)
  const givenName = origin.given[k % origin.given.length]!
  const familyName = origin.family[(k + Math.floor(k / origin.given.length)) % origin.family.length]!
  const level = (offset: number) => (origin.languages.includes('fr') ? 9 : 2) + ((i + offset) % 4)
  const birthYear = 1962 + ((i * 7) % 40)
  return {
    givenName,
    familyName,
    birthDate: `${birthYear}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`,
    gender: (['female', 'male', null] as const)[i % 3] ?? undefined,
    countryOfBirth: origin.country,
    citizenships: [origin.country],
    languages: origin.languages,
    frenchOralComprehension: level(0),
    frenchOralProduction: level(1),
    frenchWrittenComprehension: level(2),
    frenchWrittenProduction: Math.max(1, level(3) - 1),
    immigrationCategory: origin.categories[k % origin.categories.length]!,
    preferredLanguage: origin.languages.includes('fr') || i % 4 !== 0 ? ('fr' as const) : ('en' as const),
    email: `personne${i + 1}@courriel.example`,
    phone: `418 555-${String(1000 + i).padStart(4, '0')}`,
    city: (['Gaspé', 'Carleton-sur-Mer', 'Bonaventure', 'Chandler', 'Sainte-Anne-des-Monts', 'New Richmond'] as const)[
      i % 6
    ],
  }
}

/** Needs assessed in a dossier, by volet, with a plan step each: chosen by index among realistic combinations. */
export const needSets: { code: string; action: string; responsible: 'person' | 'agent' | 'partner' }[][] = [
  [
    { code: 'housing', action: 'Visiter trois logements avec l’agente', responsible: 'agent' },
    { code: 'french_courses', action: 'S’inscrire au cours de francisation à temps partiel', responsible: 'person' },
    { code: 'community_life', action: 'Participer à l’activité d’accueil de l’organisme', responsible: 'partner' },
  ],
  [
    { code: 'health_insurance_card', action: 'Demander la carte d’assurance maladie', responsible: 'person' },
    { code: 'job_search', action: 'Préparer un curriculum vitae québécois', responsible: 'partner' },
  ],
  [
    { code: 'children_schooling', action: 'Inscrire les enfants à l’école du quartier', responsible: 'agent' },
    { code: 'daycare', action: 'S’inscrire à La Place 0-5', responsible: 'person' },
    { code: 'french_for_work', action: 'Suivre le cours de français en milieu de travail', responsible: 'partner' },
  ],
  [
    { code: 'credential_recognition', action: 'Demander l’évaluation comparative des études', responsible: 'person' },
    { code: 'professional_orders', action: 'Prendre rendez-vous avec l’ordre professionnel', responsible: 'agent' },
  ],
  [
    { code: 'social_insurance_number', action: 'Obtenir le numéro d’assurance sociale', responsible: 'person' },
    { code: 'drivers_licence', action: 'Échanger le permis de conduire', responsible: 'person' },
    { code: 'intercultural_connections', action: 'Jumelage avec une famille de la région', responsible: 'partner' },
  ],
]
