import type { Db } from '../../platform/db/database.js'
import type { scopeKinds } from './users/user.schema.js'

export type ScopeKind = (typeof scopeKinds)[number]

/** What an account was granted: everything, or one directorate, region, service point or organization (by ref). */
export type ScopeGrant = { kind: ScopeKind; ref: string | null }

/**
 * A record that belongs to a region and may belong to one of its service points (a dossier): the service point is
 * required, null when the record has none, so no caller can forget it and hand a service point's staff the region.
 */
export type ScopedRecord = { regionCode: string; servicePointId: string | null }

/**
 * The caller's scope resolved for one request: the regions it reaches on that day (a directorate's regions change over
 * time) and, for narrower grants, the service point or organization. Services ask it questions; they never recompute.
 */
export class Scope {
  private constructor(
    readonly kind: ScopeKind | 'system',
    readonly regionCodes: 'all' | readonly string[],
    readonly servicePointId: string | null = null,
    readonly organizationId: string | null = null,
    /** The region an organization belongs to: only for deciding who may grant access to it. */
    private readonly homeRegion: string | null = null,
  ) {}

  /** The system (CLI, seed, jobs) and scope-'all' accounts reach everything. */
  static all(kind: 'all' | 'system' = 'all'): Scope {
    return new Scope(kind, 'all')
  }

  /** A grant whose reference no longer resolves reaches nothing (deny by default). */
  static none(kind: ScopeKind): Scope {
    return new Scope(kind, [])
  }

  static ofRegions(kind: 'region' | 'directorate', regionCodes: readonly string[]): Scope {
    return new Scope(kind, regionCodes)
  }

  /** A service point's staff read their region's territory but own only their service point's records. */
  static ofServicePoint(servicePointId: string, regionCode: string): Scope {
    return new Scope('service_point', [regionCode], servicePointId)
  }

  /** A partner organization reaches no region: only what is addressed to it. */
  static ofOrganization(organizationId: string, regionCode: string): Scope {
    return new Scope('organization', [], null, organizationId, regionCode)
  }

  /** Whether the scope reaches a region's shared records (territory, lists of the region). */
  coversRegion(regionCode: string): boolean {
    return this.regionCodes === 'all' || this.regionCodes.includes(regionCode)
  }

  /** Whether the scope reaches a record; a service-point scope only reaches its own service point's records. */
  covers(record: ScopedRecord): boolean {
    if (!this.coversRegion(record.regionCode)) return false
    return this.servicePointId === null || record.servicePointId === this.servicePointId
  }

  /** Whether the scope reaches what is addressed to an organization (a referral, an agreement report). */
  coversOrganization(organizationId: string): boolean {
    return this.organizationId === organizationId || this.regionCodes === 'all'
  }

  /**
   * Whether everything this scope reaches, `outer` reaches too: nobody grants (an account, a token) more than they
   * have. A service-point scope grants only its service point; an organization counts as its region.
   */
  isWithin(outer: Scope): boolean {
    if (outer.regionCodes === 'all') return true
    if (this.regionCodes === 'all') return false
    const regions = this.homeRegion ? [this.homeRegion] : this.regionCodes
    if (!regions.every((code) => outer.coversRegion(code))) return false
    return outer.servicePointId === null || (this.servicePointId === outer.servicePointId && !this.organizationId)
  }

  /** Whether the scope reaches every region (the audit events without a region are for those only). */
  get isEverywhere(): boolean {
    return this.regionCodes === 'all'
  }
}

/**
 * Resolves a grant to a scope on a civil date, or undefined when its reference does not exist. Implemented by the
 * modules that own the referenced records (territory, partners) and handed in by the composition root.
 */
export type ScopeResolver = (db: Db, grant: ScopeGrant, date: string) => Promise<Scope | undefined>
