import { type Ctx, enqueueMail, listUsersWithRole, type Mail } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { EmployerRequestRow } from './employer-request.queries.js'

const subject = { fr: 'Nouvelle demande d’entreprise', en: 'New employer request' }
const body = {
  fr: (name: string, path: string) =>
    `L’entreprise « ${name} » demande de l’aide pour recruter. La demande attend dans la file des demandes d’entreprises : ${path}`,
  en: (name: string, path: string) =>
    `The enterprise “${name}” asks for help recruiting. The request waits in the employer requests queue: ${path}`,
}

/**
 * Tells the active advisors whose scope reaches the request's region that it arrived, in the caller's transaction
 * (nothing is sent if it rolls back). The mail names the enterprise and the page, never the contact person.
 */
export async function notifyRegionAdvisors(tx: Ctx, row: EmployerRequestRow): Promise<void> {
  const today = civilDate(tx.now)
  const path = `/app/demandes-entreprises/${row.id}`
  const mails: Mail[] = []
  for (const advisor of await listUsersWithRole(tx.db, 'advisor')) {
    const scope = await tx.resolveScope(tx.db, { kind: advisor.scopeKind, ref: advisor.scopeRef }, today)
    if (!scope?.coversRegion(row.regionCode)) continue
    const lang = advisor.locale
    mails.push({
      topic: 'employers.request',
      to: advisor.email,
      subject: subject[lang],
      text: body[lang](row.enterpriseName, path),
    })
  }
  await enqueueMail(tx.db, mails, tx.now)
}
