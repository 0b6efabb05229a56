import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildAssessedDossier, buildOrganization, buildPlanStep } from '../../../../test/factories/plans.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildStaff } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { listDossierNeeds } from '../needs/need.service.js'
import { listPlanSteps } from './plan.service.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let agent: TestUser
let otherRegion: TestUser
let director: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
  otherRegion = await app.userOf('agent', 'region', '01')
  director = await app.userOf('director', 'region', '11')
})

const page = (id: string) => `/app/dossiers/${id}/besoins`
const actions = async (entityId: string) =>
  (
    await queryRows<{ action: string; details: Record<string, unknown> | null }>(
      app.system.db,
      sql`select action, details from access.audit_events where entity_id = ${entityId} order by id`,
    )
  ).map((r) => r.action)

describe('the needs and plan page', () => {
  test('shows the catalogue by volet, one fieldset each, with the dossier’s assessment ticked', async () => {
    const { dossier } = await buildAssessedDossier(app.system)
    const res = await app.injectAs(agent, { method: 'GET', url: page(dossier.id) })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<h1>Besoins et plan d’action<\/h1>/)
    for (const legend of [
      'Installation',
      'Francisation',
      'Intégration au marché de l’emploi',
      'Intégration à la collectivité',
    ])
      assert.match(res.body, new RegExp(`<legend>${legend}</legend>`))
    assert.match(res.body, /name="need_housing" value="true" checked/)
    assert.doesNotMatch(res.body, /name="need_daycare" value="true" checked/)
    assert.ok((await actions(dossier.id)).includes('plan.viewed'))
  })

  test('saves an assessment and redirects; a ticked need without priority is refused in French and English', async () => {
    const dossier = await buildDossier(app.system)
    const ok = await app.injectAs(agent, {
      method: 'POST',
      url: page(dossier.id),
      headers: formHeaders,
      payload: form({
        need_daycare: 'true',
        priority_daycare: 'high',
        status_daycare: 'identified',
        notes_daycare: 'CPE',
      }),
    })
    assert.equal(ok.statusCode, 303)
    assert.equal(ok.headers.location, `${page(dossier.id)}?saved=needs`)
    assert.deepEqual(
      (await listDossierNeeds(app.system, dossier.id)).map((n) => [n.code, n.priority, n.notes]),
      [['daycare', 'high', 'CPE']],
    )
    const missing = {
      need_daycare: 'true',
      priority_daycare: 'high',
      need_banking: 'true',
      status_banking: 'identified',
    }
    for (const [lang, message] of [
      ['fr', 'Choisissez la priorité de ce besoin.'],
      ['en', 'Choose this need’s priority.'],
    ] as const) {
      const res = await app.injectAs(agent, {
        method: 'POST',
        url: page(dossier.id),
        headers: formHeaders,
        cookies: { escale_lang: lang },
        payload: form(missing),
      })
      assert.equal(res.statusCode, 400)
      assert.match(res.body, new RegExp(`id="f-priority_banking-error"[^>]*>${message}`))
      assert.match(res.body, /href="#f-priority_banking"/)
      assert.match(res.body, /name="need_banking" value="true" checked/)
    }
    assert.equal((await listDossierNeeds(app.system, dossier.id)).length, 1)
  })

  test('adds a step, changes its status, and refuses a step without its action', async () => {
    const { dossier, needId } = await buildAssessedDossier(app.system)
    const added = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/dossiers/${dossier.id}/plan/etapes`,
      headers: formHeaders,
      payload: form({
        needId: needId('housing'),
        action: 'Visiter trois logements',
        responsible: 'person',
        dueOn: '2030-05-01',
        status: 'planned',
      }),
    })
    assert.equal(added.statusCode, 303)
    const [step] = await listPlanSteps(app.system, dossier.id)
    assert.equal(step?.action, 'Visiter trois logements')
    const changed = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/dossiers/${dossier.id}/plan/etapes/${step!.id}`,
      headers: formHeaders,
      payload: form({ status: 'done' }),
    })
    assert.equal(changed.statusCode, 303)
    assert.equal((await listPlanSteps(app.system, dossier.id))[0]?.status, 'done')
    const refused = await app.injectAs(agent, {
      method: 'POST',
      url: `/app/dossiers/${dossier.id}/plan/etapes`,
      headers: formHeaders,
      payload: form({ needId: needId('housing'), responsible: 'agent', status: 'planned' }),
    })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /id="f-action-error"[^>]*>Ce champ est obligatoire/)
  })

  test('a director reads the assessment and the plan without forms', async () => {
    const { dossier, needId } = await buildAssessedDossier(app.system)
    await buildPlanStep(app.system, dossier.id, needId('housing'))
    const res = await app.injectAs(director, { method: 'GET', url: page(dossier.id) })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Visiter des logements/)
    assert.doesNotMatch(res.body, /name="need_housing"/)
    assert.doesNotMatch(res.body, /plan\/etapes/)
  })

  test('another region’s agent gets 404 on the page, its forms and the printed plan; an advisor gets 403', async () => {
    const { dossier, needId } = await buildAssessedDossier(app.system)
    const step = await buildPlanStep(app.system, dossier.id, needId('housing'))
    for (const [method, url, payload] of [
      ['GET', page(dossier.id), undefined],
      ['POST', page(dossier.id), form({ need_housing: 'true', priority_housing: 'low' })],
      [
        'POST',
        `/app/dossiers/${dossier.id}/plan/etapes`,
        form({ needId: needId('housing'), action: 'x', responsible: 'agent' }),
      ],
      ['POST', `/app/dossiers/${dossier.id}/plan/etapes/${step.id}`, form({ status: 'done' })],
      ['GET', `/app/dossiers/${dossier.id}/plan/imprimer?langue=fr`, undefined],
    ] as const) {
      const res = await app.injectAs(otherRegion, { method, url, headers: formHeaders, payload })
      assert.equal(res.statusCode, 404, `${method} ${url}`)
    }
    assert.equal((await listPlanSteps(app.system, dossier.id))[0]?.status, 'planned')
    const advisor = await app.userOf('advisor', 'region', '11')
    assert.equal((await app.injectAs(advisor, { method: 'GET', url: page(dossier.id) })).statusCode, 403)
  })
})

describe('the printed plan', () => {
  let n = 0
  async function printable() {
    n++
    const sp = await buildStaff(app.system, {
      fullName: 'Awa Diallo',
      email: `awa.diallo${n}@example.org`,
      phone: '418 555-0101',
    })
    const person = await buildPerson(app.system, {
      givenName: 'Mélanie',
      familyName: 'Tremblay',
      preferredLanguage: 'en',
    })
    const built = await buildAssessedDossier(app.system, undefined, { personId: person.id, agentId: sp.id })
    const org = await buildOrganization(app.system, '11')
    await buildPlanStep(app.system, built.dossier.id, built.needId('housing'), '2030-04-15')
    await app.injectAs(agent, {
      method: 'POST',
      url: `/app/dossiers/${built.dossier.id}/plan/etapes`,
      headers: formHeaders,
      payload: form({
        needId: built.needId('french_courses'),
        action: 'S’inscrire au cours',
        responsible: 'partner',
        organizationId: org.id,
        status: 'in_progress',
      }),
    })
    return built.dossier
  }

  test('in French: the person, the dossier, the needs by volet with their steps, the agent and the service point', async () => {
    const dossier = await printable()
    const res = await app.injectAs(agent, { method: 'GET', url: `/app/dossiers/${dossier.id}/plan/imprimer?langue=fr` })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<html lang="fr-CA"/)
    for (const text of [
      'Mon plan d’action',
      'Mélanie Tremblay',
      dossier.number,
      '<h2>Installation</h2>',
      '<h3>Logement</h3>',
      'Visiter des logements',
      '15 avril 2030',
      'L’agent·e',
      'Organisme ',
      'S’inscrire au cours',
      'En cours',
      'Awa Diallo',
      'rue Principale',
    ])
      assert.ok(res.body.includes(text), text)
    assert.match(res.body, /awa\.diallo\d+@example\.org/)
    assert.doesNotMatch(res.body, /class="app-nav"/)
    const events = await queryRows<{ details: { lang: string } }>(
      app.system.db,
      sql`select details from access.audit_events where entity_id = ${dossier.id} and action = 'plan.printed'`,
    )
    assert.deepEqual(
      events.map((e) => e.details.lang),
      ['fr'],
    )
  })

  test('in English when asked, whatever the interface language, which stays as it was', async () => {
    const dossier = await printable()
    const res = await app.injectAs(agent, {
      method: 'GET',
      url: `/app/dossiers/${dossier.id}/plan/imprimer?langue=en`,
      cookies: { escale_lang: 'fr' },
    })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<html lang="en-CA"/)
    for (const text of [
      'My action plan',
      'Settling in',
      '<h3>Housing</h3>',
      'Visiter des logements',
      'April 15, 2030',
      'The agent',
      'High',
    ])
      assert.ok(res.body.includes(text), text)
    // The interface's language is not touched: no language cookie is set.
    assert.equal(
      res.cookies.find((c) => c.name === 'escale_lang'),
      undefined,
    )
  })

  test('in the person’s preferred language when none is asked', async () => {
    const dossier = await printable()
    const res = await app.injectAs(agent, { method: 'GET', url: `/app/dossiers/${dossier.id}/plan/imprimer` })
    assert.match(res.body, /My action plan/)
  })
})
