import { describe, expect, it } from 'vitest';
import { eventsCsv, seriesCsv } from './downloads.js';

const series = { indicator: 'darien.transits', unit: 'persons' };

describe('statistics downloads', () => {
  it('writes every month drawn, a gap as an empty value', () => {
    const csv = seriesCsv(series, 'VEN', [
      { period: '2020-03', value: 3, months: null }, { period: '2020-04', value: null, months: null }, { period: '2020-06', value: 2, months: null },
    ]);
    expect(csv).toBe('indicator,origin,period,value,unit\r\ndarien.transits,VEN,2020-03,3,persons\r\ndarien.transits,VEN,2020-04,,persons\r\ndarien.transits,VEN,2020-06,2,persons\r\n');
  });

  it('says how many months each yearly total counts', () => {
    const csv = seriesCsv(series, 'all', [{ period: '2019', value: 78, months: null }, { period: '2020', value: 69, months: 8, partial: true }]);
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['indicator,origin,period,value,unit,months_counted', 'darien.transits,all,2019,78,persons,', 'darien.transits,all,2020,69,persons,8']);
  });

  it('lists the marked events with their first source', () => {
    const csv = eventsCsv([{
      pathway: 'us-chnv-parole', pathwayName: 'CHNV parole, for four nationalities', group: 0, date: '2022-10-18', event: 'opened', label: 'Opened', note: '',
      sources: [{ title: 'Implementation of a Parole Process for Venezuelans', publisher: 'DHS', url: 'https://example.org/fr' }],
    }]);
    expect(csv).toBe('date,pathway,pathway_name,event,source_title,source_url\r\n2022-10-18,us-chnv-parole,"CHNV parole, for four nationalities",opened,Implementation of a Parole Process for Venezuelans,https://example.org/fr\r\n');
  });
});
