import type { Lang } from '../../../platform/views/i18n.js'

// Loi 25 (Act respecting the protection of personal information, as amended in 2021): say what is held, why, for how
// long, who sees it, and how to exercise the rights of access and rectification. Keep this page in step with what
// the code does (cookie lifetimes: platform/http/csrf.ts, lang.ts; session length: access SESSION_DAYS).

/** In French: what the public site collects (no personal information, two technical cookies, logs without names). */
function FrenchPublicSite() {
  return (
    <>
      <p class="lead">
        Escale est le système d'une direction régionale du ministère de l'Immigration, de la Francisation et de
        l'Intégration (MIFI). Cette politique explique quels renseignements personnels il détient, pourquoi, combien de
        temps, qui y a accès et comment exercer vos droits.
      </p>
      <h2>Sur le site public</h2>
      <p>
        Les pages publiques ne vous demandent aucun renseignement personnel et n'utilisent ni mesure d'audience ni
        service d'un tiers. Deux témoins (cookies) techniques peuvent être déposés :
      </p>
      <ul>
        <li>
          <code>escale_lang</code> retient la langue que vous avez choisie, pendant un an ;
        </li>
        <li>
          <code>escale_csrf</code> protège les formulaires contre les envois frauduleux ; il n'est déposé que sur une
          page qui contient un formulaire et dure 30 jours.
        </li>
      </ul>
      <p>
        Les journaux techniques du serveur notent l'heure, l'adresse IP et la page demandée (sans ses paramètres), pour
        la sécurité et le bon fonctionnement du service ; ils ne contiennent ni nom ni adresse courriel.
      </p>
    </>
  )
}

/** In French: what the staff application and the portal hold, why, for how long, who sees it. */
function FrenchStaffApp() {
  return (
    <>
      <h2>Dans l'application du personnel et le portail des partenaires</h2>
      <ul>
        <li>
          <strong>Comptes</strong> : nom, adresse courriel, rôle, territoire et mot de passe (conservé seulement sous
          forme chiffrée irréversible), pour contrôler l'accès. Conservés tant que la personne occupe ses fonctions ou
          que l'entente avec son organisme est en vigueur.
        </li>
        <li>
          <strong>Sessions</strong> : une session prend fin 7 jours après la dernière activité, ou à la déconnexion.
        </li>
        <li>
          <strong>Journal d'audit</strong> : qui a consulté ou modifié quel dossier et quand, pour rendre compte de
          chaque accès ; conservé selon le calendrier de conservation du ministère.
        </li>
        <li>
          <strong>Personnes accompagnées</strong> (à mesure que ces fonctions ouvrent) : identité, coordonnées, besoins
          et interventions, pour offrir l'accompagnement Accompagnement Québec. Un organisme partenaire ne voit que ce
          que la personne a consenti à lui communiquer, pour la fin précise de ce consentement. Ces renseignements sont
          conservés selon le calendrier de conservation, puis détruits.
        </li>
      </ul>
      <p>
        Seules les personnes dont les fonctions l'exigent y ont accès, dans leur territoire. Les renseignements ne sont
        ni vendus ni utilisés à d'autres fins. Les statistiques publiées (Bilan, données ouvertes) ne permettent pas
        d'identifier une personne : les petits nombres (de 1 à 4) sont masqués.
      </p>
    </>
  )
}

/** In French: the rights of access and rectification, and whom to ask. */
function FrenchRights() {
  return (
    <>
      <h2>Vos droits</h2>
      <p>
        Vous avez un droit d'accès aux renseignements personnels qui vous concernent et un droit de rectification s'ils
        sont inexacts, incomplets ou équivoques ; vous pouvez aussi retirer un consentement. Adressez votre demande à la
        direction régionale de votre région (coordonnées sur la page <a href="/fr/nous-joindre">Nous joindre</a>) ou à
        la personne responsable de la protection des renseignements personnels du ministère. Elle vous répondra dans les
        délais prévus par la loi.
      </p>
      <p>
        Si vous n'êtes pas satisfait de la réponse, vous pouvez vous adresser à la Commission d'accès à l'information du
        Québec.
      </p>
    </>
  )
}

function French() {
  return (
    <>
      <FrenchPublicSite />
      <FrenchStaffApp />
      <FrenchRights />
    </>
  )
}

/** In English: what the public site collects: no personal information, two technical cookies, logs without names. */
function EnglishPublicSite() {
  return (
    <>
      <p class="lead">
        Escale is the system of a regional directorate of the Ministère de l’Immigration, de la Francisation et de
        l’Intégration (MIFI). This policy explains which personal information it holds, why, for how long, who can see
        it and how to exercise your rights.
      </p>
      <h2>On the public site</h2>
      <p>
        The public pages ask for no personal information and use neither audience measurement nor any third-party
        service. Two technical cookies may be set:
      </p>
      <ul>
        <li>
          <code>escale_lang</code> remembers the language you chose, for one year;
        </li>
        <li>
          <code>escale_csrf</code> protects forms against forged submissions; it is set only on a page that contains a
          form and lasts 30 days.
        </li>
      </ul>
      <p>
        The server's technical logs record the time, the IP address and the page requested (without its parameters), for
        the security and operation of the service; they contain no name and no email address.
      </p>
    </>
  )
}

/** In English: what the staff application and the portal hold, why, for how long, who sees it. */
function EnglishStaffApp() {
  return (
    <>
      <h2>In the staff application and the partner portal</h2>
      <ul>
        <li>
          <strong>Accounts</strong>: name, email address, role, territory and password (kept only in an irreversible
          encrypted form), to control access. Kept while the person holds their position or while the agreement with
          their organization is in force.
        </li>
        <li>
          <strong>Sessions</strong>: a session ends 7 days after the last activity, or at sign-out.
        </li>
        <li>
          <strong>Audit log</strong>: who consulted or changed which record and when, to account for every access; kept
          according to the ministry's retention schedule.
        </li>
        <li>
          <strong>Persons supported</strong> (as these functions open): identity, contact information, needs and
          interventions, to provide the Accompagnement Québec support. A partner organization sees only what the person
          consented to share with it, for the specific purpose of that consent. This information is kept according to
          the retention schedule, then destroyed.
        </li>
      </ul>
      <p>
        Only the people whose duties require it have access, within their territory. The information is neither sold nor
        used for other purposes. Published statistics (Bilan, open data) do not identify anyone: small counts (1 to 4)
        are suppressed.
      </p>
    </>
  )
}

/** In English: the rights of access and rectification, and whom to ask. */
function EnglishRights() {
  return (
    <>
      <h2>Your rights</h2>
      <p>
        You have a right of access to the personal information about you and a right of rectification if it is
        inaccurate, incomplete or ambiguous; you may also withdraw a consent. Send your request to the regional
        directorate of your region (contact information on the <a href="/en/contact-us">Contact us</a> page) or to the
        ministry's person in charge of the protection of personal information. They will answer within the time limits
        set by law.
      </p>
      <p>
        If you are not satisfied with the answer, you may apply to the Commission d’accès à l’information du Québec.
      </p>
    </>
  )
}

function English() {
  return (
    <>
      <EnglishPublicSite />
      <EnglishStaffApp />
      <EnglishRights />
    </>
  )
}

/** The privacy policy (Loi 25): what personal information Escale holds, why, how long, who sees it, your rights. */
export function PrivacyPolicy(p: { lang: Lang }) {
  return p.lang === 'fr' ? <French /> : <English />
}
