import type { ApiExample } from '../../openapi/examples.js';

export const examples: ApiExample[] = [
  { operation: 'GET /api/health', title: 'reports a ready database holding the catalogue', url: '/api/health', status: 200 },
];
