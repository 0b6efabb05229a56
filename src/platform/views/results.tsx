import type { ComponentChildren } from 'preact'
import type { Lang } from './i18n.js'
import { SdgNotice } from './notice.js'

/**
 * The results of a filtered list, in the region that a live filter swaps in place (`id` is FilterForm's `target`):
 * the filters' error when they did not validate (said here too, since a live filter replaces only this part of the
 * page), else `none` when nothing matched, else the results; then `after` (the way to the next page), if any.
 */
export function FilterResults(p: {
  lang: Lang
  id: string
  error?: string
  empty: boolean
  none: string
  children: ComponentChildren
  after?: ComponentChildren
}) {
  return (
    <div id={p.id} aria-live="polite">
      {p.error ? (
        <SdgNotice lang={p.lang} type="error" role="alert">
          <p>{p.error}</p>
        </SdgNotice>
      ) : p.empty ? (
        <p>{p.none}</p>
      ) : (
        p.children
      )}
      {p.after}
    </div>
  )
}
