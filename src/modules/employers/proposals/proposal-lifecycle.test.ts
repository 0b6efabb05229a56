import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  canMove,
  type Move,
  moveProblem,
  moves,
  pathTo,
  previousStatus,
  type ProposalStatus,
  statusPath,
  targetOf,
} from './proposal-lifecycle.js'
import { proposalStatuses } from './proposal.schema.js'

const legal: Record<ProposalStatus, Move[]> = {
  proposed: ['interview', 'hired', 'declined'],
  interview: ['hired', 'declined', 'revert'],
  hired: ['revert'],
  declined: ['revert'],
}

describe('proposal state machine', () => {
  for (const from of proposalStatuses)
    for (const move of moves)
      test(`${legal[from].includes(move) ? 'allows' : 'refuses'} ${move} from ${from}`, () => {
        assert.equal(canMove(from, move), legal[from].includes(move))
        const problem = moveProblem({ status: from, proposedOn: '2020-01-01' }, move, '2020-02-01', '2020-03-01')
        assert.equal(problem === null, legal[from].includes(move))
        if (problem) assert.equal(problem.field, 'move')
      })
})

describe('taking an answer back', () => {
  const ev = (fromStatus: ProposalStatus | null, toStatus: ProposalStatus) => ({ fromStatus, toStatus })
  const cases: [string, ReturnType<typeof ev>[], ProposalStatus[], ProposalStatus | null][] = [
    ['a new proposal has nothing to go back to', [ev(null, 'proposed')], ['proposed'], null],
    [
      'an interview goes back to proposed',
      [ev(null, 'proposed'), ev('proposed', 'interview')],
      ['proposed', 'interview'],
      'proposed',
    ],
    [
      'a hire after an interview goes back to interview',
      [ev(null, 'proposed'), ev('proposed', 'interview'), ev('interview', 'hired')],
      ['proposed', 'interview', 'hired'],
      'interview',
    ],
    [
      'a decline taken back, then the interview taken back: proposed again',
      [ev(null, 'proposed'), ev('proposed', 'interview'), ev('interview', 'declined'), ev('declined', 'interview')],
      ['proposed', 'interview'],
      'proposed',
    ],
    [
      'a hire without interview goes back to proposed',
      [ev(null, 'proposed'), ev('proposed', 'hired')],
      ['proposed', 'hired'],
      'proposed',
    ],
  ]
  for (const [name, events, path, previous] of cases)
    test(name, () => {
      assert.deepEqual(statusPath(events), path)
      assert.equal(previousStatus(path), previous)
      assert.equal(targetOf(path, 'revert'), previous)
    })
  test('a proposal without history goes back the shortest way', () => {
    assert.deepEqual(pathTo('declined', []), ['proposed', 'declined'])
    assert.deepEqual(pathTo('proposed', []), ['proposed'])
    assert.deepEqual(pathTo('hired', [ev(null, 'proposed'), ev('proposed', 'interview')]), ['proposed', 'hired'])
    assert.deepEqual(pathTo('interview', [ev(null, 'proposed'), ev('proposed', 'interview')]), [
      'proposed',
      'interview',
    ])
  })
  test('a forward move leads to the status it names', () => {
    assert.equal(targetOf(['proposed'], 'interview'), 'interview')
    assert.equal(targetOf(['proposed', 'interview'], 'declined'), 'declined')
  })
})

describe('answer dates', () => {
  const current = { status: 'proposed' as const, proposedOn: '2020-07-01' }
  test('refuses a date in the future', () => {
    assert.equal(moveProblem(current, 'interview', '2020-07-11', '2020-07-10')?.field, 'on')
  })
  test('refuses a date before the proposal, naming its date as dates are written', () => {
    const problem = moveProblem(current, 'interview', '2020-06-30', '2020-07-10')
    assert.equal(problem?.field, 'on')
    assert.match(problem?.message.fr ?? '', /\(1er juillet 2020\)|\(1 juillet 2020\)/)
    assert.match(problem?.message.en ?? '', /\(July 1, 2020\)/)
  })
  test('accepts today and the day of the proposal', () => {
    assert.equal(moveProblem(current, 'interview', '2020-07-10', '2020-07-10'), null)
    assert.equal(moveProblem(current, 'declined', '2020-07-01', '2020-07-10'), null)
  })
})
