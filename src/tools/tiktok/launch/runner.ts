/**
 * A recorded multi-step launch. Each step is written down when it starts and when it is done, in
 * the database under the launch's key (the call's Idempotency-Key, or one the gateway gave the call),
 * so that a retry with that key:
 * - skips the steps known to be done and uses what they made;
 * - for a step that started but whose outcome is unknown, first reads back what it may have made
 *   (`reconcile`), and only sends it again when nothing is found (steps with a TikTok `request_id`
 *   are simply re-sent: TikTok answers a repeated request_id with what the first one made);
 * - refuses other arguments under the same key.
 * Every step reports progress (MCP notifications) and its duration (the REST answer's `steps`).
 */
import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../../../core/canonical-json.js';
import type { ToolContext } from '../../../core/tool.js';
import { AppError } from '../../../errors.js';
import { requestIdFrom } from '../../../tiktok/request-id.js';
import type { ToolServices } from '../../services.js';

export interface StepRecord {
  name: string;
  state: 'started' | 'done';
  /** What the step made, as JSON. */
  result?: unknown;
}

export interface StepReport {
  step: string;
  label: string;
  /** `done`: this call did it; `done_earlier`: an earlier attempt had; `reconciled`: found after an unknown outcome. */
  status: 'done' | 'done_earlier' | 'reconciled' | 'failed';
  duration_ms: number;
}

export interface StepSpec<R> {
  name: string;
  label: string;
  run(requestId: string): Promise<R>;
  /** After an unknown outcome: what the earlier attempt made, or undefined to send the step again. */
  reconcile?(): Promise<R | undefined>;
}

type Context = ToolContext<ToolServices>;

export class Launch {
  readonly key: string;
  /** True when the caller gave no key and the gateway made one, to be named in a failure. */
  readonly generatedKey: boolean;
  private records: StepRecord[] = [];
  readonly reports: StepReport[] = [];

  private constructor(
    private readonly ctx: Context,
    private readonly tool: string,
    key: string | undefined,
    private readonly total: number,
  ) {
    this.key = key ?? `launch-${randomUUID()}`;
    this.generatedKey = key === undefined;
  }

  /** Opens (or resumes) the launch of this call. */
  static async open(ctx: Context, tool: string, args: unknown, total: number): Promise<Launch> {
    const launch = new Launch(ctx, tool, ctx.idempotency?.key, total);
    const now = ctx.clock.now().toISOString();
    const fingerprint = requestFingerprint(tool, args);
    const stored = await ctx.services.store.launches.open({
      organization_id: ctx.caller.organizationId,
      launch_key: launch.key,
      tool,
      fingerprint,
      steps: '[]',
      created_at: now,
      updated_at: now,
    });
    if (stored.tool !== tool || stored.fingerprint !== fingerprint) {
      throw new AppError(
        'idempotency_key_reused',
        `This key already belongs to a launch of ${stored.tool} with other arguments. Use a new key for a different launch.`,
      );
    }
    launch.records = JSON.parse(stored.steps) as StepRecord[];
    return launch;
  }

  /** The result of a step done, this call or an earlier one. */
  done(name: string): unknown {
    const record = this.records.find((r) => r.name === name);
    return record?.state === 'done' ? record.result : undefined;
  }

  async step<R>(spec: StepSpec<R>): Promise<R> {
    const started = performance.now();
    const report = (status: StepReport['status']) => {
      this.reports.push({
        step: spec.name,
        label: spec.label,
        status,
        duration_ms: Math.round(performance.now() - started),
      });
      this.ctx.progress({
        progress: this.reports.length,
        total: this.total,
        message: `${spec.label}: ${status}`,
      });
    };
    const record = this.records.find((r) => r.name === spec.name);
    if (record?.state === 'done') {
      report('done_earlier');
      return record.result as R;
    }
    if (record?.state === 'started' && spec.reconcile) {
      const found = await spec.reconcile();
      if (found !== undefined) {
        await this.save({ name: spec.name, state: 'done', result: found });
        report('reconciled');
        return found;
      }
    }
    await this.save({ name: spec.name, state: 'started' });
    try {
      const result = await spec.run(this.requestId(spec.name));
      await this.save({ name: spec.name, state: 'done', result });
      report('done');
      return result;
    } catch (error) {
      report('failed');
      throw error;
    }
  }

  /** TikTok's request_id for a step: the same on every attempt of this launch. */
  requestId(step: string): string {
    return requestIdFrom(`${this.ctx.caller.organizationId}\n${this.key}\n${step}`);
  }

  private async save(record: StepRecord): Promise<void> {
    this.records = [...this.records.filter((r) => r.name !== record.name), record];
    await this.ctx.services.store.launches.saveSteps(
      this.ctx.caller.organizationId,
      this.key,
      JSON.stringify(this.records),
      this.ctx.clock.now().toISOString(),
    );
  }
}
