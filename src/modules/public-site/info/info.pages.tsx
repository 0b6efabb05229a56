import type { FastifyInstance } from 'fastify'
import type { ComponentChildren } from 'preact'
import type { Localized } from '../../../platform/errors.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import { sendPage } from '../../../platform/views/render.js'
import { infoText, regionText } from '../public-site.messages.js'
import { AccessibilityStatement } from './accessibility.page.js'
import { PrivacyPolicy } from './privacy.page.js'

/** Each information page's address in both languages: the language switch maps one to the other. */
export const infoPaths = {
  accessibility: { fr: '/fr/accessibilite', en: '/en/accessibility' },
  privacy: { fr: '/fr/confidentialite', en: '/en/privacy' },
} satisfies Record<string, Localized>

function InfoPage(p: { lang: Lang; title: string; otherLangHref: string; children: ComponentChildren }) {
  return (
    <Layout lang={p.lang} title={p.title} otherLangHref={p.otherLangHref}>
      <Breadcrumb lang={p.lang} trail={[{ href: `/${p.lang}`, label: regionText.home[p.lang] }]} current={p.title} />
      <h1>{p.title}</h1>
      {p.children}
    </Layout>
  )
}

const pages = {
  accessibility: (lang: Lang) => <AccessibilityStatement lang={lang} />,
  privacy: (lang: Lang) => <PrivacyPolicy lang={lang} />,
}

/** The accessibility statement and the privacy policy, linked from every page's footer, in French and English. */
export function registerInfoPages(app: FastifyInstance): void {
  for (const key of ['accessibility', 'privacy'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      const other: Lang = lang === 'fr' ? 'en' : 'fr'
      app.get(infoPaths[key][lang], async (_request, reply) =>
        sendPage(
          reply,
          <InfoPage lang={lang} title={infoText[key][lang]} otherLangHref={infoPaths[key][other]}>
            {pages[key](lang)}
          </InfoPage>,
        ),
      )
    }
  }
}
