import type { Lang } from './i18n.js'

/** What every public page says about who publishes it: the organization named beside the government signature. */
export type Site = Readonly<{
  organizationName: Readonly<Record<Lang, string>>
  /** The address people reach the application at (`ESCALE_PUBLIC_URL`), for links sent by mail; else the request's. */
  publicUrl?: string
}>
