// The reports module's public surface: the Bilan (model, text, renderers, publications), dashboards, targets, open
// data, and the French/English text helpers. reports may be imported by public-site, never the reverse.
export { countInWords } from './text/french-numbers.js'
export { countedNoun, teamParagraphs } from './text/team-sentence.js'
export { reportsPlugin, reportsNav } from './reports.plugin.js'
export { reportsAuditLabels } from './reports.messages.js'
export { computeBilan, publicBilan, periodErrors } from './bilan/bilan.service.js'
export { figureDefinitions } from './bilan/figures.js'
export { bilanJson } from './bilan/bilan.json.js'
export { renderBilan, bilanFormats, type BilanFormat, type RenderedBilan } from './render/render-bilan.js'
/** The director's draft narrative of a region's Bilan (the CLI applies it). */
export { findNarrative } from './publications/narrative.queries.js'
export type { BilanModel, BilanQuery, PublicCount, FigureKey } from './bilan/bilan.model.js'
export { figureKeys } from './bilan/bilan.model.js'
export type { BilanDocument, BilanNarrative } from './bilan/bilan.document.js'
export { smallCell } from './suppression.js'
export {
  datasets as openDataSets,
  findDataset as findOpenDataSet,
  type Dataset as OpenDataSet,
} from './opendata/opendata.datasets.js'
export { buildTable as buildOpenDataTable, type OpenDataTable } from './opendata/opendata.table.js'
export { datasetEntry as openDataSetEntry, dictionaryOf as openDataDictionary } from './opendata/opendata.dictionary.js'
export {
  dictionaryCsv as openDataDictionaryCsv,
  dictionaryJson as openDataDictionaryJson,
  tableCsv as openDataCsv,
  tableJson as openDataJson,
} from './opendata/opendata.files.js'
export { openDataText } from './opendata/opendata.messages.js'
export { parseFiscalYear, resolveYears as resolveOpenDataYears, writeOpenData } from './opendata/opendata.service.js'
/** Published Bilans as the public site shows them (one region's, newest first; one version; its stored files). */
export {
  findPublishedBilan,
  findPublishedBilanFile,
  listPublishedBilans,
} from './publications/publication.public.js'
export type { PublishedBilan } from './publications/publication.presenter.js'
export { publishedBilanPath } from './publications/publication.paths.js'
export { KeyFigures, publicCountText } from './publications/publication.views.js'
export { BilanArticle } from './render/bilan.html.js'
/** Publishing a Bilan (the demo publishes one). */
export { publishBilan } from './publications/publication.service.js'
/** The regional action plan's targets: set a region's targets for a fiscal year, their progress (demo, synthetic data). */
export { setTargets, listTargetProgress } from './targets/target.service.js'
export { targetIndicators, type TargetIndicator } from './targets/target.indicators.js'
export type { RegionProgress, IndicatorProgress, SetTargetsInput } from './targets/target.contracts.js'
