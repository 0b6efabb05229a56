import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'

/** What a screen reader announces for a chart: its title and a sentence saying what it shows. */
export type ChartA11y = {
  title: string
  description: string
  /** A prefix for the SVG's ids (the chart's key), so several charts on one page never share an id. */
  id?: string
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

/**
 * Plot names its stylesheet class and its marker, clip and pattern ids with random or process-wide counters: they are
 * renamed in order of appearance (`<id>-1`, `<id>-2`…) so the same chart draws the same markup on every run.
 */
function stableIds(svg: string, prefix: string): string {
  const names = new Map<string, string>()
  const rename = (name: string) => {
    if (!names.has(name)) names.set(name, `${prefix}-${names.size + 1}`)
    return names.get(name)!
  }
  return svg.replace(/\bplot-[A-Za-z0-9-]+/g, (name) => rename(name))
}

/**
 * A chart's SVG drawn on the server: Observable Plot with a linkedom document, no script, `role="img"` with its
 * `<title>` and `<desc>` first (announced by screen readers; the data table next to it gives the figures). The same
 * markup goes into the dashboard's PDF. Labels are drawn by the chart's marks (text marks on bars and points); a
 * chart with two series tells them apart by line pattern and marker shape, never by colour alone.
 */
export function renderChartSvg(options: Plot.PlotOptions, a11y: ChartA11y): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const figure = Plot.plot({ ...options, figure: false, document } as Plot.PlotOptions) as unknown as Element
  const prefix = `chart-${(a11y.id ?? 'figure').replace(/[^A-Za-z0-9-]/g, '-')}`
  const titleId = `${prefix}-title`
  const descId = `${prefix}-desc`
  figure.setAttribute('role', 'img')
  figure.setAttribute('aria-labelledby', `${titleId} ${descId}`)
  figure.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  // Plot's own <style> would break the pages' Content-Security-Policy (no inline style): it goes, and the chart scales
  // to its container by its viewBox (width 100%, height from the aspect ratio) on the page and in the PDF.
  figure.querySelector('style')?.remove()
  // Plot names its marks' groups (`<g aria-label="bar">`): ARIA prohibits a name on an element with no role (axe:
  // aria-prohibited-attr), and inside role="img" they are not announced anyway. The title and desc name the chart.
  for (const named of Array.from(figure.querySelectorAll('[aria-label], [aria-description]'))) {
    named.removeAttribute('aria-label')
    named.removeAttribute('aria-description')
  }
  figure.setAttribute('width', '100%')
  figure.removeAttribute('height')
  const open = `<title id="${titleId}">${escapeXml(a11y.title)}</title><desc id="${descId}">${escapeXml(a11y.description)}</desc>`
  const markup = stableIds(figure.outerHTML.replace(/<script[\s\S]*?<\/script>/gi, ''), prefix)
  return markup.replace(/^<svg([^>]*)>/, (tag) => `${tag}${open}`)
}
