import type { Observation } from '../../domain/index.js';
import type { CellReader } from './cells.js';
import type { CsvRow } from './csv-rows.js';

/** How one upstream CSV file becomes observations. Rows that are summed share a key. */
export interface SeriesReader {
  file: string;
  columns: readonly string[];
  indicators: readonly string[];
  read(row: CsvRow, cells: CellReader): Observation[];
}

const obs = (indicator: string, origin: string | null | undefined, location: string | null, period: string | null, value: number | null): Observation[] =>
  origin === undefined || period === null || value === null ? [] : [{ indicator, origin, location, period, value }];

/** CBP encounters: summed over component, area, authority, type and demographic group. */
const cbp: SeriesReader = {
  file: 'irreg_usa.csv',
  columns: ['t', 'nat', 'n'],
  indicators: ['cbp.sw_border_encounters'],
  read: (row, c) => obs('cbp.sw_border_encounters', c.area(row, 'nat', 'null'), 'USA', c.month(row, 't'), c.count(row, 'n')),
};

/** Darién by nationality: 2010-2019 are yearly totals published under the year's January. */
const darienByNationality: SeriesReader = {
  file: 'irreg_darien_nat.csv',
  columns: ['t', 'nat', 'n'],
  indicators: ['darien.transits'],
  read: (row, c) => {
    const month = c.month(row, 't');
    const period = month !== null && month < '2020-01' ? month.slice(0, 4) : month;
    return obs('darien.transits', c.area(row, 'nat'), 'PAN', period, c.count(row, 'n'));
  },
};

const GROUPS = ['men', 'women', 'boys', 'girls'] as const;
const darienByGroup: SeriesReader = {
  file: 'irreg_darien_dmg.csv',
  columns: ['t', 'demog', 'n'],
  indicators: GROUPS.map((g) => `darien.transits.${g}`),
  read: (row, c) => {
    const group = c.oneOf(row, 'demog', GROUPS);
    return group === null ? [] : obs(`darien.transits.${group}`, null, 'PAN', c.month(row, 't'), c.count(row, 'n'));
  },
};

/** UN DESA stocks: female + male (the file has no total row). */
const undesa: SeriesReader = {
  file: 'undesa_stocks.csv',
  columns: ['geo', 't', 'from', 'sex', 'n'],
  indicators: ['undesa.migrant_stock'],
  read: (row, c) => {
    const sex = c.oneOf(row, 'sex', ['female', 'male'] as const);
    return sex === null ? [] : obs('undesa.migrant_stock', c.area(row, 'from'), c.area(row, 'geo') ?? null, c.year(row, 't'), c.count(row, 'n'));
  },
};

/** A UNHCR wide table: one indicator per column; zeros are not stored. */
function unhcrWide(file: string, columns: Record<string, string>, filter?: (row: CsvRow) => string | null): SeriesReader {
  return {
    file,
    columns: ['Year', 'CountryOriginCode', 'CountryAsylumCode', ...Object.keys(columns)],
    indicators: Object.values(columns).flatMap((i) => (filter ? [`${i}.persons`, `${i}.cases`] : [i])),
    read: (row, c) => {
      const suffix = filter ? filter(row) : '';
      if (suffix === null) return [];
      // UNHCR leaves the origin blank for "Various / unknown".
      const origin = c.area(row, 'CountryOriginCode', 'null');
      const location = c.area(row, 'CountryAsylumCode') ?? null;
      const year = c.year(row, 'Year');
      return Object.entries(columns).flatMap(([column, indicator]) => {
        const value = c.count(row, column);
        return value === 0 ? [] : obs(`${indicator}${suffix}`, origin, location, year, value);
      });
    },
  };
}

const endYear = unhcrWide('end_year_population_totals.csv', {
  REF: 'unhcr.refugees', ASY: 'unhcr.asylum_seekers', OIP: 'unhcr.other_in_need_of_protection', IDP: 'unhcr.idps',
  STA: 'unhcr.stateless', OOC: 'unhcr.others_of_concern', HCO: 'unhcr.host_community',
});

const decisions: SeriesReader = (() => {
  const base = unhcrWide('asylum_decisions_americas.csv', {
    Recognized: 'unhcr.asylum_decisions.recognized', ComplementaryProtection: 'unhcr.asylum_decisions.complementary_protection',
    OtherwiseClosed: 'unhcr.asylum_decisions.otherwise_closed', Rejected: 'unhcr.asylum_decisions.rejected', TotalDecided: 'unhcr.asylum_decisions.total',
  }, (row) => ({ P: '.persons', C: '.cases' })[row.cells.DecisionDataType ?? ''] ?? null);
  return {
    ...base,
    columns: [...base.columns, 'DecisionDataType'],
    read: (row, c) => (c.oneOf(row, 'DecisionDataType', ['P', 'C'] as const) === null ? [] : base.read(row, c)),
  };
})();

const solutions = unhcrWide('solutions_americas.csv', {
  RST: 'unhcr.resettlement_arrivals', NAT: 'unhcr.naturalisations', RET: 'unhcr.refugee_returns', RDP: 'unhcr.idp_returns',
});

/** Every upstream file Vías reads, in load order. */
export const READERS: readonly SeriesReader[] = [cbp, darienByNationality, darienByGroup, undesa, endYear, decisions, solutions];
