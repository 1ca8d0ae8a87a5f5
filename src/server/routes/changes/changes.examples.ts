import type { ApiExample } from '../../openapi/examples.js';

const feed = 'GET /api/changes.atom';

export const examples: ApiExample[] = [
  { operation: feed, title: 'lists the latest changes, in English', url: '/api/changes.atom', status: 200 },
  { operation: feed, title: 'lists the ten newest changes up to a day, in Spanish', url: '/api/changes.atom?lang=es&until=2023-12-31&limit=10', status: 200 },
  { operation: feed, title: 'rejects a limit of none', url: '/api/changes.atom?limit=0', status: 400 },
  { operation: feed, title: 'rejects an unknown language', url: '/api/changes.atom?lang=de', status: 400 },
];
