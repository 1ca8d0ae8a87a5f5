import type { ApiExample } from '../../openapi/examples.js';

const get = 'GET /api/questions/next';
const post = 'POST /api/questions/next';
const venezuelanInColombia = { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10' };

export const examples: ApiExample[] = [
  { operation: post, title: 'asks, in Spanish, what would settle the most outcomes next', url: '/api/questions/next', status: 200, json: { profile: venezuelanInColombia, as_of: '2021-09-01', lang: 'es' } },
  { operation: post, title: 'starts an interview with no answers', url: '/api/questions/next', status: 200, json: { profile: {} } },
  { operation: post, title: 'names a misspelt variable', url: '/api/questions/next', status: 400, json: { profile: { entry_dat: '2019-06-10' } } },
  { operation: post, title: 'rejects an impossible date', url: '/api/questions/next', status: 400, json: { profile: {}, as_of: '2023-02-30' } },
  { operation: get, title: 'takes the answers as query parameters', url: '/api/questions/next?nationalities=VE&current_country=CO&entry_date=2019-06-10&as_of=2021-09-01&lang=pt', status: 200 },
  { operation: get, title: 'reads family as compact JSON', url: `/api/questions/next?nationalities=GT&family=${encodeURIComponent('[{"country":"US","relationship":"sibling","status":"citizen"}]')}`, status: 200 },
  { operation: get, title: 'names an answer that is not a country code', url: '/api/questions/next?nationalities=VE,XX', status: 400 },
  { operation: get, title: 'rejects a misspelt variable', url: '/api/questions/next?entry_dat=2019-06-10', status: 400 },
];
