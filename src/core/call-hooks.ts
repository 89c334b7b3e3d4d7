/**
 * What the execute pipeline does for operators around each call: the key's scope before the tool
 * runs, spend guardrails during the run, and afterwards the usage history and, for writes, the
 * audit log. One object so that execute.ts calls it in three places and knows nothing more.
 */
import type { Logger } from 'pino';
import type { AppError } from '../errors.js';
import type { FinishRequest } from '../store/calls.js';
import type { Store } from '../store/index.js';
import { AuditService, type FinishedCall } from './audit.js';
import type { Clock } from './clock.js';
import { CallGuardrails } from './guardrails.js';
import { assertToolAllowed } from './scopes.js';
import type { AnyTool, Caller } from './tool.js';

export type { FinishedCall };

export class CallHooks {
  readonly audit: AuditService;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    auditRetentionMs: number,
  ) {
    this.audit = new AuditService(store, logger, auditRetentionMs);
  }

  /** Before anything else about the call: may this key use this tool at all? */
  authorize(tool: AnyTool, caller: Caller): void {
    assertToolAllowed(tool, caller);
  }

  guardrails(caller: Caller): CallGuardrails {
    return new CallGuardrails(this.store, this.clock, caller);
  }

  /**
   * After the tool: a write that certainly did not happen gives its held budget back. An unknown
   * outcome keeps it: the write may have reached TikTok.
   */
  async settle(guardrails: CallGuardrails, failure: AppError | undefined, unknownOutcome: Set<string>) {
    await guardrails.settle(failure === undefined || unknownOutcome.has(failure.code));
  }

  /**
   * Usage history for every call, and an audit record for every write, stored in one commit with
   * the executor's own last writes of the call (`writes`: its key's outcome, a refund) and the
   * budget it added that no limit had to hold (`guardrails`, settled). Throws when that commit
   * fails: the executor decides what it means for the call.
   */
  async finish(
    call: FinishedCall,
    writes: Pick<FinishRequest, 'key' | 'refund'>,
    guardrails: CallGuardrails | undefined,
  ): Promise<void> {
    const now = this.clock.now();
    await this.store.calls.finish({
      ...writes,
      spend: guardrails?.takeUnheld(),
      usage: {
        organizationId: call.caller.organizationId,
        day: now.toISOString().slice(0, 10),
        tool: call.tool.name,
        keyId: call.caller.keyId,
        billed: call.billed,
        error: call.status >= 400,
      },
      audit: call.tool.readOnly ? undefined : this.audit.recordOf(call, now),
    });
    if (!call.tool.readOnly) {
      await this.audit.pruneIfDue(now).catch((error: unknown) => {
        this.logger.error({ err: error }, 'audit records past their retention not removed');
      });
    }
  }
}
