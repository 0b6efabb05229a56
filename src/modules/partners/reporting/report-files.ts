import type { FieldErrors } from '../../../platform/errors.js'
import { isUploadedFile, type UploadedFile } from '../../../platform/http/uploads.js'
import { reportErrors as e } from './report.messages.js'

/** At most this many files per report, each at most `MAX_FILE_BYTES`. */
export const MAX_FILES = 5
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** The name of a file sent without a usable one: the same word in French and English. */
export const NEUTRAL_FILE_NAME = 'document'

/** The file kinds a report takes, by extension: the content type we store, and the first bytes the file must have. */
const accepted: Record<string, { contentType: string; magic: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
}

/** A file ready to store: its name (no path), the type we decided from its extension and bytes, its content. */
export type ReportFile = { fileName: string; contentType: string; content: Buffer }

/** The file name without any directory a browser may have sent, kept short. */
function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').trim().slice(0, 200)
}

/**
 * Checks the files of a report and decides their stored type: the extension must be one we take and the content must
 * start as such a file does (the browser's declared type is not trusted: it is whatever the sender says). Every
 * problem is reported under `files`.
 */
export function checkReportFiles(files: readonly UploadedFile[]): { files: ReportFile[]; errors?: FieldErrors } {
  if (files.length > MAX_FILES) return { files: [], errors: { files: e.tooManyFiles } }
  const out: ReportFile[] = []
  for (const file of files) {
    const fileName = baseName(file.fileName) || NEUTRAL_FILE_NAME
    if (file.truncated || file.content.length > MAX_FILE_BYTES) {
      return { files: [], errors: { files: e.fileTooLarge(fileName) } }
    }
    const kind = accepted[fileName.split('.').pop()?.toLowerCase() ?? '']
    if (!kind?.magic.every((byte, i) => file.content[i] === byte)) {
      return { files: [], errors: { files: e.fileType(fileName) } }
    }
    out.push({ fileName, contentType: kind!.contentType, content: file.content })
  }
  return { files: out }
}

/** The files a multipart form sent under one name, without the empty part a browser sends when none was chosen. */
export function chosenFiles(value: unknown): UploadedFile[] {
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return all.filter((f): f is UploadedFile => isUploadedFile(f) && (f.fileName !== '' || f.content.length > 0))
}
