import type { ApiExample } from '../../openapi/examples.js';

const csv = 'GET /api/export/pathways.csv';
const json = 'GET /api/export/pathways.json';
const parquet = 'GET /api/export/pathways.parquet';
const hxl = 'GET /api/export/pathways.hxl.csv';
const zip = 'GET /api/export/datapackage.zip';

export const examples: ApiExample[] = [
  { operation: csv, title: 'downloads the pathways as CSV, in force today', url: '/api/export/pathways.csv', status: 200 },
  { operation: csv, title: 'downloads the pathways as CSV, in force on a past day', url: '/api/export/pathways.csv?as_of=2023-06-11', status: 200 },
  { operation: csv, title: 'rejects a day that does not exist', url: '/api/export/pathways.csv?as_of=2023-02-30', status: 400 },
  { operation: json, title: 'downloads the whole records as JSON', url: '/api/export/pathways.json', status: 200 },
  { operation: json, title: 'rejects a parameter it does not take', url: '/api/export/pathways.json?as_of=2023-06-11', status: 400 },
  { operation: parquet, title: 'downloads the pathways as Parquet', url: '/api/export/pathways.parquet?as_of=2023-06-11', status: 200 },
  { operation: hxl, title: 'downloads the pathways as HXL', url: '/api/export/pathways.hxl.csv', status: 200 },
  { operation: zip, title: 'downloads the Data Package', url: '/api/export/datapackage.zip?as_of=2023-06-11', status: 200 },
  { operation: zip, title: 'rejects an unknown parameter', url: '/api/export/datapackage.zip?format=tar', status: 400 },
];
