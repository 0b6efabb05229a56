import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { findUserDisplayNames, findUserRoles } from './user.queries.js'

const app = await buildTestApp()

const account = (user: TestUser) => {
  assert.equal(user.actor.kind, 'user')
  return user.actor.kind === 'user' ? { id: user.actor.userId, name: user.actor.displayName } : { id: '', name: '' }
}

test('names accounts by id with their display names, skipping null, repeated and unknown ids', async () => {
  const agent = account(await app.userOf('agent', 'region', '11'))
  const director = account(await app.userOf('director', 'region', '11'))
  const unknown = '00000000-0000-4000-8000-000000000000'
  const names = await findUserDisplayNames(app.system.db, [agent.id, director.id, agent.id, null, unknown, 'nope'])
  assert.equal(names.size, 2)
  assert.equal(names.get(agent.id), agent.name)
  assert.equal(names.get(director.id), director.name)
})

test('asks nothing for no id', async () => {
  assert.equal((await findUserDisplayNames(app.system.db, [null])).size, 0)
})

test('gives the role of accounts by id, skipping null and unknown ids', async () => {
  const admin = account(await app.userOf('admin', 'all'))
  const agent = account(await app.userOf('agent', 'region', '11'))
  const roles = await findUserRoles(app.system.db, [admin.id, agent.id, null, '00000000-0000-4000-8000-000000000000'])
  assert.deepEqual([roles.size, roles.get(admin.id), roles.get(agent.id)], [2, 'admin', 'agent'])
})
