import { z } from 'zod';
import { CountryCode, PathwayType } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

export const ListPathwaysQuery = z.strictObject({
  lang: LangQuery,
  destination: CountryCode.optional(),
  type: PathwayType.optional(),
});

export const GetPathwayQuery = z.strictObject({ lang: LangQuery });
