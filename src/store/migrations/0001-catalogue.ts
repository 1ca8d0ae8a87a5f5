import type { Kysely, Migration } from 'kysely';

/** The catalogue tables: pathways and the parts analysts filter on. */
export const catalogue: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('pathways')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('last_reviewed', 'text', (c) => c.notNull())
      .addColumn('needs_official_source', 'integer', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('pathway_destinations')
      .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('country', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pathway_destinations_pk', ['pathway_id', 'country'])
      .execute();
    await db.schema.createIndex('pathway_destinations_country').on('pathway_destinations').column('country').execute();
    await db.schema.createTable('eligibility_versions')
      .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text')
      .addColumn('criteria_count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('eligibility_versions_pk', ['pathway_id', 'seq'])
      .execute();
    await db.schema.createTable('pathway_sources')
      .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addPrimaryKeyConstraint('pathway_sources_pk', ['pathway_id', 'source_id'])
      .execute();
    await db.schema.createTable('lifecycle_events')
      .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('lifecycle_events_pk', ['pathway_id', 'seq'])
      .execute();
    await db.schema.createTable('figures')
      .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('figures_pk', ['pathway_id', 'seq'])
      .execute();
    await db.schema.createTable('catalogue_loads')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('pathway_count', 'integer', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['catalogue_loads', 'figures', 'lifecycle_events', 'pathway_sources', 'eligibility_versions', 'pathway_destinations', 'pathways']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
