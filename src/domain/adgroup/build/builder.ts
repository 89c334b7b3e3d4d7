/** What every part of the build writes into: TikTok's body, the defaults applied and the warnings. */
import type { TikTokAdGroupBody } from '../body.js';
import { type EffectiveSettings, unique } from '../defaults.js';
import type { Objective } from '../enums.js';
import type { AdGroupSettings } from '../settings.js';
import type { AdGroupFacts, AppliedDefault } from '../types.js';

export class BodyBuilder {
  readonly body: Partial<TikTokAdGroupBody> = {};
  readonly defaultsApplied: AppliedDefault[] = [];
  readonly warnings: string[] = [];

  constructor(
    readonly args: AdGroupSettings,
    readonly facts: AdGroupFacts,
    readonly objective: Objective,
    readonly s: EffectiveSettings,
  ) {}

  get cbo(): boolean {
    return this.facts.campaign.budget_optimize_on;
  }

  put<K extends keyof TikTokAdGroupBody>(key: K, value: TikTokAdGroupBody[K] | undefined): void {
    if (value !== undefined) this.body[key] = value;
  }

  /** Records a default (or a translation, or a field deliberately not sent) with its reason. */
  applied<T>(field: string, value: T, reason: string): T {
    this.defaultsApplied.push({ field, value, reason });
    return value;
  }

  warn(message: string): void {
    this.warnings.push(message);
  }
}

/** A list worth sending: not empty, without repeats. */
export function listed<T>(values: readonly T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? unique(values) : undefined;
}
