import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { volets as peopleVolets } from '../../people/needs/need.schema.js'
import { listPublicOrganizations } from './organization.queries.js'
import type { CapacityInput, OrganizationInput } from './organization.contracts.js'
import { serviceCategories } from './organization.schema.js'
import { createOrganization, getOrganizationOrThrow, replaceOrganization } from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'
import { listOrganizations } from './organization-list.service.js'
import { serviceCatalogue, volets } from './organization-services.js'

const app = await buildTestApp()
let n = 0
const organization = (website: string) =>
  createOrganization(app.system, { name: `Organisme ${++n}`, kind: 'community', regionCode: '11', website })

test('refuses a website that is not an http(s) address, with a message in both languages on the field', async () => {
  for (const website of [
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:info@example.org',
    'ftp://example.org/',
    'www.example.org',
    '/fr/regions/laval',
  ]) {
    await assert.rejects(organization(website), (e: unknown) => {
      assert.ok(e instanceof AppError, website)
      assert.equal(e.kind, 'invalid', website)
      assert.match(e.fields?.website?.fr ?? '', /^Adresse Web invalide : .*https:\/\//, website)
      assert.match(e.fields?.website?.en ?? '', /^Invalid web address: .*https:\/\//, website)
      return true
    })
  }
  const listed = await listPublicOrganizations(app.system.db, '11')
  assert.deepEqual(listed, [], 'nothing was created')
})

test('accepts https and http addresses, trimmed, and lists them publicly', async () => {
  const secure = await organization('  https://www.accueil-perce.example/fr  ')
  const plain = await organization('http://carrefour.example')
  const listed = await listPublicOrganizations(app.system.db, '11')
  assert.equal(listed.find((o) => o.id === secure.id)?.website, 'https://www.accueil-perce.example/fr')
  assert.equal(listed.find((o) => o.id === plain.id)?.website, 'http://carrefour.example')
})

test('a website stored before addresses were checked is not given to the public site as a link', async () => {
  const org = await organization('https://avant.example')
  await app.system.db.execute(
    sql`update partners.organizations set website = 'javascript:alert(1)' where id = ${org.id}`,
  )
  const listed = await listPublicOrganizations(app.system.db, '11')
  const found = listed.find((o) => o.id === org.id)
  assert.ok(found, 'the organization is still listed')
  assert.equal(found.website, null)
})

test('refuses bad input field by field, with a message in both languages, and creates nothing', async () => {
  const base = { name: 'Bien formé', kind: 'community', regionCode: '11' }
  const cases: [Record<string, unknown>, string][] = [
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(301) }, 'name'],
    [{ kind: 'club' }, 'kind'],
    [{ regionCode: '1' }, 'regionCode'],
    [{ regionCode: '42' }, 'regionCode'],
    [{ postalCode: '12345' }, 'postalCode'],
    [{ email: 'pas-un-courriel' }, 'email'],
    [{ services: ['housing', 'karaoke'] }, 'services.1'],
    [{ languages: ['xx'] }, 'languages.0'],
    [{ languages: ['français'] }, 'languages.0'],
    [{ servedRegionCodes: ['99'] }, 'servedRegionCodes'],
    [{ servedMrcCodes: ['abc'] }, 'servedMrcCodes.0'],
    [{ servedMrcCodes: ['999'] }, 'servedMrcCodes'],
    // La Matapédia (07) is in Bas-Saint-Laurent: not served unless the region is.
    [{ servedMrcCodes: ['03', '07'] }, 'servedMrcCodes'],
    [{ listedPublicly: 'peut-être' }, 'listedPublicly'],
    [{ description: 'x'.repeat(2001) }, 'description'],
  ]
  for (const [change, field] of cases) {
    await assert.rejects(createOrganization(app.system, { ...base, ...change } as OrganizationInput), (e: unknown) => {
      assert.ok(e instanceof AppError, field)
      assert.equal(e.kind, 'invalid', field)
      assert.ok(e.fields?.[field]?.fr, `${field}: ${JSON.stringify(e.fields)}`)
      assert.ok(e.fields?.[field]?.en, field)
      return true
    })
  }
  const found = await listOrganizations(app.system, { q: 'Bien formé' })
  assert.equal(found.data.length, 0)
})

test('keeps every field: services, languages, MRCs of the region and of the regions served, normalized', async () => {
  const org = await createOrganization(app.system, {
    name: 'Accueil complet',
    kind: 'youth_employment',
    regionCode: '11',
    description: 'Accompagnement des nouveaux arrivants.',
    streetAddress: '10, rue de la Reine',
    city: 'Gaspé',
    postalCode: 'g4x1a1',
    email: 'info@accueil.example',
    phone: '418 555-0100',
    services: ['housing', 'french_courses', 'housing'],
    languages: ['FR', 'es'],
    servedRegionCodes: ['01', '11'],
    servedMrcCodes: ['03', '07'],
    listedPublicly: false,
  })
  const read = await getOrganizationOrThrow(app.system, org.id)
  assert.equal(read.postalCode, 'G4X 1A1')
  assert.deepEqual(read.services, ['housing', 'french_courses'])
  assert.deepEqual(read.languages, ['fr', 'es'])
  assert.deepEqual(read.servedRegionCodes, ['01'], 'its own region is not "served"')
  assert.deepEqual(read.servedMrcCodes, ['03', '07'])
  assert.equal(read.listedPublicly, false)
  assert.equal(read.capacity, null)
  assert.ok(!(await listPublicOrganizations(app.system.db, '11')).some((o) => o.id === org.id), 'not public')
})

test('directors manage their region; advisors read it; another region answers 404; partners read nothing', async () => {
  const { ctx: director } = await staffOf(app, 'director', 'region', '11')
  const { ctx: advisor } = await staffOf(app, 'advisor', 'region', '11')
  const { ctx: elsewhere } = await staffOf(app, 'director', 'region', '04')
  const org = await createOrganization(director, { name: 'Maison des familles', kind: 'community', regionCode: '11' })
  assert.equal((await getOrganizationOrThrow(advisor, org.id)).name, 'Maison des familles')
  const kind = (e: unknown) => (e instanceof AppError ? e.kind : 'other')
  await assert.rejects(
    createOrganization(advisor, { name: 'Non', kind: 'community', regionCode: '11' }),
    (e) => kind(e) === 'forbidden',
  )
  await assert.rejects(
    createOrganization(elsewhere, { name: 'Non', kind: 'community', regionCode: '11' }),
    (e) => kind(e) === 'invalid',
  )
  await assert.rejects(getOrganizationOrThrow(elsewhere, org.id), (e) => kind(e) === 'not_found')
  const input = { name: 'Maison des familles', kind: 'community', regionCode: '11', city: 'Percé' } as const
  await assert.rejects(replaceOrganization(elsewhere, org.id, input), (e) => kind(e) === 'not_found')
  await assert.rejects(replaceOrganization(advisor, org.id, input), (e) => kind(e) === 'forbidden')
  assert.ok(!(await listOrganizations(elsewhere)).data.some((o) => o.id === org.id), 'not in the other region’s list')
  const other = await createOrganization(app.system, { name: 'Autre organisme', kind: 'community', regionCode: '11' })
  const { ctx: partner } = await staffOf(app, 'partner', 'organization', other.id)
  await assert.rejects(getOrganizationOrThrow(partner, org.id), (e) => kind(e) === 'not_found')
  await assert.rejects(listOrganizations(partner), (e) => kind(e) === 'forbidden')
  assert.equal((await getOrganizationOrThrow(partner, other.id)).id, other.id, 'its own organization')
})

test('an edit replaces every field, keeps the region, says what changed in the journal, and nothing when nothing changed', async () => {
  const { ctx: director } = await staffOf(app, 'director', 'region', '11')
  const org = await createOrganization(director, {
    name: 'CLD test',
    kind: 'local_development',
    regionCode: '11',
    city: 'Gaspé',
    website: 'https://cld.example',
  })
  const edited = await replaceOrganization(director, org.id, {
    name: 'CLD test',
    kind: 'local_development',
    regionCode: '11',
    services: ['entrepreneurship'],
  })
  assert.equal(edited.city, null, 'an absent field is cleared')
  assert.equal(edited.website, null)
  await replaceOrganization(director, org.id, {
    name: 'CLD test',
    kind: 'local_development',
    regionCode: '11',
    services: ['entrepreneurship'],
  })
  const rows = await queryRows<{ action: string; details: { changed?: string[] } | null }>(
    app.system.db,
    sql`select action, details from access.audit_events where entity_id = ${org.id} order by occurred_at, id`,
  )
  assert.deepEqual(
    rows.map((r) => r.action),
    ['organization.created', 'organization.updated'],
  )
  assert.deepEqual(rows[1]!.details?.changed?.sort(), ['city', 'services', 'website'])
  await assert.rejects(
    replaceOrganization(director, org.id, { name: 'CLD test', kind: 'local_development', regionCode: '04' }),
    (e: unknown) => e instanceof AppError && e.fields?.regionCode !== undefined,
  )
})

test('capacity: the partner updates its own organization only; directors of the region too; advisors may not', async () => {
  const org = await createOrganization(app.system, { name: 'Capacité A', kind: 'community', regionCode: '11' })
  const other = await createOrganization(app.system, { name: 'Capacité B', kind: 'community', regionCode: '11' })
  const { ctx: partner, user } = await staffOf(app, 'partner', 'organization', org.id)
  const saved = await updateCapacity(partner, org.id, {
    status: 'waiting_list',
    waitingCount: '12',
    note: 'Trois semaines',
  })
  assert.equal(saved.capacity?.status, 'waiting_list')
  assert.equal(saved.capacity?.waitingCount, 12)
  assert.equal(saved.capacity?.updatedBy?.name, user.actor.kind === 'user' ? user.actor.displayName : '')
  assert.ok(saved.capacity?.updatedAt)
  const kind = (e: unknown) => (e instanceof AppError ? e.kind : 'other')
  await assert.rejects(updateCapacity(partner, other.id, { status: 'full' }), (e) => kind(e) === 'not_found')
  const { ctx: advisor } = await staffOf(app, 'advisor', 'region', '11')
  await assert.rejects(updateCapacity(advisor, org.id, { status: 'full' }), (e) => kind(e) === 'forbidden')
  const { ctx: elsewhere } = await staffOf(app, 'director', 'region', '04')
  await assert.rejects(updateCapacity(elsewhere, org.id, { status: 'full' }), (e) => kind(e) === 'not_found')
  const { ctx: director } = await staffOf(app, 'director', 'region', '11')
  const full = await updateCapacity(director, org.id, { status: 'full' })
  assert.equal(full.capacity?.waitingCount, null, 'another status clears the count')
  for (const bad of [
    { status: 'open' },
    { status: 'waiting_list' },
    { status: 'limited', waitingCount: '-3' },
    { status: 'limited', note: 'x'.repeat(501) },
  ]) {
    await assert.rejects(
      updateCapacity(director, org.id, bad as CapacityInput),
      (e) => kind(e) === 'invalid',
      JSON.stringify(bad),
    )
  }
  const [events] = await queryRows<{ n: number }>(
    app.system.db,
    sql`select count(*)::int as n from access.audit_events where entity_id = ${org.id} and action = 'organization.capacity_updated'`,
  )
  assert.equal(events?.n, 2)
})

test('the list filters by words, kind, service and MRC served, page by page', async () => {
  for (let i = 0; i < 3; i++)
    await createOrganization(app.system, {
      name: `Filtre ${i} Îles`,
      kind: i === 0 ? 'literacy' : 'community',
      regionCode: '11',
      services: i === 1 ? ['literacy'] : [],
      servedMrcCodes: i === 2 ? ['01'] : [],
    })
  const names = async (q: object) => (await listOrganizations(app.system, q)).data.map((o) => o.name)
  assert.deepEqual(await names({ q: 'FILTRE' }), ['Filtre 0 Îles', 'Filtre 1 Îles', 'Filtre 2 Îles'])
  assert.deepEqual(await names({ q: '1 iles' }), ['Filtre 1 Îles'], 'accents folded')
  assert.deepEqual(await names({ q: 'filtre', kind: 'literacy' }), ['Filtre 0 Îles'])
  assert.deepEqual(await names({ q: 'filtre', service: 'literacy' }), ['Filtre 1 Îles'])
  assert.deepEqual(await names({ q: 'filtre', mrc: '01' }), ['Filtre 2 Îles'])
  await assert.rejects(
    listOrganizations(app.system, { cursor: 'nope' }),
    (e: unknown) => e instanceof AppError && e.fields?.cursor !== undefined,
  )
})

test('the volets of service categories are the people module’s four volets', () => {
  assert.deepEqual([...volets], [...peopleVolets])
  for (const c of serviceCategories) assert.ok(volets.includes(serviceCatalogue[c].volet), c)
})
