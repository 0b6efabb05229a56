import type { Lang } from '../../../platform/views/i18n.js'

/** In French: the standard aimed at and what is done to meet it. */
function FrenchCommitments() {
  return (
    <>
      <p class="lead">
        Escale vise à être utilisable par toutes et tous, y compris les personnes qui utilisent un lecteur d'écran, le
        clavier seulement, une loupe ou un petit écran.
      </p>
      <h2>Norme visée</h2>
      <p>
        Le site public, l'application du personnel et le portail des partenaires visent la conformité aux Règles pour
        l'accessibilité des contenus Web (WCAG) 2.1, niveau AA.
      </p>
      <h2>Ce que nous faisons</h2>
      <ul>
        <li>
          Chaque page fonctionne sans JavaScript et au clavier seulement ; un lien en haut de page mène au contenu.
        </li>
        <li>
          Chaque page est vérifiée automatiquement (axe, règles WCAG 2.1 AA), en français et en anglais, à chaque
          modification.
        </li>
        <li>
          Les pages s'adaptent à une largeur de 320 pixels sans défilement horizontal ; les grands tableaux défilent
          dans leur propre zone.
        </li>
        <li>Les textes et l'indicateur de focus du clavier respectent les rapports de contraste des WCAG 2.1 AA.</li>
        <li>
          Les erreurs d'un formulaire sont énumérées en haut du formulaire et affichées à côté de chaque champ, en mots.
        </li>
      </ul>
    </>
  )
}

/** In French: the known limits and how to report a barrier. */
function FrenchLimits() {
  return (
    <>
      <h2>Limites connues</h2>
      <p>
        Les vérifications automatiques ne trouvent pas tous les obstacles. Les documents produits par les versions à
        venir (rapports en PDF ou en Word) seront vérifiés au moment de leur publication.
      </p>
      <h2>Signaler un obstacle</h2>
      <p>
        Si une page ou un document est difficile à utiliser, ou si vous avez besoin d'une information dans un autre
        format, écrivez ou téléphonez à la direction régionale de votre région : ses coordonnées sont sur la page{' '}
        <a href="/fr/nous-joindre">Nous joindre</a>. Indiquez l'adresse de la page et ce que vous cherchiez à faire ;
        nous vous répondrons et vous proposerons une solution de rechange.
      </p>
    </>
  )
}

/** In English: the standard aimed at and what is done to meet it. */
function EnglishCommitments() {
  return (
    <>
      <p class="lead">
        Escale aims to be usable by everyone, including people who use a screen reader, a keyboard only, a magnifier or
        a small screen.
      </p>
      <h2>Standard</h2>
      <p>
        The public site, the staff application and the partner portal aim to conform to the Web Content Accessibility
        Guidelines (WCAG) 2.1, level AA.
      </p>
      <h2>What we do</h2>
      <ul>
        <li>
          Every page works without JavaScript and with the keyboard alone; a link at the top skips to the content.
        </li>
        <li>Every page is checked automatically (axe, WCAG 2.1 AA rules) in French and in English at each change.</li>
        <li>Pages reflow at 320 pixels wide without horizontal scrolling; wide tables scroll inside their own area.</li>
        <li>Text and the keyboard focus indicator meet the contrast ratios of WCAG 2.1 AA.</li>
        <li>Form errors are listed at the top of the form and shown next to each field, in words.</li>
      </ul>
    </>
  )
}

/** In English: the known limits and how to report a barrier. */
function EnglishLimits() {
  return (
    <>
      <h2>Known limits</h2>
      <p>
        Automatic checks do not find every barrier. Documents produced by later versions (reports in PDF or Word) will
        be checked when they are published.
      </p>
      <h2>Tell us about a barrier</h2>
      <p>
        If a page or a document is hard to use, or if you need information in another format, write to or call the
        regional directorate of your region: its contact information is on the <a href="/en/contact-us">Contact us</a>{' '}
        page. Tell us the address of the page and what you were trying to do; we will answer and offer an alternative.
      </p>
    </>
  )
}

/** The accessibility statement: the standard aimed at, how it is checked, known limits and whom to tell. */
export function AccessibilityStatement(p: { lang: Lang }) {
  return p.lang === 'fr' ? (
    <>
      <FrenchCommitments />
      <FrenchLimits />
    </>
  ) : (
    <>
      <EnglishCommitments />
      <EnglishLimits />
    </>
  )
}
