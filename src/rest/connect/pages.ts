/**
 * The small HTML pages a person sees in the browser during a connection. Self-contained (no
 * script, no external asset), every value escaped; they never show a token or an authorisation code.
 */
import type { AdvertiserToConnect } from '../../core/accounts.js';
import { escapeHtml } from '../docs/html.js';

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1f}' +
  'h1{font-size:1.4rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}' +
  'code{background:#f3f3f3;padding:0 .2rem}.muted{color:#666;font-size:.9rem}';

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · adgate</title><style>${STYLE}</style></head>`,
    `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
  ].join('\n');
}

export function connectedPage(organizationName: string, advertisers: AdvertiserToConnect[]): string {
  const rows = advertisers
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.name)}</td><td><code>${escapeHtml(a.advertiserId)}</code></td>` +
        `<td>${escapeHtml(a.currency ?? '-')}</td><td>${escapeHtml(a.timezone ?? '-')}</td></tr>`,
    )
    .join('');
  const count =
    advertisers.length === 1
      ? '1 TikTok advertiser account is'
      : `${advertisers.length} TikTok advertiser accounts are`;
  return page(
    'TikTok accounts connected',
    `<p>${count} now connected to <strong>${escapeHtml(organizationName)}</strong>:</p>` +
      `<table id="connected"><thead><tr><th>Name</th><th>advertiser_id</th><th>Currency</th><th>Timezone</th></tr></thead><tbody>${rows}</tbody></table>` +
      '<p>The tools can use them now; when several accounts are connected, pass <code>advertiser_id</code>. ' +
      'You can close this window.</p>',
  );
}

/**
 * A link made for someone else: name the organisation before anything happens, so that nobody is
 * tricked into connecting their ad accounts to a stranger's organisation.
 */
export function confirmPage(organizationName: string, tiktokUrl: string, expiresAt: Date): string {
  return page(
    'Connect TikTok advertiser accounts',
    `<p id="organization">This link connects the TikTok advertiser accounts you choose to <strong>${escapeHtml(organizationName)}</strong> on this adgate gateway, ` +
      'which will then be able to manage their campaigns, ad groups and ads.</p>' +
      '<p>Continue only if you know this organisation and mean to give it that access. TikTok asks you to choose the accounts and approve.</p>' +
      `<p><a id="continue" href="${escapeHtml(tiktokUrl)}">Continue to TikTok</a></p>` +
      `<p class="muted">The link works once, until ${escapeHtml(expiresAt.toISOString().slice(0, 16).replace('T', ' '))} UTC. If you did not expect it, close this page: nothing happens.</p>`,
  );
}

export function failurePage(title: string, message: string, details: Record<string, unknown> = {}): string {
  const support = Object.entries(details)
    .map(([key, value]) => `${escapeHtml(key)}: <code>${escapeHtml(String(value))}</code>`)
    .join(' · ');
  return page(
    title,
    `<p id="message">${escapeHtml(message)}</p>${support ? `<p class="muted">${support}</p>` : ''}`,
  );
}
