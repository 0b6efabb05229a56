// Prints the SQL of the territory reference-data migration from reference-data/*.csv.
// Used once to write migrations/0002_reference_territory.sql; migrations are then frozen in time.
import fs from 'node:fs'

const LOCATIVE: Record<string, string> = {
  '01': 'au Bas-Saint-Laurent',
  '02': 'au Saguenay–Lac-Saint-Jean',
  '03': 'dans la Capitale-Nationale',
  '04': 'en Mauricie',
  '05': 'en Estrie',
  '06': 'à Montréal',
  '07': 'en Outaouais',
  '08': 'en Abitibi-Témiscamingue',
  '09': 'sur la Côte-Nord',
  '10': 'dans le Nord-du-Québec',
  '11': 'en Gaspésie–Îles-de-la-Madeleine',
  '12': 'en Chaudière-Appalaches',
  '13': 'à Laval',
  '14': 'dans Lanaudière',
  '15': 'dans les Laurentides',
  '16': 'en Montérégie',
  '17': 'au Centre-du-Québec',
}

function rows(file: string): string[][] {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1)
  // The reference files have no quoted commas in these two tables (checked: no '"' in them).
  return lines.map((l) => l.split(','))
}
const q = (s: string) => `'${s.replaceAll("'", "''")}'`
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const regionValues = rows('reference-data/quebec-regions.csv').map(
  ([code, fr, en]) => `(${q(code!)}, ${q(fr!)}, ${q(en!)}, ${q(slug(fr!))}, ${q(LOCATIVE[code!]!)})`,
)
const mrcValues = rows('reference-data/quebec-mrc.csv').map(
  ([code, name, region, type]) => `(${q(code!)}, ${q(name!)}, ${q(region!)}, ${q(type!)})`,
)
console.log(`-- Québec's 17 administrative regions and 104 MRCs / equivalent territories (see README, reference data).
INSERT INTO "territory"."regions" ("code", "name_fr", "name_en", "slug", "locative_fr") VALUES
${regionValues.join(',\n')};
--> statement-breakpoint
INSERT INTO "territory"."mrcs" ("code", "name", "region_code", "type") VALUES
${mrcValues.join(',\n')};`)
