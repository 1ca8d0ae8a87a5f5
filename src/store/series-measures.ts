/**
 * A stock counts people present at a moment (migrants living in a country, refugees at the end of
 * a year); a flow counts events over a period (encounters, transits, decisions, arrivals). Flows
 * add up over time; stocks do not: adding two end-of-year refugee counts counts the same people
 * twice. `series.yaml` does not say which is which yet, so the stocks are listed here; every
 * other series is a flow.
 */
export type SeriesMeasure = 'stock' | 'flow';

const STOCKS: ReadonlySet<string> = new Set([
  'undesa.migrant_stock',
  'unhcr.refugees', 'unhcr.asylum_seekers', 'unhcr.other_in_need_of_protection', 'unhcr.idps',
  'unhcr.stateless', 'unhcr.others_of_concern', 'unhcr.host_community',
]);

/** Whether an indicator is a stock or a flow. @example seriesMeasure('unhcr.refugees') // 'stock' */
export function seriesMeasure(indicator: string): SeriesMeasure {
  return STOCKS.has(indicator) ? 'stock' : 'flow';
}

/** The indicators classified as stocks (for tests that check the list against series.yaml). */
export const STOCK_INDICATORS: readonly string[] = [...STOCKS];
