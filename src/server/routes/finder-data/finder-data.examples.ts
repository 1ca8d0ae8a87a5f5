import type { ApiExample } from '../../openapi/examples.js';

export const examples: ApiExample[] = [
  { operation: 'GET /api/finder-data', title: 'gives the finder its questions and rules in Spanish', url: '/api/finder-data?lang=es', status: 200 },
  { operation: 'GET /api/finder-data', title: 'rejects an unknown language', url: '/api/finder-data?lang=de', status: 400 },
  { operation: 'GET /api/finder-data', title: 'rejects an unknown parameter', url: '/api/finder-data?lang=en&nationalities=VE', status: 400 },
];
