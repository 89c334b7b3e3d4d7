import type { Command } from 'commander';
import { usageReport } from '../../operations/usage.js';
import { withGateway } from '../context.js';
import { emit, type OutputOptions } from '../output.js';

export function registerUsageCommand(program: Command): void {
  program
    .command('usage')
    .description("show an organisation's quota use this period and its calls per day (--days)")
    .requiredOption('--org <org>', 'organisation id or name')
    .option('--days <n>', 'how many days of history', '30')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions & { org: string; days: string }) => {
      await withGateway(
        async (gateway) => {
          const report = await usageReport(gateway, options.org, Number(options.days) || 30);
          const byDay = new Map<string, number>();
          for (const row of report.days) byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.calls);
          emit(
            options,
            report,
            [
              `${report.organization_id} (${report.tier}): ${report.used}/${report.limit} tool calls used; ` +
                `period ${report.period_start} to ${report.period_end}.`,
              ...[...byDay].map(([day, calls]) => `  ${day}: ${calls} call${calls === 1 ? '' : 's'}`),
            ].join('\n'),
          );
        },
        { read: true },
      );
    });
}
