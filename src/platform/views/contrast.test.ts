import assert from 'node:assert/strict'
import fs from 'node:fs'
import { test } from 'node:test'
import { assetRoots } from '../http/assets.js'

const css = fs.readFileSync(`${assetRoots.public}/css/escale.css`, 'utf8')
// The kit's design tokens as released: the light theme is the first :root block (the dark theme comes later).
const tokens =
  /:root\{[^}]*\}/.exec(fs.readFileSync(`${assetRoots.sdg}/css/qc-sdg-design-tokens.min.css`, 'utf8'))?.[0] ?? ''

function variable(name: string): string {
  const value = new RegExp(`--${name}:\\s*#([0-9a-f]{6}|[0-9a-f]{3})[;}]`, 'i').exec(tokens)?.[1]
  assert.ok(value, `--${name} is a colour of the kit's light theme`)
  return `#${value.length === 3 ? [...value].map((c) => c + c).join('') : value}`
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

test('the focus rings have at least 3:1 contrast with white, the pale grey, the PIV header and the navigation', () => {
  const cases: [ring: string, background: string][] = [
    ['qc-color-blue-dark', variable('qc-color-white')],
    ['qc-color-blue-dark', variable('qc-color-grey-pale')],
    ['qc-color-blue-pale', variable('qc-color-blue-piv')],
    ['qc-color-blue-pale', variable('qc-color-blue-dark')],
  ]
  for (const [ring, background] of cases) {
    const ratio = contrast(variable(ring), background)
    assert.ok(ratio >= 3, `--${ring} on ${background}: ${ratio.toFixed(2)}:1`)
  }
  // The rules that draw them use those tokens: dark on the page, pale on the blue header and the navigation.
  assert.match(css, /:focus-visible \{ outline: 2px solid var\(--qc-color-blue-dark\)/)
  assert.match(
    css,
    /\.qc-piv-header :focus-visible, \.app-nav :focus-visible \{ outline: 2px solid var\(--qc-color-blue-pale\)/,
  )
  assert.match(css, /\.app-nav \{ background: var\(--qc-color-blue-dark\)/)
})

test('the contrast formula gives the known ratios', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(0), '21')
  assert.equal(contrast('#5b9bd5', '#095797').toFixed(1), '2.5', 'the old ring on the header, as the issue measured')
})
