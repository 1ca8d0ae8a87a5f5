/** The open-data downloads the API serves (GET /api/export/…), in the order the Data page lists them. */
export const DOWNLOADS = [
  { id: 'csv', href: '/api/export/pathways.csv', format: 'CSV' },
  { id: 'json', href: '/api/export/pathways.json', format: 'JSON' },
  { id: 'parquet', href: '/api/export/pathways.parquet', format: 'Parquet' },
  { id: 'hxl', href: '/api/export/pathways.hxl.csv', format: 'HXL' },
  { id: 'datapackage', href: '/api/export/datapackage.zip', format: 'ZIP' },
] as const;
export type DownloadId = (typeof DOWNLOADS)[number]['id'];

/** The API's own reference pages. */
export const API_DOCS = { reference: '/api/docs', openapi: '/api/openapi.json', changes: '/api/changes.atom' } as const;
