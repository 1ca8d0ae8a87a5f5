import { z } from 'zod';

/** A JsonLogic rule (jsonlogic.com): any JSON value; operations are one-key objects. */
export type JsonLogic = null | boolean | number | string | JsonLogic[] | { [op: string]: JsonLogic };

export const JsonLogic: z.ZodType<JsonLogic> = z.json() as z.ZodType<JsonLogic>;
