import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

let compiler: NodeCompiler | undefined

/** One compiler for the process: creating it loads the bundled fonts (Libertinus Serif, New Computer Modern, DejaVu). */
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create()
  return compiler
}

/**
 * A PDF from a constant Typst template and its data: every user word reaches Typst as data (`sys.inputs.<name>`, JSON
 * strings the template decodes), never spliced into markup. Fonts are embedded (subset). A failure throws an error
 * naming `what`, without Typst's diagnostics, which may quote the data.
 */
export function renderTypstPdf(template: string, inputs: Record<string, string>, what: string): Buffer {
  try {
    return typst().pdf({ mainFileContent: template, inputs })
  } catch {
    throw new Error(`${what} could not be rendered`)
  } finally {
    typst().evictCache(10)
  }
}
