import type { BilanModel, FigureKey } from './bilan.model.js'
import { figureDefinitions } from './figures.js'

/** The Bilan as JSON (the API's and the CLI's `json`): the model, with each figure's definition. */
export function bilanJson(model: BilanModel): BilanModel & { definitions: typeof figureDefinitions } {
  const definitions = { ...figureDefinitions } satisfies Record<FigureKey, unknown>
  return { ...model, definitions }
}
