import type { ApiExample } from '../../openapi/examples.js';

export const examples: ApiExample[] = [
  {
    operation: 'POST /api/check', title: 'answers every pathway on a date', url: '/api/check', status: 200,
    json: { as_of: '2021-09-01', lang: 'es', profile: { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10' } },
  },
  { operation: 'POST /api/check', title: 'names a misspelt variable', url: '/api/check', status: 400, json: { profile: { entry_dat: '2020-01-01' } } },
  { operation: 'POST /api/check', title: 'rejects a body without a profile', url: '/api/check', status: 400, json: { as_of: '2021-09-01' } },
  { operation: 'POST /api/check', title: 'rejects an impossible date', url: '/api/check', status: 400, json: { profile: {}, as_of: '2023-02-30' } },
];
