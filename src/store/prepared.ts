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
  constructor(readonly index: number) {}
}

export interface Prepared<Params extends unknown[], Row> {
  execute(...params: Params): Promise<QueryResult<Row>>;
  /** The compiled SQL, for tests and debugging. */
  readonly sql: string;
}

/**
 * `build` receives one placeholder per parameter, typed as the parameter, and must use each one
 * only as a value (in `where`, `values`, `set`): never to shape the query.
 */
export function prepare<Params extends unknown[], Row>(
  kysely: Pick<Kysely<Database>, 'executeQuery'>,
  arity: Params['length'],
  build: (...params: Params) => Compilable<Row>,
): Prepared<Params, Row> {
  const slots = Array.from({ length: arity }, (_, i) => new Slot(i)) as unknown as Params;
  const compiled: CompiledQuery<Row> = build(...slots).compile();
  const positions = compiled.parameters.map((p) => (p instanceof Slot ? p.index : -1));
  for (let i = 0; i < arity; i++) {
    if (!positions.includes(i)) throw new Error(`prepared query never uses parameter ${i}: ${compiled.sql}`);
  }
  return {
    sql: compiled.sql,
    execute(...params: Params): Promise<QueryResult<Row>> {
      const parameters = compiled.parameters.map((fixed, i) => {
        const at = positions[i] as number;
        return at >= 0 ? params[at] : fixed;
      });
      return kysely.executeQuery({ ...compiled, parameters, queryId: createQueryId() });
    },
  };
}
