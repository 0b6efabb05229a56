import { createRequire } from 'node:module'
import type ExcelJSModule from 'exceljs'

const require = createRequire(import.meta.url)
let loaded: typeof ExcelJSModule | undefined

/**
 * exceljs, loaded on the first spreadsheet written rather than at start: it is about 170 modules (with its zip and
 * stream dependencies) that no page needs, and loading them was a second of the server's cold start.
 */
export function excelJs(): typeof ExcelJSModule {
  loaded ??= require('exceljs') as typeof ExcelJSModule
  return loaded
}
