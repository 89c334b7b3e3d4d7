/**
 * createEmulator(): a Fastify app speaking TikTok's Marketing API v1.3 for the endpoints adgate
 * uses, with programmatic handles for tests (state, faults, token revocation, reset).
 */
import type { AddressInfo, Socket } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerControlRoutes, stateSnapshot } from './control.js';
import { ENDPOINTS } from './endpoints/index.js';
import type { EmulatorSettings } from './endpoints/types.js';
import { type FaultController, FaultRegistry, normaliseEndpointPath } from './faults.js';
import { registerPortalRoutes } from './portal.js';
import { installJsonParser, installTransportErrors, registerApiRoutes } from './router.js';
import { createDefaultSeed, type SeedData } from './seed.js';
import {
  type AdRecord,
  type CreatedAdGroup,
  EmulatorStore,
  type RequestLogEntry,
  type UpdateRecord,
} from './store.js';
import { SlidingWindowLimiter } from './throttle.js';

export interface EmulatorOptions {
  /** Requests per second per app, across endpoints; past it: code 40100. Default 10 (TikTok Basic). Infinity disables. */
  qps?: number;
  /** Clock for schedule checks and create times. Default: the system clock. */
  now?: () => Date;
  /** The world to serve. Default: createDefaultSeed(). It is copied; reset() returns to it. */
  seed?: SeedData;
  /** Enforce rules the notes only know from peers (see README). Default true. */
  peerRules?: boolean;
  /** Unknown fields in a create body: refused with 40002 (default) or dropped silently like TikTok. */
  unknownFields?: 'reject' | 'ignore';
  /** Delay before a created ad group shows up in /adgroup/get/. Default 0. */
  readAfterWriteDelayMs?: number;
  /** Fastify logging. Default false. */
  logger?: boolean;
}

export interface ListenOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
}

export interface EmulatorState {
  /** Ad groups clients created, by adgroup_id, in creation order (the seeded ones are left out). */
  readonly adgroups: ReadonlyMap<string, CreatedAdGroup>;
  adgroupList(): CreatedAdGroup[];
  /** Every ad group, seeded or created, by adgroup_id. */
  readonly allAdgroups: ReadonlyMap<string, CreatedAdGroup>;
  /** Every ad, seeded or created, by ad_id. */
  readonly ads: ReadonlyMap<string, AdRecord>;
  /** Accepted /campaign/update/ and /adgroup/update/ calls, oldest first. */
  readonly updates: readonly UpdateRecord[];
  /** Requests seen per endpoint path ('/adgroup/create/'), faulted and throttled ones included. */
  readonly requestCounts: Readonly<Record<string, number>>;
  requestCount(path: string): number;
  /** The last 2000 API requests, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** What GET /__emulator/state returns. */
  snapshot(): Record<string, unknown>;
}

export interface Emulator {
  app: FastifyInstance;
  /** Starts listening; resolves to the base URL, e.g. 'http://127.0.0.1:53121'. */
  listen(options?: ListenOptions): Promise<string>;
  close(): Promise<void>;
  /** The base URL once listening. */
  readonly baseUrl: string | undefined;
  readonly state: EmulatorState;
  readonly faults: FaultController;
  /** The world being served (mutable: tests may add to it). */
  readonly seed: SeedData;
  /** Revokes a token: later calls with it answer 40105. False if the token is unknown. */
  revokeToken(token: string): boolean;
  /** Back to the seed: created ad groups, revocations, counters, faults and the QPS window cleared. */
  reset(): void;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const store = new EmulatorStore(options.seed ?? createDefaultSeed());
  const faults = new FaultRegistry();
  const limiter = new SlidingWindowLimiter(options.qps ?? 10);
  const settings: EmulatorSettings = {
    now: options.now ?? (() => new Date()),
    peerRules: options.peerRules ?? true,
    unknownFields: options.unknownFields ?? 'reject',
    readAfterWriteDelayMs: options.readAfterWriteDelayMs ?? 0,
  };
  const hung = new Set<Socket>();
  // forceCloseConnections: close() must not wait for keep-alive or deliberately hung sockets.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true });

  const revokeToken = (token: string): boolean => {
    const grant = store.token(token);
    if (!grant) return false;
    grant.status = 'revoked';
    return true;
  };
  const reset = (): void => {
    store.load();
    faults.clear();
    limiter.reset();
  };

  installJsonParser(app);
  installTransportErrors(app);
  registerApiRoutes(app, ENDPOINTS, { store, faults, limiter, settings, hung });
  registerControlRoutes(app, { store, faults, revokeToken, reset });
  registerPortalRoutes(app, { store, now: settings.now });

  let baseUrl: string | undefined;
  const state: EmulatorState = {
    get adgroups() {
      return new Map([...store.adgroups].filter(([, group]) => !group.seeded));
    },
    adgroupList: () => [...store.adgroups.values()].filter((group) => !group.seeded),
    get allAdgroups() {
      return store.adgroups;
    },
    get ads() {
      return store.ads;
    },
    get updates() {
      return store.updates;
    },
    get requestCounts() {
      return store.requestCounts;
    },
    requestCount: (path) => store.requestCounts[normaliseEndpointPath(path)] ?? 0,
    get requests() {
      return store.requestLog;
    },
    snapshot: () => stateSnapshot(store, faults),
  };

  return {
    app,
    async listen({ port = 0, host = '127.0.0.1' }: ListenOptions = {}) {
      await app.listen({ port, host });
      const address = app.server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      baseUrl = `http://${shownHost}:${address.port}`;
      return baseUrl;
    },
    async close() {
      for (const socket of hung) socket.destroy();
      hung.clear();
      await app.close();
    },
    get baseUrl() {
      return baseUrl;
    },
    state,
    faults,
    get seed() {
      return store.seed;
    },
    revokeToken,
    reset,
  };
}
