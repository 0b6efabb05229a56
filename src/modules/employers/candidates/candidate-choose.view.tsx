import type { FastifyRequest } from 'fastify'
import type { ConsentingPerson } from '../../people/index.js'
import { AppPage, can, type ModuleDeps } from '../../access/index.js'
import { Field } from '../../../platform/views/fields.js'
import { CANDIDATES } from './candidate-list.pages.js'
import { chooserText as c, candidateText as m } from './candidate.messages.js'

/**
 * Which person: the persons of the caller's territory who consented to job matching and have no profile yet, by name
 * (a plain GET form); agents may also start from the person's file.
 */
export function ChoosePersonPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  q: string | undefined
  persons: ConsentingPerson[]
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.newTitle[lang]}>
      <h1>{m.newTitle[lang]}</h1>
      <p>{c.intro[lang]}</p>
      {p.request.actor && can(p.request.actor, 'people.read') ? (
        <p>
          {m.choosePerson[lang]} <a href="/app/personnes">{m.findPerson[lang]}</a>.
        </p>
      ) : null}
      <form method="get" action={`${CANDIDATES}/nouveau`}>
        <Field lang={lang} name="q" type="search" label={c.name[lang]} value={p.q} maxLength={100} />
        <button class="qc-button qc-secondary" type="submit">
          {c.search[lang]}
        </button>
      </form>
      <h2>{c.listTitle[lang]}</h2>
      {p.persons.length === 0 ? (
        <p>{c.none[lang]}</p>
      ) : (
        <ul>
          {p.persons.map((person) => (
            <li key={person.id}>
              <a href={`${CANDIDATES}/nouveau?personne=${person.id}`}>
                {person.givenName} {person.familyName}
              </a>
            </li>
          ))}
        </ul>
      )}
    </AppPage>
  )
}
