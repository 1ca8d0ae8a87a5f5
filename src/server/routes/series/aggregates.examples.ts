import type { ApiExample } from '../../openapi/examples.js';

const operation = 'GET /api/series/{indicator}/aggregates';

export const examples: ApiExample[] = [
  { operation, title: 'Darién crossings of Venezuelans per month, 2021–2024', url: '/api/series/darien.transits/aggregates?by=month&origin=VEN&from=2021&to=2024', status: 200 },
  { operation, title: 'CBP encounters per US fiscal year', url: '/api/series/cbp.sw_border_encounters/aggregates?by=us_fiscal_year', status: 200 },
  { operation, title: 'refugees in Colombia by origin at the end of 2022, in Spanish', url: '/api/series/unhcr.refugees/aggregates?by=origin&location=COL&from=2022&to=2022&limit=5&lang=es', status: 200 },
  { operation, title: 'refuses to split yearly totals into months', url: '/api/series/darien.transits/aggregates?by=month', status: 400 },
  { operation, title: 'refuses to add end-of-year refugee counts of several years', url: '/api/series/unhcr.refugees/aggregates?by=origin', status: 400 },
  { operation, title: 'rejects a missing grouping', url: '/api/series/darien.transits/aggregates', status: 400 },
  { operation, title: 'answers 404 for an unknown indicator', url: '/api/series/darien.crossings/aggregates?by=year', status: 404 },
];
