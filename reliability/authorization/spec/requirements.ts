// What a route may require, and the shorthands the specification's tables (one file per module) are written with.
import type { Permission } from '../../../src/modules/access/policy.js'

/**
 * What a route requires: nothing (`public`), an account of any role (`signed-in`), or one of some permissions of
 * policy.ts (the expected outcome of each role is computed from the policy's grants, never typed per role).
 */
export type Requirement =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'permission'; permissions: readonly Permission[] }

/** Routes sharing a requirement; each key is `METHOD /url/:pattern` exactly as the application registers it. */
export type Group = [Requirement, string[]]

export const pub: Requirement = { kind: 'public' }
export const signedIn: Requirement = { kind: 'signed-in' }
export const perm = (...permissions: Permission[]): Requirement => ({ kind: 'permission', permissions })
