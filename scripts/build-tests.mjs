// Transpiles the TypeScript of the folders it is given (src/, test/, reliability/, bench/) to JavaScript in .build/
// (esbuild, the compiler tsx itself uses; types are checked by `npm run typecheck`), so each test file's process loads
// plain JavaScript instead of sending every one of its ~800 modules through tsx's loader thread (about 1.5 s per file
// on 2 cores). Paths that the code resolves from its own location (../../../public, ../../../migrations,
// ../../package.json) are linked.
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

export const BUILD_DIR = '.build'

function sources(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : []
  })
}

/** The files of a folder that are not TypeScript sources (data the code reads beside itself). */
function others(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return others(p)
    return /\.tsx?$/.test(e.name) ? [] : [p]
  })
}

/** Writes .build/ afresh from the given source folders; returns the number of files transpiled. */
export async function buildTests(roots) {
  fs.rmSync(BUILD_DIR, { recursive: true, force: true })
  const entryPoints = roots.flatMap(sources)
  await build({
    entryPoints,
    outdir: BUILD_DIR,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'inline',
    logLevel: 'warning',
  })
  // Files beside the sources that the code reads from its own location (e.g. reliability/audit/route-classes.txt).
  for (const file of roots.flatMap(others)) {
    fs.mkdirSync(path.join(BUILD_DIR, path.dirname(file)), { recursive: true })
    fs.copyFileSync(file, path.join(BUILD_DIR, file))
  }
  for (const name of ['public', 'migrations', 'package.json']) {
    fs.symlinkSync(path.resolve(name), path.join(BUILD_DIR, name))
  }
  return entryPoints.length
}
