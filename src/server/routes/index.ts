import type { ResolvedDeps } from '../deps.js';
import { newRouter } from '../openapi/router.js';
import { blocsRoutes } from './blocs/blocs.js';
import { changesRoutes } from './changes/changes.js';
import { checkRoutes } from './check/check.js';
import { compareRoutes } from './compare/compare.js';
import { coverageRoutes } from './coverage/coverage.js';
import { countriesRoutes } from './countries/countries.js';
import { exportRoutes } from './export/export.js';
import { finderDataRoutes } from './finder-data/finder-data.js';
import { healthRoutes } from './health/health.js';
import { pathwaysRoutes } from './pathways/pathways.js';
import { questionsRoutes } from './questions/questions.js';
import { seriesRoutes } from './series/index.js';
import { variablesRoutes } from './variables/variables.js';

/**
 * Every documented resource, mounted under /api. A route folder exports a factory of a
 * `newRouter()` whose paths are relative to /api; adding one here puts it in the OpenAPI
 * document, and the contract test then asks for its examples.
 */
export function apiRoutes(deps: ResolvedDeps) {
  return newRouter()
    .route('/', healthRoutes(deps))
    .route('/', pathwaysRoutes(deps))
    .route('/', compareRoutes(deps))
    .route('/', coverageRoutes(deps))
    .route('/', seriesRoutes(deps))
    .route('/', countriesRoutes(deps))
    .route('/', blocsRoutes(deps))
    .route('/', checkRoutes(deps))
    .route('/', questionsRoutes(deps))
    .route('/', variablesRoutes(deps))
    .route('/', finderDataRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', changesRoutes(deps));
}
