import type { Insertable, Selectable } from 'kysely';

/**
 * The one source of row types. The whole pathway document is kept as JSON (`document`) so the
 * record round-trips exactly; the columns beside it exist to filter, sort and join.
 */
export interface Database {
  pathways: PathwayTable;
  pathway_destinations: PathwayDestinationTable;
  eligibility_versions: EligibilityVersionTable;
  pathway_sources: PathwaySourceTable;
  lifecycle_events: LifecycleEventTable;
  figures: FigureTable;
  catalogue_loads: CatalogueLoadTable;
  series: SeriesTable;
  observations: ObservationTable;
  statistics_loads: StatisticsLoadTable;
  countries: CountryTable;
  blocs: BlocTable;
  bloc_members: BlocMemberTable;
  reference_loads: ReferenceLoadTable;
}

export interface PathwayTable {
  id: string;
  type: string;
  name_en: string;
  last_reviewed: string;
  needs_official_source: number;
  document: string;
}

export interface PathwayDestinationTable {
  pathway_id: string;
  country: string;
}

export interface EligibilityVersionTable {
  pathway_id: string;
  seq: number;
  valid_from: string;
  valid_to: string | null;
  criteria_count: number;
}

export interface PathwaySourceTable {
  pathway_id: string;
  source_id: string;
  url: string;
  title: string;
  publisher: string;
  kind: string;
  date: string | null;
}

export interface LifecycleEventTable {
  pathway_id: string;
  seq: number;
  date: string;
  event: string;
}

export interface FigureTable {
  pathway_id: string;
  seq: number;
  kind: string;
  count: number;
  as_of: string;
}

export interface CatalogueLoadTable {
  content_hash: string;
  pathway_count: number;
  /** ISO timestamp of the load. */
  loaded_at: string;
}

export interface SeriesTable {
  indicator: string;
  title: string;
  description: string;
  unit: string;
  frequency: string;
  publisher: string;
  url: string;
  licence: string;
  licence_id: string;
  via: string | null;
  published: string | null;
}

/** `origin`/`location` are '' when the publisher gives no breakdown (null in the domain). */
export interface ObservationTable {
  indicator: string;
  origin: string;
  location: string;
  period: string;
  value: number;
}

export interface StatisticsLoadTable {
  content_hash: string;
  observation_count: number;
  loaded_at: string;
}

export interface CountryTable {
  code: string;
  alpha3: string;
  region_code: string | null;
  subregion_code: string | null;
  document: string;
}

export interface BlocTable {
  id: string;
  document: string;
}

export interface BlocMemberTable {
  bloc_id: string;
  country: string;
  status: string;
  since: string | null;
}

export interface ReferenceLoadTable {
  content_hash: string;
  loaded_at: string;
}

export type PathwayRow = Selectable<PathwayTable>;
export type NewPathwayRow = Insertable<PathwayTable>;
