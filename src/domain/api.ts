import type { Pathway } from './pathway.js';

/**
 * A pathway in a list, as the API presents it (texts in the requested language): what a reader
 * needs to choose one. Shared by the server presenter and the web app.
 */
export interface ApiPathwaySummary {
  id: string;
  name: string;
  name_original: string;
  summary: string;
  type: Pathway['type'];
  destinations: string[];
  status_granted: 'temporary' | 'permanent' | null;
  free_of_charge: boolean | null;
  path_to_permanence: boolean | null;
  open: boolean;
  needs_official_source: boolean;
  last_reviewed: string;
}

