import type { Ctx, Role, ScopeKind } from '../../src/modules/access/index.js'
import { civilDate } from '../../src/modules/territory/index.js'
import type { TestApp, TestUser } from '../build-test-app.js'

/** A signed-in staff member and the use-case context they act in (their scope resolved as a request would). */
export async function staffOf(
  app: TestApp,
  role: Role,
  scopeKind: ScopeKind,
  scopeRef?: string,
): Promise<{ user: TestUser; ctx: Ctx }> {
  const user = await app.userOf(role, scopeKind, scopeRef)
  const scope = await app.base.resolveScope(
    app.system.db,
    { kind: scopeKind, ref: scopeRef ?? null },
    civilDate(new Date()),
  )
  if (!scope) throw new Error('scope did not resolve')
  return { user, ctx: { ...app.system, now: new Date(), actor: user.actor, scope } }
}
