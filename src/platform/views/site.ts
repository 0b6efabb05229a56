import type { Lang } from './i18n.js'

/** What every public page says about who publishes it: the organization named beside the government signature. */
export type Site = Readonly<{ organizationName: Readonly<Record<Lang, string>> }>
