/**
 * The admin API's routes, as data: the REST handlers (index.ts) and the OpenAPI document
 * (openapi.ts) are both made from this table, so a route cannot be served undocumented. Every
 * handler calls the same operation as the CLI.
 */
import { z } from 'zod';
import { TIERS } from '../../config.js';
import { spendLimitsSchema } from '../../core/spend-limits.js';
import type { Gateway } from '../../gateway.js';
import { disconnectAccount, listConnections } from '../../operations/accounts.js';
import { MAX_AUDIT_PAGE, readAuditLog } from '../../operations/audit.js';
import { createConnectLink } from '../../operations/connections.js';
import { createKey, getKey, listKeys, revokeKey, updateKeyScope } from '../../operations/keys.js';
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  parseTier,
  requireOrganization,
  updateOrganization,
} from '../../operations/organizations.js';
import { usageReport } from '../../operations/usage.js';
import { organizationView } from '../../operations/views.js';

const advertiserIds = z
  .array(z.string().regex(/^\d+$/))
  .min(1)
  .nullable()
  .describe("The advertisers the key may act on; null: every one of its organisation's.");

const keyScope = {
  read_only: z.boolean().optional().describe('True: the key may call read-only tools only.'),
  advertiser_ids: advertiserIds.optional(),
  spend_limits: spendLimitsSchema.optional().describe("This key's spend limits (replaces them all)."),
};

const params = {
  org: z.string().describe('Organisation id (`org_...`) or its name when unique.'),
  key: z.string().describe('API key id (`key_...`).'),
  advertiser_id: z.string().describe('TikTok advertiser id.'),
};

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify syntax: `/api/v1/admin/organizations/:org`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  body?: z.ZodObject;
  query?: z.ZodObject;
  /** 201 for creations, 200 otherwise. */
  status?: number;
  handle(
    gateway: Gateway,
    input: { params: Record<string, string>; body: Record<string, unknown>; query: Record<string, unknown> },
  ): Promise<unknown>;
}

export const ADMIN_PARAMS = params;

export const adminRoutes: AdminRoute[] = [
  {
    method: 'GET',
    path: '/api/v1/admin/organizations',
    operationId: 'adminListOrganizations',
    summary: 'List organisations',
    handle: async (gateway) => (await listOrganizations(gateway)).map(organizationView),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/organizations',
    operationId: 'adminCreateOrganization',
    summary: 'Create an organisation',
    status: 201,
    body: z.strictObject({
      name: z.string().min(1).describe('A name to recognise it by.'),
      tier: z.enum(TIERS).optional().describe('Default free.'),
      billing_anchor_day: z
        .number()
        .int()
        .min(1)
        .max(31)
        .optional()
        .describe('Day the quota period starts again.'),
      spend_limits: spendLimitsSchema.optional().describe('Spend limits for every key of the organisation.'),
    }),
    handle: async (gateway, { body }) => {
      const org = await createOrganization(gateway, {
        name: body.name as string,
        ...(body.tier ? { tier: parseTier(body.tier as string) } : {}),
        ...(body.billing_anchor_day ? { billingAnchorDay: body.billing_anchor_day as number } : {}),
      });
      if (body.spend_limits === undefined) return organizationView(org);
      return organizationView(await updateOrganization(gateway, org.id, { spendLimits: body.spend_limits }));
    },
  },
  {
    method: 'GET',
    path: '/api/v1/admin/organizations/:org',
    operationId: 'adminGetOrganization',
    summary: 'Describe an organisation',
    handle: async (gateway, { params }) =>
      organizationView(await requireOrganization(gateway, params.org as string)),
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/organizations/:org',
    operationId: 'adminUpdateOrganization',
    summary: "Change an organisation's tier or spend limits",
    body: z.strictObject({
      tier: z.enum(TIERS).optional(),
      spend_limits: spendLimitsSchema
        .optional()
        .describe('Replaces the organisation-wide spend limits ({} clears them).'),
    }),
    handle: async (gateway, { params, body }) =>
      organizationView(
        await updateOrganization(gateway, params.org as string, {
          ...(body.tier !== undefined ? { tier: body.tier as string } : {}),
          ...(body.spend_limits !== undefined ? { spendLimits: body.spend_limits } : {}),
        }),
      ),
  },
  {
    method: 'DELETE',
    path: '/api/v1/admin/organizations/:org',
    operationId: 'adminDeleteOrganization',
    summary: 'Delete an organisation',
    description:
      'Deletes the organisation with its API keys, connected accounts (and their tokens), quota and usage. Its audit records stay until their retention ends.',
    handle: async (gateway, { params }) => ({
      deleted: organizationView(await deleteOrganization(gateway, params.org as string)),
    }),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/organizations/:org/keys',
    operationId: 'adminListKeys',
    summary: "List an organisation's API keys (never the key itself)",
    handle: (gateway, { params }) => listKeys(gateway, params.org as string),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/organizations/:org/keys',
    operationId: 'adminCreateKey',
    summary: 'Create an API key (shown once)',
    description:
      'The answer holds the key itself, `sk_live_...`: the only time it is shown. Only its hash is stored.',
    status: 201,
    body: z.strictObject({
      name: z.string().optional().describe('A name to recognise the key by (default "default").'),
      expires_in: z.string().optional().describe('e.g. 30d, 90d, 1y; default: never.'),
      ...keyScope,
    }),
    handle: (gateway, { params, body }) => createKey(gateway, params.org as string, body),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/keys/:key',
    operationId: 'adminGetKey',
    summary: 'Describe an API key',
    handle: (gateway, { params }) => getKey(gateway, params.key as string),
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/keys/:key',
    operationId: 'adminUpdateKey',
    summary: "Change a key's scope and spend limits",
    description: 'Fields left out stay as they are. The change applies from the key’s next call.',
    body: z.strictObject(keyScope),
    handle: (gateway, { params, body }) => updateKeyScope(gateway, params.key as string, body),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/keys/:key/revoke',
    operationId: 'adminRevokeKey',
    summary: 'Revoke an API key',
    handle: (gateway, { params }) => revokeKey(gateway, params.key as string),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/organizations/:org/usage',
    operationId: 'adminGetUsage',
    summary: 'Quota this period and calls per day, tool and key',
    query: z.strictObject({
      days: z.coerce.number().int().min(1).max(366).optional().describe('How many days back (default 30).'),
    }),
    handle: (gateway, { params, query }) =>
      usageReport(gateway, params.org as string, (query.days as number) ?? 30),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/organizations/:org/connections',
    operationId: 'adminListConnections',
    summary: 'List connected TikTok advertisers (never the token)',
    handle: (gateway, { params }) => listConnections(gateway, params.org as string),
  },
  {
    method: 'DELETE',
    path: '/api/v1/admin/organizations/:org/connections/:advertiser_id',
    operationId: 'adminDisconnect',
    summary: 'Disconnect an advertiser and forget its token',
    handle: (gateway, { params }) =>
      disconnectAccount(gateway, params.org as string, params.advertiser_id as string),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/organizations/:org/connect-links',
    operationId: 'adminCreateConnectLink',
    summary: 'A connect link for someone else (works once, 10 minutes)',
    description:
      'The link opens a page that names the organisation and asks for confirmation before sending the person to TikTok.',
    status: 201,
    handle: async (gateway, { params }) => {
      const link = await createConnectLink(gateway, params.org as string);
      return {
        organization_id: link.organizationId,
        url: link.url,
        expires_at: link.expiresAt.toISOString(),
      };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/admin/audit',
    operationId: 'adminReadAuditLog',
    summary: 'Read the audit log (newest first, paged)',
    description:
      'One record per write call, successful or not. Pass `next_cursor` back as `cursor` for the next page.',
    query: z.strictObject({
      org: z.string().optional().describe('Organisation id or name.'),
      key_id: z.string().optional(),
      tool: z.string().optional(),
      outcome: z.enum(['success', 'refused', 'failed']).optional(),
      since: z.string().optional().describe('ISO 8601 time, inclusive.'),
      until: z.string().optional().describe('ISO 8601 time, exclusive.'),
      cursor: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).optional().describe('Default 50.'),
    }),
    handle: (gateway, { query }) => readAuditLog(gateway, query),
  },
];
