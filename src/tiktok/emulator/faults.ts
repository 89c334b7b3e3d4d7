/**
 * Fault injection per endpoint, so that tests can reproduce what TikTok does on a bad day:
 * slowness, HTTP 5xx from its front door, service error codes, dropped connections, and the
 * dangerous one for writes, a create that succeeds but whose answer never arrives.
 *
 * Faults are kept in injection order per path ('*' matches every endpoint). On each request every
 * matching `latency` fault adds its delay, and the first matching fault of another kind decides
 * the outcome; each fault used loses one of its `times` and disappears at zero (no `times`: it
 * stays until cleared).
 */
import { z } from 'zod';

export const API_PREFIX = '/open_api/v1.3';

const times = z.number().int().positive().optional();

export const faultSpecSchema = z.discriminatedUnion('kind', [
  /** Wait `ms` before handling the request normally. */
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(600_000), times }),
  /**
   * Answer with this HTTP status before reaching the API logic. `body`: a string is sent as is
   * (default: a small HTML error page, as a load balancer would), an object as JSON.
   */
  z.object({
    kind: z.literal('http_status'),
    status: z.number().int().min(100).max(599),
    body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    contentType: z.string().optional(),
    times,
  }),
  /** Answer HTTP 200 with this TikTok code (message defaults to TikTok's wording); nothing is done. */
  z.object({ kind: z.literal('code'), code: z.number().int().min(1), message: z.string().optional(), times }),
  /**
   * Destroy the connection without answering. With `afterCommit`, the request is handled for real
   * first (a create is saved), then the connection is destroyed.
   */
  z.object({ kind: z.literal('reset'), afterCommit: z.boolean().optional(), times }),
  /**
   * Handle the request for real (a create is saved), then never answer. With `hangMs`, the
   * connection is destroyed after that long; without, it stays open until the client gives up
   * or the emulator closes.
   */
  z.object({
    kind: z.literal('commit_then_timeout'),
    hangMs: z.number().int().positive().optional(),
    times,
  }),
]);

export type FaultSpec = z.infer<typeof faultSpecSchema>;
export type FaultKind = FaultSpec['kind'];

export interface ActiveFault {
  id: number;
  /** Normalised endpoint path such as '/adgroup/create/', or '*'. */
  path: string;
  spec: FaultSpec;
  /** Uses left; undefined means until cleared. */
  remaining: number | undefined;
  /** How many requests it has affected. */
  hits: number;
}

/** The faults that apply to one request, already consumed. */
export interface FaultPlan {
  latencyMs: number;
  outcome: Exclude<FaultSpec, { kind: 'latency' }> | undefined;
}

export interface FaultController {
  /** Adds a fault for an endpoint path ('/adgroup/create/', 'adgroup/create', the full path, or '*'). */
  inject(path: string, fault: FaultSpec): ActiveFault;
  /** Removes the faults of one path, or all of them. Returns how many were removed. */
  clear(path?: string): number;
  list(): ActiveFault[];
}

/**
 * Accepts the forms people type: 'adgroup/create', '/adgroup/create/',
 * '/open_api/v1.3/adgroup/create/'. Returns '/adgroup/create/'.
 */
export function normaliseEndpointPath(path: string): string {
  const trimmed = path.trim();
  if (trimmed === '*') return '*';
  let p = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (p.startsWith(`${API_PREFIX}/`)) p = p.slice(API_PREFIX.length);
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

export class FaultRegistry implements FaultController {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  inject(path: string, fault: FaultSpec): ActiveFault {
    const spec = faultSpecSchema.parse(fault);
    const active: ActiveFault = {
      id: this.nextId++,
      path: normaliseEndpointPath(path),
      spec,
      remaining: spec.times,
      hits: 0,
    };
    this.faults.push(active);
    return { ...active };
  }

  clear(path?: string): number {
    const before = this.faults.length;
    if (path === undefined) this.faults = [];
    else {
      const target = normaliseEndpointPath(path);
      this.faults = this.faults.filter((fault) => fault.path !== target);
    }
    return before - this.faults.length;
  }

  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Picks and consumes the faults for one request to `endpointPath`. */
  take(endpointPath: string): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0, outcome: undefined };
    for (const fault of this.faults) {
      if (fault.path !== '*' && fault.path !== endpointPath) continue;
      if (fault.spec.kind === 'latency') {
        plan.latencyMs += fault.spec.ms;
        this.use(fault);
      } else if (plan.outcome === undefined) {
        plan.outcome = fault.spec;
        this.use(fault);
      }
    }
    this.faults = this.faults.filter((fault) => fault.remaining === undefined || fault.remaining > 0);
    return plan;
  }

  private use(fault: ActiveFault): void {
    fault.hits++;
    if (fault.remaining !== undefined) fault.remaining--;
  }
}
