import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'
import { submitEmployerRequest } from './employer-request.service.js'
import type { EmployerRequestInput } from './employer-request.contracts.js'

const app = await buildTestApp()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
let advisor: TestUser
let otherRegion: TestUser
let agent: TestUser
let director: TestUser

before(async () => {
  advisor = await app.userOf('advisor', 'region', '11')
  otherRegion = await app.userOf('advisor', 'region', '01')
  agent = await app.userOf('agent', 'region', '11')
  director = await app.userOf('director', 'region', '11')
})

/** A request as the public form stores it, received at a given instant. */
async function buildEmployerRequest(overrides: Partial<EmployerRequestInput> = {}, at = new Date()) {
  const input: EmployerRequestInput = {
    enterpriseName: 'Fumoir Atkins',
    city: 'Mont-Louis',
    regionCode: '11',
    contactName: 'Paul Atkins',
    email: 'paul@fumoir.example',
    language: 'fr',
    message: 'Deux fileteurs pour l’été.',
    ...overrides,
  }
  return submitEmployerRequest({ ...app.system, now: at }, input)
}

async function requestRow(id: string) {
  const [row] = await queryRows<{ status: string; enterprise_id: string | null; rejection_reason: string | null }>(
    app.system.db,
    sql`select status, enterprise_id, rejection_reason from employers.employer_requests where id = ${id}`,
  )
  return row!
}

const auditCount = async (action: string, id: string) =>
  (
    await queryRows<{ n: number }>(
      app.system.db,
      sql`select count(*)::int as n from access.audit_events where action = ${action} and entity_id = ${id}`,
    )
  )[0]!.n

describe('the queue of employer requests', () => {
  test('lists the new requests of the caller’s regions, newest first (page and API)', async () => {
    const older = await buildEmployerRequest({ enterpriseName: 'Plus ancienne' }, new Date('2026-11-02T15:00:00Z'))
    const newer = await buildEmployerRequest({ enterpriseName: 'Plus récente' }, new Date('2026-11-20T15:00:00Z'))
    const elsewhere = await buildEmployerRequest({ enterpriseName: 'Ailleurs', regionCode: '01' })
    const res = await app.injectAs(advisor, { method: 'GET', url: '/api/v1/employer-requests?status=new' })
    assert.equal(res.statusCode, 200)
    const ids: string[] = res.json().data.map((r: { id: string }) => r.id)
    assert.ok(ids.includes(older.id) && ids.indexOf(newer.id) < ids.indexOf(older.id))
    assert.ok(!ids.includes(elsewhere.id))
    const page = await app.injectAs(advisor, { method: 'GET', url: '/app/demandes-entreprises' })
    assert.equal(page.statusCode, 200)
    assert.ok(page.body.indexOf('Plus récente') < page.body.indexOf('Plus ancienne'))
    assert.doesNotMatch(page.body, /Ailleurs/)
    const en = await app.injectAs(advisor, { method: 'GET', url: '/app/demandes-entreprises?lang=en' })
    assert.match(en.body, /<h1>Employer requests<\/h1>/)
    const bad = await app.injectAs(advisor, { method: 'GET', url: '/app/demandes-entreprises?status=zz' })
    assert.equal(bad.statusCode, 400)
  })

  test('refuses roles that do not handle employer requests (403) and hides another region’s request (404)', async () => {
    const r = await buildEmployerRequest()
    for (const user of [agent, director]) {
      assert.equal((await app.injectAs(user, { method: 'GET', url: '/api/v1/employer-requests' })).statusCode, 403)
      assert.equal((await app.injectAs(user, { method: 'GET', url: '/app/demandes-entreprises' })).statusCode, 403)
    }
    const url = `/app/demandes-entreprises/${r.id}`
    assert.equal((await app.injectAs(otherRegion, { method: 'GET', url })).statusCode, 404)
    assert.equal(
      (await app.injectAs(otherRegion, { method: 'GET', url: `/api/v1/employer-requests/${r.id}` })).statusCode,
      404,
    )
    const reject = await app.injectAs(otherRegion, {
      method: 'POST',
      url: `/api/v1/employer-requests/${r.id}/reject`,
      payload: { reason: 'Pas ici' },
    })
    assert.equal(reject.statusCode, 404)
    const unknown = '/app/demandes-entreprises/00000000-0000-4000-8000-000000000000'
    assert.equal((await app.injectAs(advisor, { method: 'GET', url: unknown })).statusCode, 404)
    assert.equal((await requestRow(r.id)).status, 'new')
  })

  test('shows a request in full and audits every reading of it', async () => {
    const r = await buildEmployerRequest({ enterpriseName: 'Auberge du Phare', positionsWanted: 3 })
    const res = await app.injectAs(advisor, { method: 'GET', url: `/app/demandes-entreprises/${r.id}` })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<dt>Personne-ressource<\/dt>\s*<dd>Paul Atkins<\/dd>/)
    assert.match(res.body, /<dt>Nombre de postes à pourvoir<\/dt>\s*<dd>3<\/dd>/)
    await app.injectAs(advisor, { method: 'GET', url: `/api/v1/employer-requests/${r.id}` })
    assert.equal(await auditCount('employer_request.viewed', r.id), 2)
  })

  test('rejects with a reason; without one, a message in French and English; a handled request cannot change', async () => {
    const r = await buildEmployerRequest()
    const url = `/app/demandes-entreprises/${r.id}/rejeter`
    const empty = await app.injectAs(advisor, { method: 'POST', url, headers: formHeaders, payload: form({}) })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /id="f-reason-error">Ce champ est obligatoire/)
    const en = await app.injectAs(advisor, {
      method: 'POST',
      url: `/api/v1/employer-requests/${r.id}/reject?lang=en`,
      payload: { reason: '' },
    })
    assert.equal(en.statusCode, 400)
    const ok = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ reason: 'Pourriel' }),
    })
    assert.equal(ok.statusCode, 303)
    assert.equal(ok.headers.location, '/app/demandes-entreprises?saved=1')
    assert.deepEqual(await requestRow(r.id), { status: 'rejected', enterprise_id: null, rejection_reason: 'Pourriel' })
    assert.equal(await auditCount('employer_request.rejected', r.id), 1)
    const again = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ reason: 'x' }),
    })
    assert.equal(again.statusCode, 409)
  })
})

describe('turning a request into an enterprise record', () => {
  test('shows the possible duplicates first: the same NEQ, or a similar name in the same municipality', async () => {
    const neq = testNeq()
    const sameNeq = await buildEnterprise(app.system, { legalName: 'Nom tout autre inc.', neq, city: 'Gaspé' })
    const similar = await buildEnterprise(app.system, { legalName: 'Les Pêcheries Cap-Rouge inc.', city: 'Gaspé' })
    const otherCity = await buildEnterprise(app.system, { legalName: 'Pêcheries Cap-Rouge', city: 'Percé' })
    const otherRegionOne = await buildEnterprise(app.system, {
      legalName: 'Pecheries Cap Rouge',
      city: 'Gaspé',
      regionCode: '01',
      mrcCode: null,
    })
    const r = await buildEmployerRequest({ enterpriseName: 'Pecheries Cap-Rouge', city: 'GASPE', neq })
    const res = await app.injectAs(advisor, { method: 'GET', url: `/app/demandes-entreprises/${r.id}/entreprise` })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Entreprises possiblement déjà inscrites/)
    assert.ok(res.body.indexOf(sameNeq.legalName) < res.body.indexOf(similar.legalName), 'the same NEQ first')
    assert.match(res.body, new RegExp(`name="enterpriseId" value="${similar.id}"`))
    assert.doesNotMatch(res.body, new RegExp(`${otherCity.id}|${otherRegionOne.id}`))
    const none = await buildEmployerRequest({ enterpriseName: 'Tout nouveau chantier naval' })
    const page = await app.injectAs(advisor, {
      method: 'GET',
      url: `/app/demandes-entreprises/${none.id}/entreprise?lang=en`,
    })
    assert.match(page.body, /No similar enterprise is on record in the region/)
  })

  test('links the request to an enterprise of its region: converted with its enterprise, audited; not twice', async () => {
    const enterprise = await buildEnterprise(app.system, { legalName: 'Boulangerie Gaspésienne', city: 'Gaspé' })
    const r = await buildEmployerRequest({ enterpriseName: 'Boulangerie gaspesienne', city: 'Gaspé' })
    const url = `/app/demandes-entreprises/${r.id}/associer`
    const res = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ enterpriseId: enterprise.id }),
    })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `/app/demandes-entreprises/${r.id}?saved=1`)
    assert.deepEqual(await requestRow(r.id), {
      status: 'converted',
      enterprise_id: enterprise.id,
      rejection_reason: null,
    })
    assert.equal(await auditCount('employer_request.converted', r.id), 1)
    const page = await app.injectAs(advisor, { method: 'GET', url: `/app/demandes-entreprises/${r.id}` })
    assert.match(page.body, new RegExp(`href="/app/entreprises/${enterprise.id}"`))
    assert.doesNotMatch(page.body, /Rejeter la demande/)
    const again = await app.injectAs(advisor, { method: 'GET', url: `/app/demandes-entreprises/${r.id}/entreprise` })
    assert.equal(again.statusCode, 409)
  })

  test('refuses to link to an enterprise of another region or to an unknown one (400, a message each)', async () => {
    const elsewhere = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null })
    const r = await buildEmployerRequest()
    const url = `/app/demandes-entreprises/${r.id}/associer`
    for (const enterpriseId of [elsewhere.id, '00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
      const res = await app.injectAs(advisor, {
        method: 'POST',
        url,
        headers: formHeaders,
        payload: form({ enterpriseId }),
      })
      assert.equal(res.statusCode, 400)
      assert.match(res.body, /id="f-enterpriseId-error"|Entreprise : /)
    }
    const api = await app.injectAs(otherRegion, {
      method: 'POST',
      url: `/api/v1/employer-requests/${r.id}/link`,
      payload: { enterpriseId: elsewhere.id },
    })
    assert.equal(api.statusCode, 404)
    assert.equal((await requestRow(r.id)).status, 'new')
  })
})

describe('creating a new enterprise from a request', () => {
  const post = (id: string, data: Record<string, string>) =>
    app.injectAs(advisor, {
      method: 'POST',
      url: `/app/demandes-entreprises/${id}/creer`,
      headers: formHeaders,
      payload: form(data),
    })
  const created = async (id: string) =>
    (
      await queryRows<{ legal_name: string; region_code: string; neq: string | null; created_by: string | null }>(
        app.system.db,
        sql`select e.legal_name, e.region_code, e.neq, e.created_by from employers.enterprises e
          join employers.employer_requests r on r.enterprise_id = e.id where r.id = ${id}`,
      )
    )[0]

  test('prefills the new record from the request; creates it in the request’s region and converts the request', async () => {
    const neq = testNeq()
    const r = await buildEmployerRequest({ enterpriseName: 'Chantier naval Les Méchins', city: 'Les Méchins', neq })
    const page = await app.injectAs(advisor, { method: 'GET', url: `/app/demandes-entreprises/${r.id}/entreprise` })
    assert.match(page.body, /name="legalName"[^>]*value="Chantier naval Les Méchins"/)
    assert.match(page.body, new RegExp(`name="neq"[^>]*value="${neq}"`))
    assert.match(page.body, /<input type="hidden" name="regionCode" value="11"\/>/)
    // The request's message lands in the notes, a multi-line field (not a one-line input).
    assert.match(page.body, /<textarea id="f-notes" name="notes" rows="4" maxlength="2000"[^>]*>Demande du site public/)
    const data = {
      legalName: 'Chantier naval Les Méchins',
      neq,
      city: 'Les Méchins',
      scianCode: '31-33',
      regionCode: '11',
    }
    const res = await post(r.id, data)
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `/app/demandes-entreprises/${r.id}?saved=1`)
    assert.equal((await requestRow(r.id)).status, 'converted')
    const userId = advisor.actor.kind === 'user' ? advisor.actor.userId : null
    assert.deepEqual(await created(r.id), {
      legal_name: 'Chantier naval Les Méchins',
      region_code: '11',
      neq,
      created_by: userId,
    })
    assert.equal(await auditCount('employer_request.converted', r.id), 1)
  })

  test('refuses a similar name in the municipality until the advisor confirms it is another enterprise (409, then 303)', async () => {
    await buildEnterprise(app.system, { legalName: 'Poissonnerie du Quai', city: 'Grande-Rivière' })
    const r = await buildEmployerRequest({ enterpriseName: 'Poissonnerie du quai', city: 'Grande-Rivière' })
    const data = { legalName: 'Poissonnerie du quai', city: 'Grande-Rivière', scianCode: '31-33', regionCode: '11' }
    const refused = await post(r.id, data)
    assert.equal(refused.statusCode, 409)
    assert.match(refused.body, /name="confirmedNotDuplicate"/)
    assert.equal((await requestRow(r.id)).status, 'new')
    const ok = await post(r.id, { ...data, confirmedNotDuplicate: 'true' })
    assert.equal(ok.statusCode, 303)
    assert.equal((await requestRow(r.id)).status, 'converted')
  })

  test('refuses bad fields (400, a message each), another enterprise’s NEQ (409) and another region (400); nothing written', async () => {
    const taken = await buildEnterprise(app.system, { neq: testNeq(), regionCode: '01', mrcCode: null })
    const r = await buildEmployerRequest({ enterpriseName: 'Érablière des Monts' })
    const base = { legalName: 'Érablière des Monts', city: 'Mont-Louis', scianCode: '31-33', regionCode: '11' }
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ ...base, legalName: '' }, 400, /id="f-legalName-error">Ce champ est obligatoire/],
      [{ ...base, neq: '12345' }, 400, /id="f-neq-error">Le NEQ compte 10 chiffres/],
      [{ ...base, scianCode: '99' }, 400, /id="f-scianCode-error"/],
      [{ ...base, neq: taken.neq! }, 409, /id="f-neq-error"/],
      [{ ...base, regionCode: '01' }, 400, /La nouvelle entreprise est inscrite dans la région de la demande/],
    ]
    for (const [data, status, message] of cases) {
      const res = await post(r.id, data)
      assert.equal(res.statusCode, status, JSON.stringify(data))
      assert.match(res.body, message)
    }
    assert.equal((await requestRow(r.id)).status, 'new')
    const api = await app.injectAs(otherRegion, {
      method: 'POST',
      url: `/api/v1/employer-requests/${r.id}/convert`,
      payload: { ...base, regionCode: '01' },
    })
    assert.equal(api.statusCode, 404)
  })
})
