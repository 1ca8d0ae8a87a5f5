export { formatIssue, type CatalogueIssue } from './issue.js';
export { readCatalogue, type Catalogue, type CatalogueRead } from './read-catalogue.js';
export { readScenarios, runScenarios, type LocatedScenario, type ScenarioOutcome } from './scenarios.js';
export { dataDir } from './paths.js';
export { readStatistics, statisticsFingerprint, type Statistics } from './statistics/read-statistics.js';
export { readCountries } from './read-countries.js';
export { readBlocs } from './read-blocs.js';
