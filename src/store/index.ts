export { catalogueHash, lastLoad, loadCatalogue, type LoadResult } from './catalogue.repository.js';
export { openStore, STORE_KINDS, type StoreConfig } from './connect.js';
export type { Database } from './database.js';
export { migrateToLatest } from './migrate.js';
export { getPathway, listPathways, type PathwayFilter } from './pathways.repository.js';
export { aggregateSeries, AGGREGATE_BY, type AggregateBucket, type AggregateBy, type AggregateOptions, type SeriesAggregate } from './aggregate.js';
export {
  DEFAULT_LIMIT, MAX_LIMIT, queryObservations, sumObservations, type ObservationFilter, type ObservationFrequency, type ObservationPage, type ObservationQuery, type OneOrMany,
} from './observations.repository.js';
export { seriesMeasure, STOCK_INDICATORS, type SeriesMeasure } from './series-measures.js';
export { getSeries, listSeries, type SeriesFilter, type SeriesListing } from './series.repository.js';
export { SERIES_QUERY_ERROR_CODES, SeriesQueryError, type SeriesQueryErrorCode } from './statistics-errors.js';
export { lastStatisticsLoad, loadStatistics, type StatisticsLoadResult } from './statistics.repository.js';
export { listBlocs, listCountries, loadReference } from './reference.repository.js';
