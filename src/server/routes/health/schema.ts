import { z } from '@hono/zod-openapi';

/** Liveness and readiness: whether the database answers and holds a catalogue. */
export const Health = z.strictObject({
  status: z.enum(['ok', 'empty', 'unavailable']).meta({ description: '`empty`: no catalogue loaded; `unavailable`: the database does not answer.' }),
  database: z.enum(['ready', 'unreachable']),
  pathways: z.number().int().nonnegative().optional(),
  catalogue_loaded_at: z.string().nullable().optional().meta({ description: 'When the catalogue was last loaded (ISO 8601).' }),
}).openapi('Health');
