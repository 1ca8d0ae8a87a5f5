import type { ApiExample } from '../../openapi/examples.js';

const operation = 'GET /api/blocs';

export const examples: ApiExample[] = [
  { operation, title: 'lists every bloc with its members', url: '/api/blocs', status: 200 },
  { operation, title: 'the blocs Colombia belongs to, in Portuguese', url: '/api/blocs?country=CO&lang=pt', status: 200 },
  { operation, title: 'rejects a country code that is not ISO 3166-1 alpha-2', url: '/api/blocs?country=COL', status: 400 },
  { operation, title: 'rejects an unknown parameter', url: '/api/blocs?member=CO', status: 400 },
];
