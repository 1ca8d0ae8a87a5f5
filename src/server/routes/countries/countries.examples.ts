import type { ApiExample } from '../../openapi/examples.js';

const operation = 'GET /api/countries';

export const examples: ApiExample[] = [
  { operation, title: 'lists every country', url: '/api/countries', status: 200 },
  { operation, title: 'Latin America and the Caribbean, in Spanish', url: '/api/countries?region=419&lang=es', status: 200 },
  { operation, title: 'the members of CARICOM, in French', url: '/api/countries?bloc=caricom&lang=fr', status: 200 },
  { operation, title: 'rejects an unknown bloc, suggesting the nearest', url: '/api/countries?bloc=mercosul', status: 400 },
  { operation, title: 'rejects a region that is not an M49 code', url: '/api/countries?region=americas', status: 400 },
];
