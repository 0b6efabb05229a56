import type { FastifyInstance } from 'fastify'
import { colon, formatDateTime, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { type JobScheduleOutput, listJobSchedules } from './job.service.js'

export const JOBS_PAGE = '/app/admin/taches'

const m = {
  title: { fr: 'Tâches de fond', en: 'Background jobs' },
  intro: {
    fr: 'Les tâches planifiées (purge des sessions, expiration des références, anonymisation à échéance de la conservation) tournent sur les serveurs de l’application, une seule fois à la fois. Leur résultat ne donne que des nombres.',
    en: 'Scheduled jobs (session purge, referral expiry, anonymization at the end of the retention period) run on the application servers, one run at a time. Their results are counts only.',
  },
  cols: {
    fr: ['Tâche', 'Fréquence', 'Dernière exécution', 'Résultat', 'Prochaine exécution'],
    en: ['Job', 'Every', 'Last run', 'Result', 'Next run'],
  },
  never: { fr: 'Jamais', en: 'Never' },
  running: { fr: 'En cours', en: 'Running' },
  failed: { fr: 'Échec', en: 'Failed' },
  none: {
    fr: 'Aucune tâche planifiée pour le moment : elles s’inscrivent au démarrage du serveur.',
    en: 'No scheduled job yet: they are registered when the server starts.',
  },
}

function period(seconds: number, lang: Lang): string {
  if (seconds % 86_400 === 0) return lang === 'fr' ? `${seconds / 86_400} j` : `${seconds / 86_400} d`
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  return `${formatNumber(seconds, lang)} s`
}

function Result(p: { job: JobScheduleOutput; lang: Lang }) {
  const { job, lang } = p
  if (job.running) return <>{m.running[lang]}</>
  if (job.lastError) return <>{`${m.failed[lang]}${colon(lang)}${job.lastError}`}</>
  const counts = Object.entries(job.lastResult ?? {})
  return <>{counts.map(([k, v]) => `${k} ${formatNumber(v, lang)}`).join(', ')}</>
}

function JobTable(p: { jobs: JobScheduleOutput[]; lang: Lang }) {
  const { lang } = p
  return (
    <Table label={m.title[lang]}>
      <thead>
        <tr>
          {m.cols[lang].map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.jobs.map((j) => (
          <tr key={j.name}>
            <th scope="row">
              <code>{j.name}</code>
            </th>
            <td>{period(j.everySeconds, lang)}</td>
            <td>{j.lastStartedAt ? formatDateTime(j.lastStartedAt, lang) : m.never[lang]}</td>
            <td>
              <Result job={j} lang={lang} />
            </td>
            <td>{formatDateTime(j.nextRunAt, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The admins' view of the background jobs: schedules, last run, counts or error code. */
export function registerJobPages(root: FastifyInstance, deps: ModuleDeps): void {
  root.get(JOBS_PAGE, { schema: { hide: true } }, async (request, reply) => {
    const jobs = await listJobSchedules(ctxOf(request, deps))
    const lang = request.lang
    const page = (
      <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
        <h1>{m.title[lang]}</h1>
        <p>{m.intro[lang]}</p>
        {jobs.length === 0 ? <p>{m.none[lang]}</p> : <JobTable jobs={jobs} lang={lang} />}
      </AppPage>
    )
    return sendPage(reply, page)
  })
}
