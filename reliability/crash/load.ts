// The crash test's load generator: concurrent clients write through the JSON API with a bearer token and log every
// acknowledged record (a 2xx answer) with the value that identifies what was sent. Requests cut by a kill are counted
// as in flight (they may or may not have committed, never half: the invariants check that on every row).
import {
  agreementRequest,
  dossierRequest,
  enterpriseRequest,
  interventionRequest,
  type Kind,
  personRequest,
  referralRequest,
  type Request,
} from './requests.js'
import type { World } from './setup.js'

export type { Kind }
export const kinds: Kind[] = ['person', 'dossier', 'intervention', 'referral', 'enterprise', 'agreement']

/** An acknowledged record: its id and the marker sent in it (a name, a summary, a reference, the parent's id). */
export type Ack = { kind: Kind; id: string; marker: string }

export class LoadLog {
  acks: Ack[] = []
  sent = 0
  inFlightLost = 0
  /** Answers that are neither 2xx nor a cut connection, by status (a 4xx means a bad body here, a 5xx a server bug). */
  refused = new Map<number, string[]>()
  /** Markers of creates cut by a kill: checked afterwards for "all or nothing". */
  cut: { kind: Kind; marker: string }[] = []
  of(kind: Kind): Ack[] {
    return this.acks.filter((a) => a.kind === kind)
  }
}

/** A JSON answer's fields (the markers read back are strings). */
type Answer = Record<string, string>

/** Drives `clients` concurrent clients against `base()` while `running()`; waits on `up()` while the server is down. */
export class LoadGenerator {
  readonly log = new LoadLog()
  private n = 0
  private readonly consentedDossiers: string[] = []
  constructor(
    private readonly world: World,
    private readonly random: () => number,
    private readonly server: { base: () => string; up: () => Promise<void>; running: () => boolean },
  ) {}

  async run(clients: number): Promise<void> {
    await Promise.all(Array.from({ length: clients }, (_, i) => this.client(i)))
  }

  private async client(i: number): Promise<void> {
    while (this.server.running()) {
      await this.server.up()
      if (!this.server.running()) return
      await this.send(this.next(i))
    }
  }

  private pick<T>(list: T[]): T | undefined {
    return list.length === 0 ? undefined : list[Math.floor(this.random() * list.length)]
  }

  /** The next request: a kind drawn at random among those whose parents exist. */
  private next(client: number): Request {
    const tag = `${client}-${++this.n}-${Math.floor(this.random() * 1e9).toString(36)}`
    const r = this.random()
    const person = this.pick(this.log.of('person'))
    const dossier = this.pick(this.log.of('dossier'))
    const consented = this.pick(this.consentedDossiers)
    if (r < 0.1 || (r < 0.2 && !consented)) {
      return dossierRequest(this.world, this.pick(this.world.consentingPersonIds)!, true)
    }
    if (r < 0.2 && consented) return referralRequest(this.world, consented, tag)
    if (r < 0.35 && person) return dossierRequest(this.world, person.id, false)
    if (r < 0.55 && dossier) return interventionRequest(dossier.id, tag)
    if (r < 0.7) return enterpriseRequest(tag)
    if (r < 0.8) return agreementRequest(this.world, tag)
    return personRequest(tag)
  }

  private async send(req: Request): Promise<void> {
    this.log.sent++
    let res: Response
    try {
      res = await fetch(`${this.server.base()}${req.url}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.world.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(req.body),
        signal: AbortSignal.timeout(30_000),
      })
    } catch {
      this.cut(req)
      return
    }
    let json: Answer
    try {
      json = await res.json()
    } catch {
      // The answer was cut after its status: committed or not, as a request in flight.
      this.cut(req)
      return
    }
    if (res.status >= 200 && res.status < 300) {
      const id = String(json.id)
      this.log.acks.push({ kind: req.kind, id, marker: String(json[req.field]) })
      if (req.consented) this.consentedDossiers.push(id)
      return
    }
    const list = this.log.refused.get(res.status) ?? []
    list.push(`${req.kind}: ${JSON.stringify(json).slice(0, 300)}`)
    this.log.refused.set(res.status, list)
  }

  private cut(req: Request): void {
    this.log.inFlightLost++
    if (req.kind !== 'dossier') this.log.cut.push({ kind: req.kind, marker: req.marker })
  }
}
