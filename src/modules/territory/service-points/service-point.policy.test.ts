import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type Actor, type Role, Scope } from '../../access/index.js'
import { canManageServicePoints, canReadServicePoints } from './service-point.policy.js'

const user = (role: Role): Actor => ({
  kind: 'user',
  userId: 'u',
  email: 'e',
  displayName: 'd',
  role,
  grant: { kind: 'region', ref: '11' },
  locale: 'fr',
  via: 'session',
})

test('only admins manage service points, and only in their regions; every staff role reads them', () => {
  const region11 = Scope.ofRegions('region', ['11'])
  const cases: [Role, Scope, string | undefined, boolean, boolean][] = [
    ['admin', region11, '11', true, true],
    ['admin', region11, '01', false, true],
    ['admin', Scope.all(), '01', true, true],
    ['director', region11, '11', false, true],
    ['advisor', region11, '11', false, true],
    ['agent', region11, '11', false, true],
    ['partner', Scope.ofOrganization('o', '11'), '11', false, false],
  ]
  for (const [role, scope, region, manage, read] of cases) {
    assert.equal(canManageServicePoints(user(role), scope, region), manage, `${role} manages ${region}`)
    assert.equal(canReadServicePoints(user(role)), read, `${role} reads`)
  }
})
