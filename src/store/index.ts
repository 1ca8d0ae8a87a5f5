export { catalogueHash, lastLoad, loadCatalogue, type LoadResult } from './catalogue.repository.js';
export { openStore, STORE_KINDS, type StoreConfig } from './connect.js';
export type { Database } from './database.js';
export { migrateToLatest } from './migrate.js';
export { getPathway, listPathways, type PathwayFilter } from './pathways.repository.js';
export { lastStatisticsLoad, listObservations, listSeries, loadStatistics, sumObservations, type ObservationFilter, type StatisticsLoadResult } from './statistics.repository.js';
export { listBlocs, listCountries, loadReference } from './reference.repository.js';
