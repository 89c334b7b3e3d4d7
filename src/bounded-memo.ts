/**
 * A pure function's answers for inputs that recur call after call (a time text, an amount, an
 * argument name), kept so that the hot path computes each once. At most `max` answers are held:
 * when full, all are dropped and refilled, so inputs a client varies cannot grow it. An answer of
 * `undefined` is kept like any other.
 */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K, compute: (key: K) => V): V {
    const kept = this.answers.get(key);
    if (kept !== undefined || this.answers.has(key)) return kept as V;
    const answer = compute(key);
    if (this.answers.size >= this.max) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }

  keys(): IterableIterator<K> {
    return this.answers.keys();
  }
}
