import type { ApiExample } from './examples.js';

export const examples: ApiExample[] = [
  { operation: 'GET /api/openapi.json', title: 'describes the API', url: '/api/openapi.json', status: 200 },
];
