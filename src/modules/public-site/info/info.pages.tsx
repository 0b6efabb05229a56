import type { FastifyInstance } from 'fastify'
import type { ComponentChildren } from 'preact'
import type { ModuleDeps } from '../../access/index.js'
import { civilDate, listRegionContacts } from '../../territory/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { type Lang, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { sendPage } from '../../../platform/views/render.js'
import { contactText, infoText, regionText } from '../public-site.messages.js'
import { AccessibilityStatement } from './accessibility.page.js'
import { ContactPage } from './contact.page.js'
import { infoPaths } from './info-paths.js'
import { PrivacyPolicy } from './privacy.page.js'

function InfoPage(p: { site: Site; lang: Lang; title: string; otherLangHref: string; children: ComponentChildren }) {
  return (
    <Layout site={p.site} lang={p.lang} title={p.title} otherLangHref={p.otherLangHref}>
      <Breadcrumb lang={p.lang} trail={[{ href: `/${p.lang}`, label: regionText.home[p.lang] }]} current={p.title} />
      <h1>{p.title}</h1>
      {p.children}
    </Layout>
  )
}

type PageKey = keyof typeof infoPaths

const titles: Record<PageKey, Record<Lang, string>> = { ...infoText, contact: contactText.title }

const pages: Record<PageKey, (lang: Lang, deps: ModuleDeps) => Promise<ComponentChildren>> = {
  accessibility: async (lang) => <AccessibilityStatement lang={lang} />,
  privacy: async (lang) => <PrivacyPolicy lang={lang} />,
  // Every region's contacts today in a few queries, whatever the number of regions.
  contact: async (lang, deps) => (
    <ContactPage lang={lang} regions={await listRegionContacts(deps.db, civilDate(deps.now()))} />
  ),
}

/**
 * The accessibility statement, the privacy policy and the contact page ("Nous joindre"), linked from every page's
 * header or footer, in French and English.
 */
export function registerInfoPages(app: FastifyInstance, deps: ModuleDeps): void {
  for (const key of ['accessibility', 'privacy', 'contact'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      const title = titles[key][lang]
      const otherLangHref = infoPaths[key][otherLang(lang)]
      app.get(infoPaths[key][lang], async (_request, reply) =>
        sendPage(
          reply,
          <InfoPage site={deps.site} lang={lang} title={title} otherLangHref={otherLangHref}>
            {await pages[key](lang, deps)}
          </InfoPage>,
        ),
      )
    }
  }
}
