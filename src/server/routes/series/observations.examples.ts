import type { ApiExample } from '../../openapi/examples.js';

const operation = 'GET /api/series/{indicator}/observations';

export const examples: ApiExample[] = [
  { operation, title: 'Venezuelans crossing the Darién in 2021', url: '/api/series/darien.transits/observations?origin=VEN&from=2021&to=2021&limit=5', status: 200 },
  { operation, title: 'only the months of a mixed series', url: '/api/series/darien.transits/observations?frequency=monthly&limit=3', status: 200 },
  { operation, title: 'refuses a cursor it did not give out', url: '/api/series/darien.transits/observations?cursor=bm9wZQ', status: 400 },
  { operation, title: 'refuses a range that ends before it starts', url: '/api/series/darien.transits/observations?from=2024&to=2021', status: 400 },
  { operation, title: 'rejects a page of more than 10,000', url: '/api/series/darien.transits/observations?limit=10001', status: 400 },
  { operation, title: 'answers 404 for an unknown indicator', url: '/api/series/darien.crossings/observations', status: 404 },
];
