import fs from 'node:fs'
import path from 'node:path'

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Escale process (pid ${pid}). ` +
        'The embedded database serves one process only; stop the other one or use DATABASE_URL.',
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite does not lock its folder, and two processes on it would corrupt it: take a lock file holding our pid.
 * A lock left by a dead process (kill -9) is taken over. Returns the release function.
 */
export function acquireDirectoryLock(dir: string): () => Promise<void> {
  const file = path.join(dir, 'escale.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      let released = false
      return async () => {
        if (released) return
        released = true
        fs.rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(fs.readFileSync(file, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dir, pid)
      }
      if (pid === process.pid) throw new DataDirLockedError(dir, pid)
      fs.rmSync(file, { force: true })
    }
  }
  throw new Error(`Could not lock ${dir}`)
}
