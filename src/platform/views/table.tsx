import type { ComponentChildren } from 'preact'
import type { Localized } from '../errors.js'
import type { Lang } from './i18n.js'

/**
 * A data table that scrolls sideways inside its own region instead of widening the page (WCAG 1.4.10, reflow at
 * 320–375 px). The region is labelled and focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
 * Children are the table's `<caption>`, `<thead>` and `<tbody>`.
 */
export function Table(p: { label: string; children: ComponentChildren; class?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled region around a table, as the reflow pattern is written
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to scroll by keyboard
    <div class="table-wrap" role="region" aria-label={p.label} tabIndex={0}>
      <table class={p.class}>{p.children}</table>
    </div>
  )
}

/** A table's head: one column header per text, in the page's language. */
export function TableHead(p: { lang: Lang; heads: Localized[] }) {
  return (
    <thead>
      <tr>
        {p.heads.map((h) => (
          <th key={h.en} scope="col">
            {h[p.lang]}
          </th>
        ))}
      </tr>
    </thead>
  )
}
