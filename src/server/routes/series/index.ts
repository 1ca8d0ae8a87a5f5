import type { ResolvedDeps } from '../../deps.js';
import { newRouter } from '../../openapi/router.js';
import { aggregatesRoutes } from './aggregates.js';
import { observationsRoutes } from './observations.js';
import { seriesCatalogueRoutes } from './series.js';

/** The statistics: GET /api/series, /api/series/{indicator}, its observations and its aggregates. */
export function seriesRoutes(deps: ResolvedDeps) {
  return newRouter()
    .route('/', seriesCatalogueRoutes(deps))
    .route('/', observationsRoutes(deps))
    .route('/', aggregatesRoutes(deps));
}
