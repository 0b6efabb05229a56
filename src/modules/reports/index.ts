// The reports module's public surface: the Bilan (model, text, renderers, publications), dashboards, targets, open
// data, and the French/English text helpers. reports may be imported by public-site, never the reverse.
/** A count as French or English prose: words under ten ("sept ententes"), figures otherwise. */
export { countInWords } from './text/french-numbers.js'
/** The team's paragraph of the Bilan and a region's page ("deux conseillères et conseillers…"), and its nouns. */
export { countedNoun, teamParagraphs } from './text/team-sentence.js'
/** The module's pages and routes, and its staff-app navigation. */
export { reportsPlugin, reportsNav } from './reports.plugin.js'
/** What the audit journal calls the module's actions and records. */
export { reportsAuditLabels } from './reports.messages.js'
/** The Bilan's model from the data (staff counts), its public form (small counts suppressed), a period's errors. */
export { computeBilan, publicBilan, periodErrors } from './bilan/bilan.service.js'
/** What each figure of the Bilan counts, in French and English. */
export { figureDefinitions } from './bilan/figures.js'
/** The Bilan's model as the JSON format gives it (with the figures' definitions). */
export { bilanJson } from './bilan/bilan.json.js'
/** One Bilan in one format (md, html, pdf, docx, json) and language, from the one model. */
export { renderBilan, bilanFormats, type BilanFormat, type RenderedBilan } from './render/render-bilan.js'
/** The director's draft narrative of a region's Bilan (the CLI applies it). */
export { findNarrative } from './publications/narrative.queries.js'
/** The Bilan's model, what it is asked for, a published count ("<5"), its figures' keys. */
export type { BilanModel, BilanQuery, PublicCount, FigureKey } from './bilan/bilan.model.js'
export { figureKeys } from './bilan/bilan.model.js'
/** The Bilan as a document every renderer draws, and the director's narrative added to it. */
export type { BilanDocument, BilanNarrative } from './bilan/bilan.document.js'
/** Small-cell suppression of one published count (1 to 4 become "<5"). */
export { smallCell } from './suppression.js'
/** The open-data sets, one by name, one's published table (suppressed), its dictionary entry and files, its texts. */
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
/** Open data's fiscal years (as typed, as published) and the export written into a directory (the CLI). */
export { parseFiscalYear, resolveYears as resolveOpenDataYears, writeOpenData } from './opendata/opendata.service.js'
/** Published Bilans as the public site shows them (one region's, newest first; one version; its stored files). */
export {
  findPublishedBilan,
  findPublishedBilanFile,
  listPublishedBilans,
} from './publications/publication.public.js'
/** A published Bilan as its pages show it, its public address, its key figures and a published count as text. */
export type { PublishedBilan } from './publications/publication.presenter.js'
export { publishedBilanPath } from './publications/publication.paths.js'
export { KeyFigures, publicCountText } from './publications/publication.views.js'
/** The Bilan's body as semantic HTML, for any page. */
export { BilanArticle } from './render/bilan.html.js'
/** Publishing a Bilan (the demo publishes one). */
export { publishBilan } from './publications/publication.service.js'
/** The regional action plan's targets: set a region's targets for a fiscal year, their progress (demo, synthetic data). */
export { setTargets, listTargetProgress } from './targets/target.service.js'
export { targetIndicators, type TargetIndicator } from './targets/target.indicators.js'
/** A region's progress on its targets, one indicator's, and the input that sets them. */
export type { RegionProgress, IndicatorProgress, SetTargetsInput } from './targets/target.contracts.js'
