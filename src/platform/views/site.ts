import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { DEFAULT_ORGANIZATION_NAME } from '../config.js'
import type { Lang } from './i18n.js'

/** What every page says about who publishes it: the organization named beside the government signature. */
export type Site = Readonly<{ organizationName: Readonly<Record<Lang, string>> }>

export const defaultSite: Site = { organizationName: { fr: DEFAULT_ORGANIZATION_NAME, en: DEFAULT_ORGANIZATION_NAME } }

/** Provided by the page renderer (platform/views/render.ts) from the application's configuration. */
export const SiteContext = createContext<Site>(defaultSite)

/** The site of the page being rendered. */
export const useSite = (): Site => useContext(SiteContext)
