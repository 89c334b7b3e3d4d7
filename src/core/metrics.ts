/** Prometheus metrics, one registry per gateway instance (so tests can run several side by side). */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly calls = new Counter({
    name: 'adgate_tool_calls_total',
    help: 'Tool calls by tool, HTTP status and error code (empty on success).',
    labelNames: ['tool', 'status', 'error_code', 'transport'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'adgate_tool_call_duration_seconds',
    help: 'Time to answer a tool call, from authentication to envelope.',
    labelNames: ['tool'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly quotaUsed = new Counter({
    name: 'adgate_quota_used_total',
    help: 'Billed tool calls (quota consumed), by organisation tier.',
    labelNames: ['tier'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'adgate_' });
  }
}
