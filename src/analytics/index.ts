export { QueryError, QUERY_ERROR_CODES, type QueryErrorCode } from './errors.js';
export { searchPathways, type SearchOptions, type SearchResult } from './search.js';
export { FILTERS, type SearchQuery } from './search-filters.js';
export { DEFAULT_LIMIT, MAX_LIMIT, SEARCH_SORTS, type SearchSort, type SortOrder } from './search-sort.js';
export { NextCursor, SearchFacets } from './search.schema.js';
export { foldTerm, textScores } from './text-index.js';
export { admitsNationality, mentionedNationalities, versionAdmits, type Admission } from './nationality.js';
export { firstRecordedDate, isOpenOn, openingDate } from './pathway-dates.js';
