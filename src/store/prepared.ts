/**
 * Queries on the hot path, compiled once. Kysely builds and compiles a query anew on every call,
 * which the benchmark's profile put at about a seventh of a call's CPU; a prepared query is built
 * once with placeholders, and each execution only swaps in its parameters. (On SQLite the driver
 * also reuses the prepared statement of the same SQL text, see db.ts.)
 */
import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** Stands where a parameter goes while the query is built; replaced by the argument at execution. */
class Slot {
  constructor(readonly name: string) {}
}

export interface Prepared<Params extends object, Row> {
  execute(params: Params): Promise<QueryResult<Row>>;
  /** The compiled SQL, for tests and debugging. */
  readonly sql: string;
}

/**
 * `build` receives one placeholder per name in `names`, typed as the parameter, and must use each
 * only as a value (in `where`, `values`, `set`): never to shape the query, which is built once.
 */
export function prepare<Params extends object, Row>(
  kysely: Pick<Kysely<Database>, 'executeQuery'>,
  names: ReadonlyArray<keyof Params & string>,
  build: (params: Params) => Compilable<Row>,
): Prepared<Params, Row> {
  const slots = Object.fromEntries(names.map((name) => [name, new Slot(name)])) as unknown as Params;
  const compiled: CompiledQuery<Row> = build(slots).compile();
  const bound = compiled.parameters.map((p) => (p instanceof Slot ? p.name : undefined));
  for (const name of names) {
    if (!bound.includes(name)) throw new Error(`prepared query never uses "${name}": ${compiled.sql}`);
  }
  return {
    sql: compiled.sql,
    execute(params: Params): Promise<QueryResult<Row>> {
      const parameters = compiled.parameters.map((fixed, i) => {
        const name = bound[i];
        return name === undefined ? fixed : (params as Record<string, unknown>)[name];
      });
      return kysely.executeQuery({ ...compiled, parameters, queryId: createQueryId() });
    },
  };
}
