import { z } from 'zod'

/** A region's code as Québec numbers them, "01" to "17" (whether it exists is checked against the regions table). */
export const regionCode = z.string().refine((v) => /^\d{2}$/.test(v), {
  params: { fr: 'Code de région invalide (01 à 17).', en: 'Invalid region code (01 to 17).' },
})

/** Whether a code names one of Québec's 17 administrative regions, "01" to "17". */
export const isQuebecRegion = (code: string) => /^(0[1-9]|1[0-7])$/.test(code)
export const unknownRegionText = {
  fr: 'Région inconnue : un code de 01 à 17.',
  en: 'Unknown region: a code from 01 to 17.',
}

/** A region code that must name a region that exists (a filter): "01" to "17". */
export const knownRegionCode = z.string().refine(isQuebecRegion, { params: unknownRegionText })
