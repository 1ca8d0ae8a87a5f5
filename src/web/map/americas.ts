/**
 * The countries and territories of the Americas (UN M49 region 019), by ISO 3166-1 alpha-2,
 * with their numeric codes, which the `world-atlas` shapes use as ids. Checked against
 * data/reference/country-codes.csv by americas.test.ts.
 */
export const AMERICAS_NUMERIC: Readonly<Record<string, string>> = {
  AG: '028', AI: '660', AR: '032', AW: '533', BB: '052', BL: '652', BM: '060', BO: '068',
  BQ: '535', BR: '076', BS: '044', BV: '074', BZ: '084', CA: '124', CL: '152', CO: '170',
  CR: '188', CU: '192', CW: '531', DM: '212', DO: '214', EC: '218', FK: '238', GD: '308',
  GF: '254', GL: '304', GP: '312', GS: '239', GT: '320', GY: '328', HN: '340', HT: '332',
  JM: '388', KN: '659', KY: '136', LC: '662', MF: '663', MQ: '474', MS: '500', MX: '484',
  NI: '558', PA: '591', PE: '604', PM: '666', PR: '630', PY: '600', SR: '740', SV: '222',
  SX: '534', TC: '796', TT: '780', US: '840', UY: '858', VC: '670', VE: '862', VG: '092',
  VI: '850',
};
