/** A row of the `meta` table. `schema` records the schema version that last wrote the database. */
export interface MetaRow {
  readonly key: string;
  readonly version: number;
}

export const SCHEMA_META_KEY = 'schema';
