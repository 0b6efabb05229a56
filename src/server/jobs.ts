import { accessJobs, type Job } from '../modules/access/index.js'
import { partnersJobs } from '../modules/partners/index.js'
import { peopleJobs } from '../modules/people/index.js'
import type { PeopleSettings } from '../platform/config.js'

/** Every module's background jobs (composition root): the server's loop and `escale jobs` run this list. */
export function applicationJobs(settings: PeopleSettings): Job[] {
  return [...accessJobs, ...partnersJobs, ...peopleJobs(settings)]
}
