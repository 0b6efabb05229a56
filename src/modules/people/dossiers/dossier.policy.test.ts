import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dossierStatuses } from './dossier.schema.js'
import { nextStatuses, transitionKind, transitionRefusal } from './dossier.policy.js'

// The Parcours as a table: every pair of statuses, allowed or not, and how.
const allowed: Record<string, string> = {
  'open>assessment': 'status',
  'open>closed': 'close',
  'assessment>active_plan': 'status',
  'assessment>open': 'status',
  'assessment>closed': 'close',
  'active_plan>follow_up': 'status',
  'active_plan>assessment': 'status',
  'active_plan>closed': 'close',
  'follow_up>active_plan': 'status',
  'follow_up>closed': 'close',
  'closed>open': 'reopen',
}

test('every pair of statuses is allowed or refused as the Parcours says', () => {
  for (const from of dossierStatuses) {
    for (const to of dossierStatuses) {
      assert.equal(transitionKind(from, to), allowed[`${from}>${to}`], `${from} → ${to}`)
    }
  }
})

test('closing needs a closure reason; a refused pair is refused whatever the reason', () => {
  assert.equal(transitionRefusal('follow_up', 'closed'), 'reason_required')
  assert.equal(transitionRefusal('follow_up', 'closed', 'goals_met'), undefined)
  assert.equal(transitionRefusal('closed', 'closed', 'goals_met'), 'not_allowed')
  assert.equal(transitionRefusal('open', 'follow_up'), 'not_allowed')
  assert.equal(transitionRefusal('closed', 'open'), undefined)
})

test('the status action offers neither closing nor reopening (they have their own)', () => {
  assert.deepEqual(nextStatuses('open'), ['assessment'])
  assert.deepEqual(nextStatuses('active_plan'), ['follow_up', 'assessment'])
  assert.deepEqual(nextStatuses('closed'), [])
})
