import type { Kysely, Migration } from 'kysely';

/**
 * Covering indexes for the statistics queries (measured in docs/data-model.md): one in the
 * order pages are read and periods are summed (indicator, period, origin, location), one for
 * questions about a location. Both carry `value`, so SQLite answers sums from the index alone;
 * the primary key (indicator, origin, location, period) already serves questions about an origin.
 * The (indicator, period) index of 0002 is a prefix of the first and goes.
 */
export const observationIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('observations_by_period').on('observations').columns(['indicator', 'period', 'origin', 'location', 'value']).execute();
    await db.schema.createIndex('observations_by_location').on('observations').columns(['indicator', 'location', 'period', 'value']).execute();
    await db.schema.dropIndex('observations_indicator_period').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex('observations_indicator_period').on('observations').columns(['indicator', 'period']).execute();
    await db.schema.dropIndex('observations_by_location').execute();
    await db.schema.dropIndex('observations_by_period').execute();
  },
};
