import type { Kysely, Migration } from 'kysely';

/** Statistical series and their observations. */
export const statistics: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('series')
      .addColumn('indicator', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('licence', 'text', (c) => c.notNull())
      .addColumn('licence_id', 'text', (c) => c.notNull())
      .addColumn('via', 'text')
      .addColumn('published', 'text')
      .execute();
    await db.schema.createTable('observations')
      .addColumn('indicator', 'text', (c) => c.notNull().references('series.indicator').onDelete('cascade'))
      // '' stands for "no breakdown" so that the key can be a primary key on every backend.
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('observations_pk', ['indicator', 'origin', 'location', 'period'])
      .execute();
    await db.schema.createIndex('observations_indicator_period').on('observations').columns(['indicator', 'period']).execute();
    await db.schema.createTable('statistics_loads')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('observation_count', 'integer', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['statistics_loads', 'observations', 'series']) await db.schema.dropTable(table).execute();
  },
};
