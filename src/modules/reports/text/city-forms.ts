// French prepositions before a town's name, with elision and contraction: "de Gaspé", "d'Amqui", "des Méchins" (Les
// Méchins), "du Bic" (Le Bic); "à Gaspé", "aux Escoumins", "au Bic", "à La Malbaie".

/**
 * "de" before a name, elided before a vowel or an h ("d'Amqui", "d'Alpha", "de Gaspé"), with the Bilan's straight
 * apostrophe (the platform's `frenchDe` writes the typographic one).
 */
export function nameDe(name: string): string {
  return /^[aâàeéèêiîïoôuûh]/i.test(name) ? `d'${name}` : `de ${name}`
}

/** "de Gaspé", "d'Amqui", "du Bic", "des Escoumins", "de La Malbaie". */
export function cityDe(city: string): string {
  if (/^Les\s/.test(city)) return `des ${city.slice(4)}`
  if (/^Le\s/.test(city)) return `du ${city.slice(3)}`
  return nameDe(city)
}

/** "à Gaspé", "à Amqui", "au Bic", "aux Escoumins", "à La Malbaie". */
export function cityA(city: string): string {
  if (/^Les\s/.test(city)) return `aux ${city.slice(4)}`
  if (/^Le\s/.test(city)) return `au ${city.slice(3)}`
  return `à ${city}`
}
