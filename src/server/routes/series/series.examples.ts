import type { ApiExample } from '../../openapi/examples.js';

const list = 'GET /api/series';
const one = 'GET /api/series/{indicator}';

export const examples: ApiExample[] = [
  { operation: list, title: 'lists every series', url: '/api/series', status: 200 },
  { operation: list, title: 'series about Venezuelans, monthly or mixed, in Spanish', url: '/api/series?origin=VEN&frequency=monthly,mixed&lang=es', status: 200 },
  { operation: list, title: 'the stocks, in French', url: '/api/series?measure=stock&lang=fr', status: 200 },
  { operation: list, title: 'rejects a two-letter origin', url: '/api/series?origin=VE', status: 400 },
  { operation: list, title: 'rejects an unknown frequency', url: '/api/series?frequency=weekly', status: 400 },

  { operation: one, title: 'one series, in Portuguese', url: '/api/series/darien.transits?lang=pt', status: 200 },
  { operation: one, title: 'answers 404 for an unknown indicator', url: '/api/series/darien.crossings', status: 404 },
  { operation: one, title: 'rejects an indicator in capitals', url: '/api/series/Darien', status: 400 },
];
