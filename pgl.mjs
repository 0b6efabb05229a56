import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
let t=Date.now()
const db = await PGlite.create({ extensions: { pg_trgm, unaccent } })
console.log('create ms', Date.now()-t); t=Date.now()
await db.exec(`create extension if not exists pg_trgm; create extension if not exists unaccent;`)
try { await db.exec(`create collation fr_icu (provider = icu, locale = 'fr-CA')`); console.log('icu ok') } catch(e) { console.log('icu fail', e.message) }
try { const r = await db.query(`select x from (values ('école'),('Zoé'),('eau'),('Élise'),('zèbre')) v(x) order by x collate fr_icu`); console.log(r.rows) } catch(e){console.log(e.message)}
const r2 = await db.query(`select unaccent('Gaspésie–Îles') u, similarity('gaspesie','gaspésie') s, 1::int8 as big, now()::date as d, current_setting('server_version') v`); console.log(r2.rows, typeof r2.rows[0].big)
t=Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump ms', Date.now()-t, dump.size)
t=Date.now(); const db2 = await PGlite.create({ loadDataDir: dump, extensions: { pg_trgm, unaccent } }); console.log('load ms', Date.now()-t)
console.log((await db2.query(`select 'b' < 'a' collate fr_icu as z`)).rows)
