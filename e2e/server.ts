import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type RunningServer = {
  url: string
  process: ChildProcess
  accounts: Record<string, { email: string; password: string }>
}

/** Starts Escale as `npm start` does (embedded database in `dataDir`, free port) and waits for its URL. */
export async function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ESCALE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /is running at (http:\/\/\S+)/.exec(out)
      if (m) resolve(m[1]!)
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
  // A server that dies under a journey says so, rather than leaving the next journeys to fail on a refused connection.
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL') console.error(`e2e: the Escale server at ${url} exited (code ${code}, signal ${signal})`)
  })
  const accounts: RunningServer['accounts'] = {}
  for (const line of fs.readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8').trim().split('\n')) {
    const [role, email, password] = line.trim().split(/\s+/)
    accounts[role!] = { email: email!, password: password! }
  }
  return { url, process: child, accounts }
}

/** Stops the server abruptly (kill -9), as a crash would. */
export async function killServer(server: RunningServer): Promise<void> {
  const exited = new Promise((r) => server.process.once('exit', r))
  server.process.kill('SIGKILL')
  await exited
}
