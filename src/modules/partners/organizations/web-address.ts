import { z } from 'zod'

/**
 * Whether a text is an absolute http or https address with a host: the only kind of link the public site renders.
 * `z.url()` also accepts `javascript:` and `data:` URLs, which run code or show forged content when clicked.
 */
export function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
}

/** A website field: an http(s) address (a browser's address bar gives one), refused with a message saying so. */
export const webAddress = z
  .string()
  .trim()
  .max(500)
  .refine(isWebAddress, {
    params: {
      fr: 'Adresse Web invalide : inscrivez une adresse qui commence par https:// ou http:// (par exemple https://www.exemple.org).',
      en: 'Invalid web address: enter an address that starts with https:// or http:// (for example https://www.example.org).',
    },
  })
