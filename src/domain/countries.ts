import countries from 'i18n-iso-countries';
import { z } from 'zod';

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

/** True for an assigned ISO 3166-1 alpha-2 code (upper case), e.g. 'VE'. */
export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. VE, CO, US' });
export type CountryCode = string;

/** All assigned alpha-2 codes, sorted. */
export function allCountryCodes(): string[] {
  return [...ALPHA2].sort();
}
