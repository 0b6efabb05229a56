// Prints the SQL of the employers reference-data migration (CNP 2021, SCIAN 2022 sectors) from reference-data/*.csv.
// Used once to write migrations/0014_employers_reference_data.sql; migrations are then frozen in time.
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'

const read = (file: string): Record<string, string>[] =>
  parse(fs.readFileSync(`reference-data/${file}`, 'utf8'), { columns: true, skip_empty_lines: true })
const q = (s: string | undefined) => (s ? `'${s.replaceAll("'", "''")}'` : 'NULL')

const broadFr = new Map(
  read('cnp-2021-categories.csv')
    .filter((r) => r.type === 'broad_category')
    .map((r) => [r.code!, r.name_fr!]),
)
const groups = read('cnp-2021-groups.csv').map(
  (r) => `(${q(r.code)}, ${q(r.level)}, ${q(r.title_en)}, ${q(r.title_fr || broadFr.get(r.code!))})`,
)
const units = read('cnp-2021.csv').map(
  (r) =>
    `(${q(r.code)}, ${r.teer}, ${q(r.broad_category)}, ${q(r.major_group)}, ${q(r.sub_major_group)}, ${q(r.minor_group)}, ${q(r.title_en)}, ${q(r.title_fr)})`,
)
const sectors = read('scian-2022-sectors.csv').map((r) => `(${q(r.code)}, ${q(r.name_fr)}, ${q(r.name_en)})`)

console.log(`-- CNP 2021 (NOC 2021 v1.0): the hierarchy and the 516 unit groups; SCIAN 2022 sectors (see README, reference data).
INSERT INTO "employers"."cnp_groups" ("code", "level", "title_en", "title_fr") VALUES
${groups.join(',\n')};
--> statement-breakpoint
INSERT INTO "employers"."cnp_unit_groups" ("code", "teer", "broad_category", "major_group", "sub_major_group", "minor_group", "title_en", "title_fr") VALUES
${units.join(',\n')};
--> statement-breakpoint
INSERT INTO "employers"."scian_sectors" ("code", "name_fr", "name_en") VALUES
${sectors.join(',\n')};`)
