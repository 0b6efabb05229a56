import { z } from 'zod'
import type { Lang } from './views/i18n.js'

// Languages (ISO 639-1) named by the runtime's ICU data (Intl.DisplayNames), which has no list of codes of its own:
// the list below is ISO 639-1's, a standard that no longer changes (its last code was added in 2009). Here, not in a
// module, because a person's languages and an organization's are named alike and partners may not import people.
const iso639_1 = `aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
  ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja
  jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
  nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv
  sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`
  .split(/\s+/)
  .filter(Boolean)

const displayNames = {
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
}

/** ISO 639-1 codes that the runtime can name (DisplayNames answers the code itself for one it does not know). */
const languageCodes = new Set(iso639_1.filter((c) => displayNames.fr.of(c) !== c))

/** Whether a code is an ISO 639-1 language code ("fr", "ar"). */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageCodes.has(code)
}

/** A language's name in a language, capitalized as a list item ("Arabe", "Arabic"). */
export function languageName(code: string, lang: Lang): string {
  const name = displayNames[lang].of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}

/** Every language, sorted by its name in the language (the choices of a form). */
export function languageOptions(lang: Lang): { value: string; label: string }[] {
  return [...languageCodes]
    .map((value) => ({ value, label: languageName(value, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
}

/** A language code field (ISO 639-1, any case, "ES" → "es") with its message when unknown. */
export const languageCode = z
  .string()
  .trim()
  .transform((v) => v.toLowerCase())
  .refine(isLanguageCode, {
    params: { fr: 'Code de langue inconnu (ISO 639-1, ex. es).', en: 'Unknown language code (ISO 639-1, e.g. es).' },
  })
