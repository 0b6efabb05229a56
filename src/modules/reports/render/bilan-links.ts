// A Bilan's links come from the data (a resource organization's website, the contact email): only addresses a reader
// can safely follow are kept, in every format; anything else (`javascript:`, `data:`, a malformed URL) drops the link
// and keeps the text.

const absolute = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[^\s]+)$/i
const onThisSite = /^\/(?!\/)[^\s]*$/

/** The item's address when a reader may follow it (http, https, mailto, tel, or a path on this site), else undefined. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined
  const trimmed = href.trim()
  return absolute.test(trimmed) || onThisSite.test(trimmed) ? trimmed : undefined
}

/** The item's address when it works outside the site too (a PDF or a Word file): absolute addresses only. */
export function safeAbsoluteHref(href: string | undefined): string | undefined {
  const safe = safeHref(href)
  return safe && absolute.test(safe) ? safe : undefined
}
