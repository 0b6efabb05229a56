import assert from 'node:assert/strict'
import { test } from 'node:test'
import { canTransition, isClosed, movesOf, requiredFieldOf } from './referral.policy.js'
import { referralStatuses } from './referral.schema.js'

// Every legal move of the closed loop; every other pair of statuses is refused.
const legal = new Set([
  'sent→received',
  'sent→expired',
  'sent→rerouted',
  'sent→cancelled',
  'received→accepted',
  'received→declined',
  'received→expired',
  'received→rerouted',
  'received→cancelled',
  'accepted→in_progress',
  'accepted→not_completed',
  'accepted→rerouted',
  'accepted→cancelled',
  'declined→rerouted',
  'in_progress→completed',
  'in_progress→not_completed',
  'in_progress→rerouted',
  'in_progress→cancelled',
  'expired→rerouted',
])

test('allows exactly the moves of the closed loop, for every pair of statuses', () => {
  for (const from of referralStatuses) {
    for (const to of referralStatuses) {
      assert.equal(canTransition(from, to), legal.has(`${from}→${to}`), `${from} → ${to}`)
    }
  }
})

test('completed, not completed, re-routed and cancelled referrals are closed; nothing moves them', () => {
  const closed = referralStatuses.filter(isClosed)
  assert.deepEqual(closed, ['completed', 'not_completed', 'rerouted', 'cancelled'])
})

test('the partner answers and reports, the agent cancels or re-routes, the job expires', () => {
  assert.deepEqual(movesOf('received', 'partner'), ['accepted', 'declined'])
  assert.deepEqual(movesOf('received', 'agent'), ['rerouted', 'cancelled'])
  assert.deepEqual(movesOf('received', 'system'), ['expired'])
  assert.deepEqual(movesOf('in_progress', 'partner'), ['completed', 'not_completed'])
  assert.deepEqual(movesOf('declined', 'agent'), ['rerouted'])
})

test('a refusal needs its reason, an end of service its outcome', () => {
  assert.equal(requiredFieldOf('declined'), 'reason')
  assert.equal(requiredFieldOf('completed'), 'outcome')
  assert.equal(requiredFieldOf('not_completed'), 'outcome')
  assert.equal(requiredFieldOf('accepted'), null)
})
