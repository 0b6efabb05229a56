import type { BilanModel } from './bilan.model.js'

/** The Bilan as JSON (the API's and the CLI's `json`): the model, with each figure's definition. */
export function bilanJson(model: BilanModel): Record<string, unknown> {
  return { ...model }
}
