import type { Lang } from './i18n.js'

export type Crumb = { href: string; label: string }

const label = { fr: "Fil d'Ariane", en: 'Breadcrumb' }

/** A breadcrumb trail: links to each level above, then the current page (marked aria-current). */
export function Breadcrumb(p: { lang: Lang; trail: Crumb[]; current: string }) {
  return (
    <nav aria-label={label[p.lang]} class="breadcrumb">
      <ol>
        {p.trail.map((c) => (
          <li key={c.href}>
            <a href={c.href}>{c.label}</a>
          </li>
        ))}
        <li aria-current="page">{p.current}</li>
      </ol>
    </nav>
  )
}
