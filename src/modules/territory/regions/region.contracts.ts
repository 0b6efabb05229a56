import { z } from 'zod'

/** A region's code as Québec numbers them, "01" to "17" (whether it exists is checked against the regions table). */
export const regionCode = z.string().refine((v) => /^\d{2}$/.test(v), {
  params: { fr: 'Code de région invalide (01 à 17).', en: 'Invalid region code (01 to 17).' },
})
