import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FastifyRequest } from 'fastify'
import { h } from 'preact'
import type { ModuleDeps } from '../../access/index.js'
import { drawSections } from './agreement-details.pages.js'
import type { AgreementSection, AgreementSummary } from './agreement-sections.js'

const summary: AgreementSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'PAC-1',
  organizationId: '00000000-0000-4000-8000-000000000002',
  regionCode: '11',
  programCode: 'PAC',
  status: 'signed',
  startOn: '2020-04-01',
  endOn: '2022-03-31',
  terminatedOn: null,
  totalCents: 100,
  fundsReferrals: false,
}

test('the sections are drawn in the order given, each with the agreement, and an empty one is left out', async () => {
  const seen: string[] = []
  const section =
    (name: string, empty = false): AgreementSection =>
    async (_request, _deps, agreement) => {
      seen.push(`${name}:${agreement.reference}`)
      return empty ? null : h('section', null, name)
    }
  const drawn = await drawSections(
    {} as FastifyRequest,
    {} as ModuleDeps,
    [section('a'), section('b', true), section('c')],
    summary,
  )
  assert.deepEqual(seen, ['a:PAC-1', 'b:PAC-1', 'c:PAC-1'])
  assert.deepEqual(
    drawn.map((n) => n.props.children),
    ['a', 'c'],
  )
})
