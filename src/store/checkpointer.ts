/**
 * SQLite's WAL checkpoints from a worker thread, so that they never block the event loop.
 *
 * By default SQLite checkpoints inside the commit that takes the WAL past 1,000 frames: that commit
 * copies the frames into the database file and syncs it, on the gateway's one thread. When calls do
 * not overlap, each writes some 15 frames in its own commits, and at 450 calls a second an event-loop
 * monitor saw a 7-9 ms block every ~145 ms (docs/performance.md, "The goals"). Here the gateway's
 * connection does not checkpoint (`wal_autocheckpoint = 0`); a worker with its own connection runs
 * `PRAGMA wal_checkpoint(PASSIVE)` every `intervalMs`. PASSIVE copies what no reader still needs and
 * never waits for a lock, so the gateway's commits go on meanwhile (https://sqlite.org/wal.html,
 * "Checkpointing"; https://sqlite.org/pragma.html#pragma_wal_checkpoint). With nothing new in the WAL
 * a checkpoint only reads the WAL index.
 *
 * If the worker stops unexpectedly, the gateway's connection checkpoints again by itself (the
 * default 1,000 frames) and the error is reported: the WAL never grows without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** SQLite's own default threshold, restored when the worker is gone. */
export const AUTOCHECKPOINT_FRAMES = 1000;

/** What one checkpoint did: frames in the WAL and frames copied into the database (PRAGMA's `log`, `checkpointed`). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface CheckpointerOptions {
  /** How often the worker checkpoints. */
  intervalMs?: number;
  /** The worker stopped without being asked; automatic checkpoints are back on. */
  onFailure?: (error: Error) => void;
}

/**
 * The worker's code, run with `eval` so that the same text serves the built gateway and the tests
 * (which run the TypeScript sources). It loads the driver from the path the gateway resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message.kind === 'checkpoint') parentPort.postMessage({ id: message.id, result: checkpoint() });
  if (message.kind === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private stopping = false;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (result: CheckpointResult) => void; reject: (error: Error) => void }
  >();
  private gone = false;
  private readonly exited: Promise<void>;

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    file: string,
    options: CheckpointerOptions = {},
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    sqlite.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, file, intervalMs: options.intervalMs ?? 100 },
    });
    // The gateway's process may exit while the worker runs: it holds nothing that needs a goodbye.
    this.worker.unref();
    this.worker.on('message', ({ id, result }: { id: number; result: CheckpointResult }) => {
      this.waiting.get(id)?.resolve(result);
      this.waiting.delete(id);
    });
    let failure: Error | undefined;
    this.worker.on('error', (error) => {
      failure = error;
    });
    this.exited = new Promise((resolve) => {
      this.worker.once('exit', (code) => {
        this.gone = true;
        for (const { reject } of this.waiting.values())
          reject(new Error('the checkpoint worker has stopped'));
        this.waiting.clear();
        if (!this.stopping) {
          sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_FRAMES}`);
          options.onFailure?.(failure ?? new Error(`the checkpoint worker exited (code ${code})`));
        }
        resolve();
      });
    });
  }

  /** The worker thread, for tests that stop it the hard way. */
  get thread(): Worker {
    return this.worker;
  }

  /** Runs a checkpoint on the worker now and says what it did. */
  checkpointNow(): Promise<CheckpointResult> {
    if (this.gone) return Promise.reject(new Error('the checkpoint worker has stopped'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ kind: 'checkpoint', id });
    });
  }

  /** Stops the worker; the gateway's connection checkpoints again on its own while it stays open. */
  async stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = true;
      this.worker.postMessage({ kind: 'stop' });
    }
    await this.exited;
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_FRAMES}`);
  }
}
