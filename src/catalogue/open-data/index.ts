export { buildDataPackage, type OpenDataInput } from './datapackage.js';
export { dataPackageZip, pathwaysCsv, pathwaysJson } from './downloads.js';
export { observationsHxl, observationTags, pathwaysHxl } from './hxl.js';
export { pathwaysParquet, tableParquet } from './parquet.js';
export { toCsv, type Field, type Table } from './table.js';
export { criteriaTable, eventsTable, figuresTable, observationsTable, pathwaysTable, seriesTable, sourcesTable } from './tables.js';
