import type { ApiExample } from '../../openapi/examples.js';

const list = 'GET /api/pathways';
const one = 'GET /api/pathways/{id}';
const history = 'GET /api/pathways/{id}/history';

export const examples: ApiExample[] = [
  { operation: list, title: 'lists the catalogue, first page, by name', url: '/api/pathways', status: 200 },
  { operation: list, title: 'filters by destination, in Spanish', url: '/api/pathways?destination=CO&lang=es', status: 200 },
  { operation: list, title: 'finds what a Venezuelan could use in Colombia or Peru on a date', url: '/api/pathways?nationality=VE&destination=CO,PE&open_on=2022-06-01', status: 200 },
  { operation: list, title: 'searches text without accents, most relevant first', url: '/api/pathways?q=migracion&lang=es&limit=5', status: 200 },
  { operation: list, title: 'combines every filter and sorts by opening date', url: '/api/pathways?type=temporary_protection,regularization&status_granted=temporary&path_to_permanence=false&free_of_charge=true&sort=opening_date&order=asc&limit=3', status: 200 },
  { operation: list, title: 'rejects an unknown country code', url: '/api/pathways?destination=CO,XX', status: 400 },
  { operation: list, title: 'rejects an unknown parameter', url: '/api/pathways?country=VE', status: 400 },
  { operation: list, title: 'rejects a cursor it did not give out', url: '/api/pathways?cursor=bm90LWEtY3Vyc29y', status: 400 },
  { operation: list, title: 'rejects relevance sorting without words to search', url: '/api/pathways?sort=relevance', status: 400 },
  { operation: list, title: 'rejects a limit over 100', url: '/api/pathways?limit=500', status: 400 },
  { operation: one, title: 'returns the whole record', url: '/api/pathways/co-etpv-ppt?lang=fr', status: 200 },
  { operation: one, title: 'answers 404 for an unknown id', url: '/api/pathways/atlantis-visa', status: 404 },
  { operation: one, title: 'rejects an id that is not kebab-case', url: '/api/pathways/Not_An_Id', status: 400 },
  { operation: history, title: 'tells the ETPV\'s story in Portuguese', url: '/api/pathways/co-etpv-ppt/history?lang=pt', status: 200 },
  { operation: history, title: 'answers 404 for an unknown id', url: '/api/pathways/atlantis-visa/history', status: 404 },
];
