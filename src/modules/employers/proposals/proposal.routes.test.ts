import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
  buildProposal,
} from '../../../../test/factories/employers.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const otherAdvisor = await app.userOf('advisor', 'region', '01')
const api = (user: TestUser, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.app.inject({ method, url, payload, headers: { authorization: `Bearer ${user.token}` } })
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())

const enterprise = await buildEnterprise(app.system, { legalName: 'Pêcheries Gaspé' })
const need = await buildLabourNeed(app.system, enterprise, { positions: 3 })

describe('POST /api/v1/proposals', () => {
  test('proposes a candidate (201), then answers with an interview and a hire', async () => {
    const profile = await buildCandidateProfile(app.system)
    const res = await api(advisor, 'POST', '/api/v1/proposals', { labourNeedId: need.id, profileId: profile.id })
    assert.equal(res.statusCode, 201, res.body)
    const { id } = res.json()
    const interview = await api(advisor, 'POST', `/api/v1/proposals/${id}/answers`, { move: 'interview', on: today })
    assert.equal(interview.statusCode, 200, interview.body)
    const hired = await api(advisor, 'POST', `/api/v1/proposals/${id}/answers`, { move: 'hired', on: today })
    assert.equal(hired.json().status, 'hired')
    const placement = await api(director, 'GET', `/api/v1/placements/${hired.json().placementId}`)
    assert.equal(placement.statusCode, 200)
    assert.equal(placement.json().enterpriseName, 'Pêcheries Gaspé')
    const illegal = await api(advisor, 'POST', `/api/v1/proposals/${id}/answers`, { move: 'interview', on: today })
    assert.equal(illegal.statusCode, 409)
    assert.ok(illegal.json().error.fields.move)
  })

  test('answers 400 with a message per field for bad input', async () => {
    const profile = await buildCandidateProfile(app.system)
    const cases: [string, object, string][] = [
      ['missing need', { profileId: profile.id }, 'labourNeedId'],
      ['need not a uuid', { labourNeedId: 'x', profileId: profile.id }, 'labourNeedId'],
      ['impossible date', { labourNeedId: need.id, profileId: profile.id, proposedOn: '2021-02-30' }, 'proposedOn'],
      ['future date', { labourNeedId: need.id, profileId: profile.id, proposedOn: '2999-01-01' }, 'proposedOn'],
      ['unknown profile', { labourNeedId: need.id, profileId: '00000000-0000-4000-8000-000000000000' }, 'profileId'],
    ]
    for (const [name, body, field] of cases) {
      const res = await api(advisor, 'POST', '/api/v1/proposals', body)
      assert.equal(res.statusCode, 400, name)
      assert.ok(res.json().error.fields[field], `${name}: ${res.body}`)
    }
    const proposal = await buildProposal(app.system, need, profile)
    for (const [name, body, field] of [
      ['unknown move', { move: 'maybe', on: today }, 'move'],
      ['no date', { move: 'interview' }, 'on'],
      ['decline without reason', { move: 'declined', on: today }, 'declineReason'],
      ['bad reason', { move: 'declined', on: today, declineReason: 'mood' }, 'declineReason'],
      ['hire dated before the proposal', { move: 'hired', on: today, hiredOn: '2020-06-30' }, 'hiredOn'],
    ] as const) {
      const res = await api(advisor, 'POST', `/api/v1/proposals/${proposal.id}/answers`, body)
      assert.equal(res.statusCode, 400, name)
      assert.ok(res.json().error.fields[field], `${name}: ${res.body}`)
    }
  })

  test('refuses roles that may not propose: director (403), agent (403)', async () => {
    const profile = await buildCandidateProfile(app.system)
    for (const user of [director, agent]) {
      const res = await api(user, 'POST', '/api/v1/proposals', { labourNeedId: need.id, profileId: profile.id })
      assert.equal(res.statusCode, 403, user.email)
    }
    assert.equal((await api(agent, 'GET', '/api/v1/proposals')).statusCode, 403)
    assert.equal((await api(agent, 'GET', '/api/v1/placements')).statusCode, 403)
  })

  test('hides another region’s proposals and hires (404, absent from lists)', async () => {
    const profile = await buildCandidateProfile(app.system)
    const proposal = await buildProposal(app.system, need, profile)
    const placement = await buildPlacement(app.system, need, profile)
    for (const url of [`/api/v1/proposals/${proposal.id}`, `/api/v1/placements/${placement.id}`]) {
      assert.equal((await api(otherAdvisor, 'GET', url)).statusCode, 404, url)
      assert.equal((await api(director, 'GET', url)).statusCode, 200, url)
    }
    const answer = await api(otherAdvisor, 'POST', `/api/v1/proposals/${proposal.id}/answers`, {
      move: 'interview',
      on: today,
    })
    assert.equal(answer.statusCode, 404)
    const list = await api(otherAdvisor, 'GET', '/api/v1/proposals')
    assert.ok(!list.json().data.some((p: { id: string }) => p.id === proposal.id))
    const hires = await api(otherAdvisor, 'GET', '/api/v1/placements')
    assert.ok(!hires.json().data.some((p: { id: string }) => p.id === placement.id))
  })

  test('no longer names a candidate whose job-matching consent is not active', async () => {
    const profile = await buildCandidateProfile(app.system, { consent: false })
    const proposal = await buildProposal(app.system, need, profile)
    const res = await api(advisor, 'GET', `/api/v1/proposals/${proposal.id}`)
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().candidateName, null)
    const named = await buildProposal(app.system, need, await buildCandidateProfile(app.system))
    assert.match((await api(advisor, 'GET', `/api/v1/proposals/${named.id}`)).json().candidateName, /^Prénom/)
  })

  test('filters placements by period and refuses an inverted period (400)', async () => {
    const profile = await buildCandidateProfile(app.system, { currentRegionCode: '06' })
    const placement = await buildPlacement(app.system, need, profile, { hiredOn: '2019-09-09' })
    const inside = await api(director, 'GET', '/api/v1/placements?from=2019-09-01&to=2019-09-30')
    assert.deepEqual(
      inside.json().data.map((p: { id: string; interregional: boolean }) => [p.id, p.interregional]),
      [[placement.id, true]],
    )
    const bad = await api(director, 'GET', '/api/v1/placements?from=2019-10-01&to=2019-09-01')
    assert.equal(bad.statusCode, 400)
    const mobility = await api(director, 'GET', '/api/v1/placements/mobility?from=2019-09-01&to=2019-09-30')
    assert.deepEqual(mobility.json().data, [{ originRegionCode: '06', regionCode: '11', count: 1 }])
  })
})

test('documents the proposals and placements API in OpenAPI', async () => {
  const doc = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  assert.deepEqual(doc.paths['/api/v1/placements'].get.tags, ['placements'])
  assert.deepEqual(doc.paths['/api/v1/proposals/{id}/answers'].post.tags, ['proposals'])
})

describe('pages', () => {
  test('the matching page’s button proposes and redirects back; a second time says why (409)', async () => {
    const profile = await buildCandidateProfile(app.system)
    const url = `/app/besoins-main-oeuvre/${need.id}/propositions`
    const res = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ profileId: profile.id }),
    })
    assert.equal(res.statusCode, 303, res.body)
    assert.equal(res.headers.location, `/app/besoins-main-oeuvre/${need.id}/candidats?proposee=1`)
    const again = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ profileId: profile.id }),
    })
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /déjà été proposée/)
    const elsewhere = await buildLabourNeed(
      app.system,
      await buildEnterprise(app.system, { regionCode: '01', mrcCode: null }),
    )
    const hidden = await app.injectAs(advisor, {
      method: 'POST',
      url: `/app/besoins-main-oeuvre/${elsewhere.id}/propositions`,
      headers: formHeaders,
      payload: form({ profileId: profile.id }),
    })
    assert.equal(hidden.statusCode, 404)
  })

  test('lists proposals waiting for an answer first, in French and English', async () => {
    const answered = await buildProposal(app.system, need, await buildCandidateProfile(app.system), {
      status: 'declined',
      declineReason: 'wage',
      proposedOn: '2020-08-01',
    })
    const waiting = await buildProposal(app.system, need, await buildCandidateProfile(app.system), {
      proposedOn: '2020-06-01',
    })
    const fr = await app.injectAs(advisor, { method: 'GET', url: '/app/propositions' })
    assert.equal(fr.statusCode, 200)
    const [first, second] = [fr.body.indexOf(waiting.id), fr.body.indexOf(answered.id)]
    assert.ok(first > -1 && second > first, 'the waiting proposal comes first')
    assert.match(fr.body, /Refusée \(Salaire\)/)
    const en = await app.injectAs(advisor, { method: 'GET', url: '/app/propositions?lang=en' })
    assert.match(en.body, /Declined \(Wage\)/)
    const bad = await app.injectAs(advisor, { method: 'GET', url: '/app/propositions?status=maybe' })
    assert.equal(bad.statusCode, 400)
  })

  test('records an answer through the form (303), shows the errors of a bad one (400)', async () => {
    const proposal = await buildProposal(app.system, need, await buildCandidateProfile(app.system))
    const url = `/app/propositions/${proposal.id}/reponses`
    const bad = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ move: 'declined', on: today }),
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /id="f-declineReason-error"/)
    const ok = await app.injectAs(advisor, {
      method: 'POST',
      url,
      headers: formHeaders,
      payload: form({ move: 'interview', on: today, hiredOn: '', comment: '' }),
    })
    assert.equal(ok.statusCode, 303, ok.body)
    const page = await app.follow(advisor, ok)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /La réponse est enregistrée/)
    assert.match(page.body, /Proposée → Entrevue/)
    const readOnly = await app.injectAs(director, { method: 'GET', url: `/app/propositions/${proposal.id}` })
    assert.doesNotMatch(readOnly.body, /name="move"/)
    const hidden = await app.injectAs(otherAdvisor, { method: 'GET', url: `/app/propositions/${proposal.id}` })
    assert.equal(hidden.statusCode, 404)
  })

  test('the enterprise page lists the proposals for its needs and its hires', async () => {
    const shop = await buildEnterprise(app.system)
    const shopNeed = await buildLabourNeed(app.system, shop, { title: 'Cuisinier ou cuisinière' })
    const profile = await buildCandidateProfile(app.system)
    const proposal = await buildProposal(app.system, shopNeed, profile, { status: 'hired' })
    await buildPlacement(app.system, shopNeed, profile, { proposalId: proposal.id })
    const res = await app.injectAs(advisor, { method: 'GET', url: `/app/entreprises/${shop.id}` })
    assert.equal(res.statusCode, 200)
    const section = res.body.slice(res.body.indexOf('id="hires-title"'))
    assert.match(section, /Propositions et embauches/)
    assert.match(section, new RegExp(`/app/propositions/${proposal.id}`))
    assert.match(section, /Cuisinier ou cuisinière \(95106\)/)
  })

  test('the hires list and the mobility view show a hire from another region', async () => {
    const profile = await buildCandidateProfile(app.system, { currentRegionCode: '03' })
    await buildPlacement(app.system, need, profile, { hiredOn: '2018-05-05' })
    const list = await app.injectAs(director, { method: 'GET', url: '/app/embauches?from=2018-05-01&to=2018-05-31' })
    assert.equal(list.statusCode, 200)
    assert.match(list.body, /Capitale-Nationale/)
    const view = await app.injectAs(director, {
      method: 'GET',
      url: '/app/embauches/mobilite?from=2018-05-01&to=2018-05-31',
    })
    assert.equal(view.statusCode, 200)
    assert.match(view.body, /1 embauche interrégionale sur 1 embauche\./)
    const away = await app.injectAs(otherAdvisor, {
      method: 'GET',
      url: '/app/embauches/mobilite?from=2018-05-01&to=2018-05-31',
    })
    assert.match(away.body, /Aucune embauche interrégionale/)
    const bad = await app.injectAs(director, { method: 'GET', url: '/app/embauches/mobilite?from=2018-13-01' })
    assert.equal(bad.statusCode, 400)
    assert.equal((await app.injectAs(agent, { method: 'GET', url: '/app/embauches' })).statusCode, 403)
  })
})
