// Routes of the reports module: the Bilan and its publication, dashboards, drill-down and the action plan's targets.
import { type Group, perm } from './requirements.js'

export const reportsRoutes: Group[] = [
  [
    perm('reports.read'),
    [
      'GET /api/v1/reports/bilan',
      'GET /app/bilans',
      'GET /app/bilans/telecharger',
      'GET /app/bilans/chiffres/:figure',
      'GET /api/v1/reports/bilan/records',
      'GET /app/bilans/publications',
      'GET /app/tableaux-de-bord',
      'GET /app/tableaux-de-bord/graphiques/:file',
      'GET /app/tableaux-de-bord.pdf',
      'GET /app/cibles',
      'GET /api/v1/targets',
    ],
  ],
  [
    perm('reports.publish'),
    [
      'GET /app/bilans/texte',
      'POST /app/bilans/texte',
      'GET /app/bilans/publier',
      'POST /app/bilans/publier',
      'GET /app/cibles/modifier',
      'POST /app/cibles/modifier',
      'PUT /api/v1/targets',
    ],
  ],
]
