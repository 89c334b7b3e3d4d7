import type { Command } from 'commander';
import { readAuditLog } from '../../operations/audit.js';
import { withGateway } from '../context.js';
import { examples } from '../examples.js';
import { emit, type OutputOptions, table } from '../output.js';

interface AuditOptions extends OutputOptions {
  org?: string;
  keyId?: string;
  tool?: string;
  outcome?: string;
  since?: string;
  until?: string;
  cursor?: string;
  limit: string;
}

export function registerAuditCommand(program: Command): void {
  const command = program
    .command('audit')
    .description('read the audit log of write calls, newest first')
    .option('--org <org>', 'organisation id or name')
    .option('--key-id <id>', 'only this API key')
    .option('--tool <tool>', 'only this tool')
    .option('--outcome <outcome>', 'success, refused or failed')
    .option('--since <time>', 'from this ISO 8601 time')
    .option('--until <time>', 'before this ISO 8601 time')
    .option('--cursor <cursor>', 'the next page (printed after a full page)')
    .option('--limit <n>', 'records per page (1-200)', '50')
    .option('--json', 'print JSON')
    .action(async (options: AuditOptions) => {
      await withGateway(
        async (gateway) => {
          const page = await readAuditLog(gateway, {
            org: options.org,
            key_id: options.keyId,
            tool: options.tool,
            outcome: options.outcome,
            since: options.since,
            until: options.until,
            cursor: options.cursor,
            limit: Number(options.limit),
          });
          const rows = page.records.map((r) => [
            r.at,
            r.organization_id,
            `${r.key.name} (${r.key.id})`,
            r.tool,
            r.outcome,
            r.error_code ?? String(r.status),
            (r.tiktok_ids as Array<{ object: string; id: string }>)
              .map((t) => `${t.object} ${t.id}`)
              .join(', ') || '-',
            r.request_id,
          ]);
          const more = page.next_cursor ? `\nMore: --cursor ${page.next_cursor}` : '';
          emit(
            options,
            page,
            table(['AT', 'ORG', 'KEY', 'TOOL', 'OUTCOME', 'CODE', 'TIKTOK IDS', 'REQUEST'], rows) + more,
          );
        },
        { read: true },
      );
    });
  examples(command, [
    'adgate audit --org "Acme Ads" --limit 20',
    'adgate audit --outcome refused --since 2026-11-01',
  ]);
}
