import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ModuleDeps } from '../../access/index.js'
import {
  buildOpenDataTable,
  findOpenDataSet,
  openDataCsv,
  openDataDictionary,
  openDataDictionaryCsv,
  openDataDictionaryJson,
  openDataJson,
  openDataSets,
  resolveOpenDataYears,
} from '../../reports/index.js'
import { civilDate } from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { sendPage } from '../../../platform/views/render.js'
import { DICTIONARY_FILE, openDataPaths } from './opendata-paths.js'
import { OpenDataPage } from './opendata.page.js'

// A file is a set's (or the dictionary's) name and .csv or .json: anything else answers 404 before a query runs.
const fileParams = z.object({ file: z.string().regex(/^[a-z0-9-]{1,60}\.(csv|json)$/) })

const types = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const

/** The fiscal years published: from the first with activity to the current one (counted to date). */
async function publishedYears(deps: ModuleDeps) {
  const today = civilDate(deps.now())
  return (await resolveOpenDataYears(deps.db, today, {}))!
}

/** A file's text, computed live, or undefined when no set has that name. */
async function fileText(deps: ModuleDeps, name: string, ext: 'csv' | 'json'): Promise<string | undefined> {
  const years = await publishedYears(deps)
  if (name === DICTIONARY_FILE) {
    const dict = openDataDictionary(years)
    return ext === 'csv' ? openDataDictionaryCsv(dict) : openDataDictionaryJson(dict)
  }
  const dataset = findOpenDataSet(name)
  if (!dataset) return undefined
  const table = await buildOpenDataTable(deps.db, dataset, years)
  return ext === 'csv' ? openDataCsv(table) : openDataJson(table, years, deps.now())
}

/** The open-data page (/fr/donnees-ouvertes, /en/open-data) and its downloads, in French and English. */
export function registerOpenDataPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  for (const lang of ['fr', 'en'] as const) {
    app.get(openDataPaths[lang], async (_request, reply) => {
      const years = await publishedYears(deps)
      const period = { from: `${years.from}-${years.from + 1}`, to: `${years.to}-${years.to + 1}` }
      return sendPage(reply, <OpenDataPage site={deps.site} lang={lang} datasets={openDataSets} period={period} />)
    })
    const fileRoute = { schema: { hide: true, params: fileParams } }
    app.get(`${openDataPaths[lang]}/:file`, fileRoute, async (request, reply) => {
      const [name, ext] = request.params.file.split('.') as [string, 'csv' | 'json']
      const text = await fileText(deps, name, ext)
      if (text === undefined) throw notFound('dataset')
      reply.header('content-disposition', `attachment; filename="${request.params.file}"`)
      return reply.type(types[ext]).send(text)
    })
  }
}
