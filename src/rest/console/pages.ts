/**
 * The console's pages, rendered on the server. Every value is escaped; chart data goes in a JSON
 * data block (not executed, so the CSP needs no inline script); every form carries the CSRF token.
 */

import type { UsageReport } from '../../operations/usage.js';
import type { AuditView, KeyView, OrganizationView } from '../../operations/views.js';
import { escapeHtml as e } from '../docs/html.js';
import { CHART_JS_PATH } from './assets.js';

export interface PageContext {
  csrfToken?: string | undefined;
  /** Shows the sign-out button. */
  signedIn?: boolean;
}

function csrfField(ctx: PageContext): string {
  return ctx.csrfToken ? `<input type="hidden" name="_csrf" value="${e(ctx.csrfToken)}">` : '';
}

export function form(ctx: PageContext, action: string, inner: string, attributes = ''): string {
  return `<form method="post" action="${e(action)}" ${attributes}>${csrfField(ctx)}${inner}</form>`;
}

export function layout(ctx: PageContext, title: string, body: string): string {
  const signOut = ctx.signedIn
    ? form(ctx, '/console/logout', '<button type="submit" id="sign-out">Sign out</button>')
    : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)} · adgate console</title>`,
    '<link rel="icon" href="data:,"><link rel="stylesheet" href="/console/assets/console.css"></head>',
    `<body><header><strong>adgate console</strong><a href="/console">Organisations</a>${signOut}</header>`,
    `<main><h1>${e(title)}</h1>${body}</main>`,
    `<script src="${CHART_JS_PATH}"></script><script src="/console/assets/console.js"></script>`,
    '</body></html>',
  ].join('\n');
}

export function loginPage(ctx: PageContext, error?: string): string {
  return layout(
    ctx,
    'Sign in',
    `${error ? `<p class="error" id="error">${e(error)}</p>` : ''}` +
      form(
        ctx,
        '/console/login',
        '<p><label>Admin key <input type="password" name="admin_key" autocomplete="off" size="50" required></label></p>' +
          '<p><button type="submit">Sign in</button></p>',
      ) +
      '<p class="muted">An operator makes an admin key on the gateway host with <code>adgate admin-keys create</code>.</p>',
  );
}

export function messagePage(ctx: PageContext, title: string, message: string, status = 'error'): string {
  return layout(
    ctx,
    title,
    `<p class="${status}" id="message">${e(message)}</p><p><a href="/console">Back to the console</a></p>`,
  );
}

export function organizationsPage(ctx: PageContext, orgs: OrganizationView[]): string {
  const rows = orgs
    .map(
      (o) =>
        `<tr><td><a href="/console/orgs/${e(o.id)}">${e(o.name)}</a></td><td><code>${e(o.id)}</code></td><td>${e(o.tier)}</td><td>${e(o.created_at)}</td></tr>`,
    )
    .join('');
  return layout(
    ctx,
    'Organisations',
    `<table id="organizations"><thead><tr><th>Name</th><th>Id</th><th>Tier</th><th>Created</th></tr></thead><tbody>${rows}</tbody></table>` +
      '<h2>New organisation</h2>' +
      form(
        ctx,
        '/console/orgs',
        '<label>Name <input name="name" required></label>' +
          '<label>Tier <select name="tier"><option>free</option><option>plus</option><option>pro</option><option>max</option></select></label>' +
          '<button type="submit">Create</button>',
      ),
  );
}

function limitsText(limits: Record<string, unknown>): string {
  const entries = Object.entries(limits);
  return entries.length === 0 ? '-' : entries.map(([k, v]) => `${k}: ${v}`).join(', ');
}

function keysSection(ctx: PageContext, orgId: string, keys: KeyView[]): string {
  const rows = keys
    .map((k) => {
      const status = k.revoked_at ? `revoked ${k.revoked_at}` : 'active';
      const revoke = k.revoked_at
        ? ''
        : form(
            ctx,
            `/console/keys/${k.id}/revoke`,
            `<button type="submit">Revoke</button>`,
            `data-confirm="Revoke ${e(k.name)}? It stops working at once."`,
          );
      const scope = `${k.read_only ? 'read-only' : 'read-write'}${k.advertiser_ids ? `; advertisers ${k.advertiser_ids.join(', ')}` : ''}`;
      const edit = k.revoked_at ? '' : scopeForm(ctx, k);
      return `<tr data-key-id="${e(k.id)}"><td>${e(k.name)}</td><td><code>${e(k.prefix)}…</code></td><td>${e(scope)}${edit}</td><td>${e(limitsText(k.spend_limits))}</td><td>${e(k.last_used_at ?? '-')}</td><td class="status">${e(status)}</td><td>${revoke}</td></tr>`;
    })
    .join('');
  return (
    '<h2>API keys</h2>' +
    `<table id="keys"><thead><tr><th>Name</th><th>Prefix</th><th>Scope</th><th>Spend limits</th><th>Last used</th><th>Status</th><th></th></tr></thead><tbody>${rows}</tbody></table>` +
    form(
      ctx,
      `/console/orgs/${orgId}/keys`,
      '<fieldset><legend>New key</legend>' +
        '<label>Name <input name="name" required></label>' +
        '<label><input type="checkbox" name="read_only" value="true"> read-only</label>' +
        '<label>Advertisers <input name="advertiser_ids" placeholder="all; or ids, comma-separated"></label><br>' +
        limitInputs() +
        '<button type="submit">Create key</button></fieldset>',
    )
  );
}

/** Changes an existing key's scope and limits (every field is sent, so the form replaces them). */
function scopeForm(ctx: PageContext, k: KeyView): string {
  return (
    '<details><summary>Change</summary>' +
    form(
      ctx,
      `/console/keys/${k.id}/scope`,
      `<label><input type="checkbox" name="read_only" value="true"${k.read_only ? ' checked' : ''}> read-only</label>` +
        `<label>Advertisers <input name="advertiser_ids" value="${e((k.advertiser_ids ?? []).join(', '))}" placeholder="all"></label><br>` +
        limitInputs(k.spend_limits) +
        '<button type="submit">Save</button>',
    ) +
    '</details>'
  );
}

function limitInputs(values: Record<string, unknown> = {}): string {
  const input = (name: string, label: string) =>
    `<label>${label} <input name="${name}" inputmode="decimal" size="8" value="${e(String(values[name] ?? ''))}"></label>`;
  return (
    input('max_daily_budget', 'Max daily budget per object') +
    input('max_lifetime_budget', 'Max lifetime budget per object') +
    input('max_daily_added', 'Max new daily budget per day')
  );
}

interface ChartData {
  title: string;
  labels: string[];
  series: Array<{ label: string; values: number[] }>;
}

function chartData(
  report: UsageReport,
  by: 'tool' | 'key_id',
  title: string,
  keyNames: Map<string, string>,
): ChartData {
  const labels: string[] = [];
  const start = Date.parse(`${report.since}T00:00:00Z`);
  for (let t = start; new Date(t).toISOString().slice(0, 10) <= report.until; t += 86_400_000) {
    labels.push(new Date(t).toISOString().slice(0, 10));
  }
  const series = new Map<string, number[]>();
  for (const row of report.days) {
    const name = by === 'tool' ? row.tool : (keyNames.get(row.key_id) ?? row.key_id);
    const values = series.get(name) ?? labels.map(() => 0);
    const index = labels.indexOf(row.day);
    if (index >= 0) values[index] = (values[index] ?? 0) + row.calls;
    series.set(name, values);
  }
  return { title, labels, series: [...series].map(([label, values]) => ({ label, values })) };
}

/** JSON that cannot close its <script> element. */
function dataBlock(id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

function usageSection(report: UsageReport, keys: KeyView[]): string {
  const names = new Map(keys.map((k) => [k.id, k.name]));
  return (
    '<h2>Usage</h2>' +
    `<p id="quota">${report.used} of ${report.limit} tool calls used this period (${e(report.period_start)} to ${e(report.period_end)}).</p>` +
    '<div class="charts">' +
    `<div><canvas id="chart-tools" data-chart="usage-by-tool" role="img" aria-label="Calls per day, per tool"></canvas>${dataBlock('usage-by-tool', chartData(report, 'tool', 'Calls per day, per tool', names))}</div>` +
    `<div><canvas id="chart-keys" data-chart="usage-by-key" role="img" aria-label="Calls per day, per key"></canvas>${dataBlock('usage-by-key', chartData(report, 'key_id', 'Calls per day, per key', names))}</div>` +
    '</div>'
  );
}

export interface AccountRow {
  advertiser_id: string;
  name: string;
  status: string;
  currency: string | null;
  connected_at: string;
}

function accountsSection(
  ctx: PageContext,
  orgId: string,
  accounts: AccountRow[],
  canConnect: boolean,
): string {
  const rows = accounts
    .map(
      (a) =>
        `<tr><td>${e(a.name)}</td><td><code>${e(a.advertiser_id)}</code></td><td>${e(a.status)}</td><td>${e(a.currency ?? '-')}</td><td>${e(a.connected_at)}</td><td>${form(
          ctx,
          `/console/orgs/${orgId}/accounts/${a.advertiser_id}/disconnect`,
          '<button type="submit">Disconnect</button>',
          `data-confirm="Disconnect ${e(a.name)} and forget its token?"`,
        )}</td></tr>`,
    )
    .join('');
  const connect = canConnect
    ? form(
        ctx,
        `/console/orgs/${orgId}/connect`,
        '<button type="submit" id="connect-tiktok">Connect TikTok</button>',
      )
    : '<p class="muted">Connecting by OAuth needs TIKTOK_APP_ID, TIKTOK_APP_SECRET and TIKTOK_REDIRECT_URL.</p>';
  return (
    '<h2>Connected TikTok accounts</h2>' +
    `<table id="accounts"><thead><tr><th>Name</th><th>advertiser_id</th><th>Status</th><th>Currency</th><th>Connected</th><th></th></tr></thead><tbody>${rows}</tbody></table>` +
    connect
  );
}

function auditSection(records: AuditView[]): string {
  const rows = records
    .map(
      (r) =>
        `<tr><td>${e(r.at)}</td><td>${e(r.key.name)}</td><td>${e(r.transport)}</td><td>${e(r.tool)}</td><td class="outcome">${e(r.outcome)}</td><td>${e(r.error_code ?? String(r.status))}</td><td>${e(
          (r.tiktok_ids as Array<{ object: string; id: string }>)
            .map((t) => `${t.object} ${t.id}`)
            .join(', ') || '-',
        )}</td><td><code>${e(r.request_id)}</code></td></tr>`,
    )
    .join('');
  return (
    '<h2>Audit log</h2><p class="muted">Write calls, newest first (the latest 50; all of them through the admin API or <code>adgate audit</code>).</p>' +
    `<table id="audit"><thead><tr><th>At</th><th>Key</th><th>Transport</th><th>Tool</th><th>Outcome</th><th>Code</th><th>TikTok ids</th><th>Request</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

export interface OrganizationPageData {
  org: OrganizationView;
  keys: KeyView[];
  usage: UsageReport;
  accounts: AccountRow[];
  audit: AuditView[];
  canConnect: boolean;
}

export function organizationPage(ctx: PageContext, data: OrganizationPageData): string {
  const { org } = data;
  return layout(
    ctx,
    org.name,
    `<p><code>${e(org.id)}</code> · ${e(org.tier)} tier</p>` +
      keysSection(ctx, org.id, data.keys) +
      '<h2>Organisation spend limits</h2>' +
      form(
        ctx,
        `/console/orgs/${org.id}/limits`,
        `${limitInputs(org.spend_limits)}<button type="submit">Save limits</button>`,
      ) +
      usageSection(data.usage, data.keys) +
      accountsSection(ctx, org.id, data.accounts, data.canConnect) +
      auditSection(data.audit),
  );
}

export function keyCreatedPage(ctx: PageContext, orgId: string, key: string, record: KeyView): string {
  return layout(
    ctx,
    'API key created',
    `<p>This is the only time the key <strong>${e(record.name)}</strong> is shown; store it now.</p>` +
      `<code class="key" id="new-key">${e(key)}</code>` +
      `<p><a href="/console/orgs/${e(orgId)}">Back to the organisation</a></p>`,
  );
}
