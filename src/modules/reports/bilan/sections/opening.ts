import { countPhrase, type DraftSection, paragraph, type Wording, withFigure } from './wording.js'

// The seed's first three paragraphs: the regionalization project and persons accompanied, the enterprises
// accompanied, the agreements. A count of none leaves its sentence out (no "0 entreprises").

const persons = {
  fr: { one: 'personne immigrante', many: 'personnes immigrantes', gender: 'f' as const },
  en: { one: 'immigrant', many: 'immigrants', gender: 'm' as const },
}
const enterprises = {
  fr: { one: 'entreprise', many: 'entreprises', gender: 'f' as const },
  en: { one: 'business', many: 'businesses', gender: 'm' as const },
}

/** "la Direction régionale du Bas-Saint-Laurent et …", "the … regional directorate", or the ministry when none. */
function directorateSubject(w: Wording): string {
  const d = w.model.directorate
  if (w.lang === 'fr') {
    if (!d) return 'le ministère'
    return /^direction\b/i.test(d.nameFr) ? `la ${d.nameFr}` : d.nameFr
  }
  if (!d) return 'the ministry'
  return /^the\b/i.test(d.nameEn) ? d.nameEn : `the ${d.nameEn}`
}

function shortSubject(w: Wording): string {
  if (w.lang === 'fr') return w.model.directorate ? 'la direction régionale' : 'le ministère'
  return w.model.directorate ? 'the regional directorate' : 'the ministry'
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

export function introSection(w: Wording): DraftSection {
  const n = countPhrase(w.model.personsAccompanied, persons[w.lang], w.lang)
  const fr = () =>
    "Depuis l'annonce de l'ambitieux projet de régionalisation de l'immigration en août 2019 et de la bonification de " +
    `ses services, ${directorateSubject(w)} a pu soutenir des initiatives locales permettant d'aider les personnes ` +
    `immigrantes ${w.de} à bien s'intégrer dans la collectivité.`
  const frFigure = () =>
    n &&
    `À ce jour, ${n.text} ${n.plural ? 'ont été accompagnées' : 'a été accompagnée'} par les agentes et agents ` +
      `d'aide à l'intégration ${w.plural ? 'des régions' : 'de la région'} grâce à Accompagnement Québec, le service ` +
      "d'intégration des personnes immigrantes du MIFI."
  const en = () =>
    'Since the announcement of the ambitious project to regionalize immigration in August 2019 and to enhance its ' +
    `services, ${directorateSubject(w)} has been able to support local initiatives that help immigrants in ` +
    `${w.nameEn} integrate well into the community.`
  const enFigure = () =>
    n &&
    `To date, ${n.text} ${n.plural ? 'have' : 'has'} been accompanied by the ${w.plural ? "regions'" : "region's"} ` +
      "integration support agents through Accompagnement Québec, MIFI's integration service for immigrants."
  return { key: 'intro', blocks: [w.lang === 'fr' ? withFigure(fr(), frFigure()) : withFigure(en(), enFigure())] }
}

export function enterprisesSection(w: Wording): DraftSection {
  const n = countPhrase(w.model.enterprisesAccompanied, enterprises[w.lang], w.lang)
  if (!n) return { key: 'enterprises', blocks: [] }
  const fr = w.lang === 'fr'
  const lead = fr
    ? `De plus, ${shortSubject(w)} a contribué à aider les entreprises à recruter de la main-d'œuvre parmi les ` +
      'personnes immigrantes, à encourager la mobilité interrégionale et à favoriser la réponse aux besoins de ' +
      "main-d'œuvre en région en adéquation avec les compétences des personnes immigrantes."
    : `In addition, ${shortSubject(w)} helped businesses recruit workers among immigrants, encouraged ` +
      'interregional mobility and helped meet regional labour needs in line with the skills of immigrants.'
  const figure = fr
    ? `À ce jour, les conseillères et conseillers en immigration régionale en poste ${w.de} ont accompagné ` +
      `${n.text} ${w.plural ? 'de ces régions' : 'de la région'}.`
    : `To date, the regional immigration advisors of ${w.nameEn} have accompanied ${n.text} ` +
      `in the ${w.plural ? 'regions' : 'region'}.`
  return { key: 'enterprises', blocks: [withFigure(capitalize(lead), figure)] }
}

export function agreementsSection(w: Wording): DraftSection {
  const n = countPhrase(
    w.model.agreements,
    {
      fr: { one: 'entente', many: 'ententes', gender: 'f' as const },
      en: { one: 'agreement', many: 'agreements', gender: 'm' as const },
    }[w.lang],
    w.lang,
  )
  if (!n) return { key: 'agreements', blocks: [] }
  const region = w.plural ? `les régions ${w.de}` : `la région ${w.de}`
  const fr = w.lang === 'fr'
  const figure = fr
    ? `Les mesures mises en place par le MIFI ont également permis d'établir ${n.text} avec ` +
      `${n.plural ? 'différents partenaires' : 'un partenaire'} du milieu.`
    : `The measures put in place by MIFI also made it possible to establish ${n.text} with ` +
      `${n.plural ? 'various local partners' : 'a local partner'}.`
  const rest = fr
    ? `${n.plural ? 'Ces ententes' : 'Cette entente'}, dans le cadre des programmes financiers du MIFI, ` +
      `${n.plural ? 'ont' : 'a'} permis de créer une concertation autour d'actions durables, d'activités de ` +
      "mobilisation et d'accompagnement dans l'installation des personnes immigrantes dans " +
      `${region} au cours de la période.`
    : `${n.plural ? 'These agreements' : 'This agreement'}, under MIFI's funding programs, fostered collaboration ` +
      'around lasting actions, mobilization activities and support for the settlement of immigrants in ' +
      `${w.nameEn} during the period.`
  return { key: 'agreements', blocks: [paragraph(`${figure} ${rest}`, true, figure)] }
}
