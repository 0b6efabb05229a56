// The French forms of Québec's 17 administrative regions, by region code: the "de" form ("de la Gaspésie…", "du
// Bas-Saint-Laurent", "de l'Outaouais", "des Laurentides") and the locative ("en Montérégie", "au Saguenay…", "à Laval",
// "dans Lanaudière"), as the Bilan writes them. A region missing from the table falls back on its name.

type RegionForms = { de: string; locative: string }

const forms: Record<string, RegionForms> = {
  '01': { de: 'du Bas-Saint-Laurent', locative: 'au Bas-Saint-Laurent' },
  '02': { de: 'du Saguenay–Lac-Saint-Jean', locative: 'au Saguenay–Lac-Saint-Jean' },
  '03': { de: 'de la Capitale-Nationale', locative: 'dans la Capitale-Nationale' },
  '04': { de: 'de la Mauricie', locative: 'en Mauricie' },
  '05': { de: "de l'Estrie", locative: 'en Estrie' },
  '06': { de: 'de Montréal', locative: 'à Montréal' },
  '07': { de: "de l'Outaouais", locative: 'en Outaouais' },
  '08': { de: "de l'Abitibi-Témiscamingue", locative: 'en Abitibi-Témiscamingue' },
  '09': { de: 'de la Côte-Nord', locative: 'sur la Côte-Nord' },
  '10': { de: 'du Nord-du-Québec', locative: 'dans le Nord-du-Québec' },
  '11': { de: 'de la Gaspésie–Îles-de-la-Madeleine', locative: 'en Gaspésie–Îles-de-la-Madeleine' },
  '12': { de: 'de la Chaudière-Appalaches', locative: 'en Chaudière-Appalaches' },
  '13': { de: 'de Laval', locative: 'à Laval' },
  '14': { de: 'de Lanaudière', locative: 'dans Lanaudière' },
  '15': { de: 'des Laurentides', locative: 'dans les Laurentides' },
  '16': { de: 'de la Montérégie', locative: 'en Montérégie' },
  '17': { de: 'du Centre-du-Québec', locative: 'au Centre-du-Québec' },
}

type RegionLike = { code: string; nameFr: string; locativeFr?: string }

/** "de la Gaspésie–Îles-de-la-Madeleine", "du Bas-Saint-Laurent", "de l'Outaouais". */
export function regionDe(region: RegionLike): string {
  return forms[region.code]?.de ?? `de ${region.nameFr}`
}

/** "en Gaspésie–Îles-de-la-Madeleine", "au Bas-Saint-Laurent", "à Laval", "dans Lanaudière". */
export function regionLocative(region: RegionLike): string {
  return forms[region.code]?.locative ?? region.locativeFr ?? `dans la région ${regionDe(region)}`
}

/** Several regions' forms joined: "du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine". */
export function joinFrench(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`
}

/** "Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine", "A, B and C". */
export function joinEnglish(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
