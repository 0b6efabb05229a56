import type { z } from 'zod'
import type { Localized } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { Ctx } from '../actor.js'
import type { Permission } from '../policy.js'

/** The formats a background export writes. */
export const exportFormats = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** Where an export stands; `expired` once its file is deleted. */
export const exportStatuses = ['queued', 'running', 'done', 'failed', 'cancelled', 'expired'] as const
export type ExportStatus = (typeof exportStatuses)[number]

/** One column of an export: its header in each language and how a row gives its cell (text, number or blank). */
export type ExportColumn<R> = {
  header: Localized
  value(row: R, lang: Lang): string | number | null
}

/**
 * A large list that exports in the background, declared by the module that owns it (people: persons and
 * interventions; employers: enterprises; partners: agreements and actions) and collected by the composition root.
 * The runner acts as the user who asked (their actor and scope, resolved again when the export runs): a source returns
 * only what that user may read on its list screen.
 */
export type ExportSource<F = unknown, R = unknown> = {
  /** Stable name, in URLs and the history: `persons`, `interventions`, `enterprises`, `agreements`, `actions`. */
  name: string
  /** What the history and the file name call it. */
  title: Localized
  /** Needed to ask for the export and to download its file (checked each time). */
  permission: Permission
  /** The list screen's filters (the same query names), validated when the export is asked for. */
  filters: z.ZodType<F>
  /** Each filter's name in words (the form's labels, its error messages, the export's page); the name otherwise. */
  filterLabels?: Record<string, Localized>
  /** The list screen the export comes from (the form's way back after an error). */
  listHref?: string
  columns: readonly ExportColumn<R>[]
  /** How many rows the export will write (the progress bar's total). */
  count(ctx: Ctx, filters: F): Promise<number>
  /** The rows in batches (keyset pages of at most a few thousand): the runner holds one batch at a time. */
  batches(ctx: Ctx, filters: F): AsyncIterable<readonly R[]>
}

/** A source with its types erased, as the composition root lists them. */
export type AnyExportSource = ExportSource<unknown, unknown>

/** Declares a source with its own filter and row types, and erases them for the list (the runner only passes along). */
export function defineExportSource<F, R>(source: ExportSource<F, R>): AnyExportSource {
  return source as unknown as AnyExportSource
}
