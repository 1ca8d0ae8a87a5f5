import type { ApiExample } from '../../openapi/examples.js';

const op = 'GET /api/coverage';

export const examples: ApiExample[] = [
  { operation: op, title: 'maps every nationality the catalogue names, today', url: '/api/coverage', status: 200 },
  { operation: op, title: 'maps Venezuelans, Haitians and Nicaraguans on 2023-06-11, in French', url: '/api/coverage?as_of=2023-06-11&nationalities=VE,HT,NI&lang=fr', status: 200 },
  { operation: op, title: 'rejects an impossible date', url: '/api/coverage?as_of=2023-02-30', status: 400 },
  { operation: op, title: 'rejects an unknown country code', url: '/api/coverage?nationalities=VE,XX', status: 400 },
];
