import type { Kysely, Migration } from 'kysely';

/** Reference data: countries (ISO 3166-1, M49 regions, names) and regional blocs. */
export const reference: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('countries')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('alpha3', 'text', (c) => c.notNull().unique())
      .addColumn('region_code', 'text')
      .addColumn('subregion_code', 'text')
      .addColumn('document', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('blocs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('bloc_members')
      .addColumn('bloc_id', 'text', (c) => c.notNull().references('blocs.id').onDelete('cascade'))
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('since', 'text')
      .addPrimaryKeyConstraint('bloc_members_pk', ['bloc_id', 'country'])
      .execute();
    await db.schema.createTable('reference_loads')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['reference_loads', 'bloc_members', 'blocs', 'countries']) await db.schema.dropTable(table).execute();
  },
};
