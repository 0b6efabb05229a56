import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Scope } from '../../access/index.js'
import type { Actor, Role } from '../../access/index.js'
import { canChangeStatus, canReadNeeds, canWriteNeeds, type LabourNeedStatus } from './labour-need.policy.js'

const actorOf = (role: Role): Actor => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'x@test.example',
  displayName: 'X',
  role,
  grant: { kind: 'region', ref: '11' },
  locale: 'fr',
  via: 'session',
})
const gaspesie = Scope.ofRegions('region', ['11'])

test('every status move: open ↔ partially filled → filled, any → cancelled, filled or cancelled reopen', () => {
  const table: [LabourNeedStatus, LabourNeedStatus, boolean][] = [
    ['open', 'open', true],
    ['open', 'partially_filled', true],
    ['open', 'filled', true],
    ['open', 'cancelled', true],
    ['partially_filled', 'open', true],
    ['partially_filled', 'filled', true],
    ['partially_filled', 'cancelled', true],
    ['filled', 'open', true],
    ['filled', 'partially_filled', false],
    ['filled', 'cancelled', true],
    ['cancelled', 'open', true],
    ['cancelled', 'partially_filled', false],
    ['cancelled', 'filled', false],
    ['cancelled', 'cancelled', true],
  ]
  for (const [from, to, allowed] of table) assert.equal(canChangeStatus(from, to), allowed, `${from} → ${to}`)
})

test('advisors and admins write needs of their regions; directors read; agents and partners neither', () => {
  const table: [Role, boolean, boolean][] = [
    ['advisor', true, true],
    ['admin', true, true],
    ['director', true, false],
    ['agent', false, false],
    ['partner', false, false],
  ]
  for (const [role, read, write] of table) {
    assert.equal(canReadNeeds(actorOf(role)), read, `${role} reads`)
    assert.equal(canWriteNeeds(actorOf(role), gaspesie, '11'), write, `${role} writes`)
  }
  assert.equal(canWriteNeeds(actorOf('advisor'), gaspesie, '01'), false)
})
