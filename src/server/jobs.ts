import { accessJobs, exportsJobs, type Job } from '../modules/access/index.js'
import { partnersJobs } from '../modules/partners/index.js'
import { peopleJobs } from '../modules/people/index.js'
import type { Config } from '../platform/config.js'
import { applicationExportSources } from './export-sources.js'

/** What the background jobs are configured with: people's settings, the mail server and sender, the public address. */
export type JobSettings = Pick<Config, 'people' | 'mail' | 'publicUrl' | 'exportRetentionHours'>

/** Every module's background jobs (composition root): the server's loop and `escale jobs` run this list. */
export function applicationJobs(config: JobSettings): Job[] {
  return [
    ...accessJobs(config.mail),
    ...exportsJobs(applicationExportSources(), config.exportRetentionHours),
    ...partnersJobs(config),
    ...peopleJobs(config.people),
  ]
}
