/** The spend-limit flags shared by `orgs set-limits`, `keys create` and `keys set-scope`. */
import type { Command } from 'commander';
import type { SpendLimits } from '../../core/spend-limits.js';
import { CliError } from '../errors.js';

export interface LimitOptions {
  maxDailyBudget?: string;
  maxLifetimeBudget?: string;
  maxDailyAdded?: string;
}

export function limitOptions(command: Command): Command {
  return command
    .option(
      '--max-daily-budget <amount>',
      'largest daily budget one write may set on one campaign or ad group',
    )
    .option('--max-lifetime-budget <amount>', 'largest lifetime budget one write may set on one object')
    .option('--max-daily-added <amount>', 'most new daily budget writes may add in one UTC day');
}

function amount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${flag} must be a positive amount, not "${value}".`);
  return n;
}

export function limitsFromOptions(options: LimitOptions): SpendLimits {
  const limits: SpendLimits = {};
  const daily = amount('--max-daily-budget', options.maxDailyBudget);
  const lifetime = amount('--max-lifetime-budget', options.maxLifetimeBudget);
  const added = amount('--max-daily-added', options.maxDailyAdded);
  if (daily !== undefined) limits.max_daily_budget = daily;
  if (lifetime !== undefined) limits.max_lifetime_budget = lifetime;
  if (added !== undefined) limits.max_daily_added = added;
  return limits;
}

export function hasLimitOptions(options: LimitOptions): boolean {
  return [options.maxDailyBudget, options.maxLifetimeBudget, options.maxDailyAdded].some(
    (v) => v !== undefined,
  );
}
