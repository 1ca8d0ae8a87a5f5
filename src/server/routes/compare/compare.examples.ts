import type { ApiExample } from '../../openapi/examples.js';

const op = 'GET /api/compare';

export const examples: ApiExample[] = [
  { operation: op, title: 'compares Colombia\'s ETPV with Peru\'s CPP, in Spanish', url: '/api/compare?ids=co-etpv-ppt,pe-cpp-2023&lang=es', status: 200 },
  { operation: op, title: 'compares four pathways', url: '/api/compare?ids=co-etpv-ppt,pe-cpp-2023,us-tps-venezuela,mercosur-residence-agreement', status: 200 },
  { operation: op, title: 'names an id the catalogue does not have', url: '/api/compare?ids=co-etpv-ppt,co-etvp', status: 404 },
  { operation: op, title: 'rejects a single pathway', url: '/api/compare?ids=co-etpv-ppt', status: 400 },
  { operation: op, title: 'rejects more than four', url: '/api/compare?ids=a,b,c,d,e', status: 400 },
  { operation: op, title: 'rejects an id given twice', url: '/api/compare?ids=co-etpv-ppt,co-etpv-ppt', status: 400 },
];
