import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCandidateProfile, buildEnterprise, buildLabourNeed } from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const elsewhere = await app.userOf('advisor', 'region', '06')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof advisor
const api = (user: User, url: string) =>
  app.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${user.token}` } })

const enterprise = await buildEnterprise(app.system)
const need = await buildLabourNeed(app.system, enterprise, { cnpCode: '95106', frenchLevel: 7 })
const best = await buildCandidateProfile(app.system, { frenchLevel: 8, currentMrcCode: '03' })
const weaker = await buildCandidateProfile(app.system, { frenchLevel: 5, targetCnpCodes: ['95109'] })
const mover = await buildCandidateProfile(app.system, {
  person: await buildPerson(app.system, { regionCode: '06' }),
  mobilityRegionCodes: ['11'],
  frenchLevel: 7,
})

describe('GET /api/v1/labour-needs/{id}/matches', () => {
  test('ranks the candidates with their score and one entry per criterion', async () => {
    const res = await api(advisor, `/api/v1/labour-needs/${need.id}/matches`)
    assert.equal(res.statusCode, 200, res.body)
    const { items } = res.json()
    assert.deepEqual(
      items.map((i: { profileId: string; score: number }) => [i.profileId, i.score]),
      [
        [best.id, 100],
        [mover.id, 40 + 20 + 15 + 10 + 7],
        [weaker.id, 30 + 10 + 15 + 10 + 10],
      ],
    )
    const french = items[2].criteria.find((c: { criterion: string }) => c.criterion === 'french')
    assert.deepEqual(french, {
      criterion: 'french',
      points: 10,
      max: 20,
      met: false,
      reason: { fr: 'français : niveau 7 requis, niveau 5 déclaré', en: 'French: level 7 required, level 5 declared' },
    })
    assert.match(items[0].displayName, /^Prénom\d+ Nom\d+$/)
  })

  test('takes a limit', async () => {
    const res = await api(director, `/api/v1/labour-needs/${need.id}/matches?limit=1`)
    assert.deepEqual(
      res.json().items.map((i: { profileId: string }) => i.profileId),
      [best.id],
    )
  })

  for (const limit of ['0', '201', '2.5', 'many']) {
    test(`refuses limit=${limit} with a 400 and a message on limit`, async () => {
      const res = await api(advisor, `/api/v1/labour-needs/${need.id}/matches?limit=${limit}`)
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields?.limit ?? '', /1 à 200|1 to 200|nombre/)
    })
  }

  test('another region’s advisor, an unknown id and a malformed id answer 404', async () => {
    assert.equal((await api(elsewhere, `/api/v1/labour-needs/${need.id}/matches`)).statusCode, 404)
    assert.equal((await api(advisor, `/api/v1/labour-needs/${crypto.randomUUID()}/matches`)).statusCode, 404)
    assert.equal((await api(advisor, '/api/v1/labour-needs/12/matches')).statusCode, 404)
  })

  test('an agent and a partner are refused (403)', async () => {
    assert.equal((await api(agent, `/api/v1/labour-needs/${need.id}/matches`)).statusCode, 403)
    assert.equal((await api(partner, `/api/v1/labour-needs/${need.id}/matches`)).statusCode, 403)
  })
})

describe('GET /api/v1/candidate-profiles/{id}/matches', () => {
  test('ranks the candidate’s open needs of the caller’s scope', async () => {
    const res = await api(advisor, `/api/v1/candidate-profiles/${mover.id}/matches`)
    assert.equal(res.statusCode, 200, res.body)
    const item = res.json().items.find((i: { labourNeedId: string }) => i.labourNeedId === need.id)
    assert.equal(item.score, 92)
    assert.equal(item.enterpriseName, enterprise.legalName)
  })

  test('a Montréal advisor sees the mover but none of Gaspésie’s needs; another profile is not found', async () => {
    const res = await api(elsewhere, `/api/v1/candidate-profiles/${mover.id}/matches`)
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(
      res.json().items.some((i: { labourNeedId: string }) => i.labourNeedId === need.id),
      false,
    )
    assert.equal((await api(elsewhere, `/api/v1/candidate-profiles/${best.id}/matches`)).statusCode, 404)
  })

  test('is in the OpenAPI document with its tag', async () => {
    const doc = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    assert.deepEqual(doc.paths['/api/v1/labour-needs/{id}/matches'].get.tags, ['labour-needs'])
    assert.deepEqual(doc.paths['/api/v1/candidate-profiles/{id}/matches'].get.tags, ['candidate-profiles'])
  })
})
