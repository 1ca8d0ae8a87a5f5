import type { ApiExample } from '../../openapi/examples.js';

export const examples: ApiExample[] = [
  { operation: 'GET /api/pathways', title: 'lists the catalogue', url: '/api/pathways', status: 200 },
  { operation: 'GET /api/pathways', title: 'filters by destination and type, in Spanish', url: '/api/pathways?destination=CO&type=temporary_protection&lang=es', status: 200 },
  { operation: 'GET /api/pathways', title: 'rejects an unknown country code', url: '/api/pathways?destination=XX', status: 400 },
  { operation: 'GET /api/pathways', title: 'rejects an unknown parameter', url: '/api/pathways?nationality=VE', status: 400 },
  { operation: 'GET /api/pathways/{id}', title: 'returns the whole record', url: '/api/pathways/co-etpv-ppt?lang=fr', status: 200 },
  { operation: 'GET /api/pathways/{id}', title: 'answers 404 for an unknown id', url: '/api/pathways/atlantis-visa', status: 404 },
  { operation: 'GET /api/pathways/{id}', title: 'rejects an id that is not kebab-case', url: '/api/pathways/Not_An_Id', status: 400 },
];
