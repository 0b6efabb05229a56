import assert from 'node:assert/strict'
import fs from 'node:fs'
import { test } from 'node:test'
import { assetRoots } from '../http/assets.js'

const css = fs.readFileSync(`${assetRoots.public}/css/escale.css`, 'utf8')

function variable(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]
  assert.ok(value, `--${name} is defined`)
  return value
}

/** WCAG 2.x relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

test('the focus ring has at least 3:1 contrast with white, the soft grey, the header, the navigation and the footer', () => {
  const cases: [ring: string, background: string][] = [
    ['focus', '#ffffff'],
    ['focus', variable('bg-soft')],
    ['focus-on-dark', variable('blue')],
    ['focus-on-dark', variable('dark')],
  ]
  for (const [ring, background] of cases) {
    const ratio = contrast(variable(ring), background)
    assert.ok(ratio >= 3, `--${ring} on ${background}: ${ratio.toFixed(2)}:1`)
  }
  assert.match(css, /\.site-header :focus[^{]*\.site-footer :focus[^{]*\{ outline-color: var\(--focus-on-dark\)/)
})

test('the contrast formula gives the known ratios', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(0), '21')
  assert.equal(contrast('#5b9bd5', '#095797').toFixed(1), '2.5', 'the old ring on the header, as the issue measured')
})
