import type { ApiExample } from '../../openapi/examples.js';

export const examples: ApiExample[] = [
  { operation: 'GET /api/variables', title: 'asks the questions in Portuguese', url: '/api/variables?lang=pt', status: 200 },
  { operation: 'GET /api/variables', title: 'rejects an unknown language', url: '/api/variables?lang=de', status: 400 },
];
