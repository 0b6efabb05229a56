import { type Ctx, enqueueMail, type Mail } from '../../access/index.js'
import { listAdvisorRecipientsOfRegion } from '../services/advisor-service.service.js'
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
  const path = `/app/demandes-entreprises/${row.id}`
  const mails: Mail[] = (await listAdvisorRecipientsOfRegion(tx, row.regionCode)).map((advisor) => ({
    topic: 'employers.request',
    to: advisor.email,
    subject: subject[advisor.locale],
    text: body[advisor.locale](row.enterpriseName, path),
  }))
  await enqueueMail(tx.db, mails, tx.now)
}
