/**
 * The rules every tool call follows (API contract, sections 2 to 8), written once as markdown for
 * llms-full.txt, the OpenAPI description and the reference index. The numbers come from the
 * running configuration, so the text says what this server does.
 */
import { type Config, TIERS } from '../../config.js';
import { errorCodesByStatus } from './error-codes.js';

export function statusTable(): string {
  const rows = errorCodesByStatus().map(({ code, status, when }) => `| ${status} | \`${code}\` | ${when} |`);
  return ['| HTTP | error_code | When |', '|---|---|---|', '| 200 | | Success |', ...rows].join('\n');
}

export function coreConcepts(baseUrl: string, config: Config): string {
  const limits = TIERS.map((tier) => `${tier} ${config.quota.limits[tier]}`).join(', ');
  return `## Base URL

\`${baseUrl}\`. Every tool runs at \`POST ${baseUrl}/api/v1/tools/{tool}/execute\`; \`GET ${baseUrl}/api/v1/tools\` lists the tools with their input JSON Schema.

## Authentication

\`Authorization: Bearer sk_live_...\`: an API key, \`sk_live_\` followed by 32 URL-safe characters, shown once when an operator creates it (\`adgate keys create --org ORG\`). A missing, malformed, unknown, expired or revoked key gets 401 \`unauthenticated\`.

## Request

\`Content-Type: application/json\` (anything else: 415) and the body \`{"arguments": {...}}\`, at most 1 MiB (413). All tool arguments are wrapped in the \`arguments\` object; another top-level field is refused (400 \`invalid_request\`). An unknown argument is an error whose message suggests the closest known one, and every problem with the arguments is reported at once.

## Responses

Success, HTTP 200: \`{"success": true, "data": {"text", "quota", "structured"}, "tool"}\`. \`data.text\` is markdown for a person or an agent; \`data.quota\` (\`used\`, \`limit\`, \`tier\`, \`period_end\`) is present on every billable call; \`data.structured\` holds the machine-readable result.

Error: \`{"success": false, "error", "is_error": true, "tool", "error_code", "request_id", "structured_content", "quota"}\`. \`error\` is a message a person can act on; \`structured_content\` holds details (e.g. every invalid field in \`issues: [{path, code, message}]\`); \`quota\` is present on 402. Every response carries an \`X-Request-Id\` header equal to \`request_id\`.

## Status codes and error codes

${statusTable()}

## Idempotency

Send \`Idempotency-Key: <uuid>\` (1 to 255 printable ASCII characters; one fresh key per logical operation, reused on its retries) to make retries safe. A repeat after completion gets the stored status and body again with \`Idempotent-Replayed: true\` and is not billed again; a repeat while the first runs gets 409 \`idempotency_key_in_use\`; the same key with another tool or other arguments gets 409 \`idempotency_key_reused\`. Refusals before a tool runs are not stored, so the key stays free for a corrected retry. Keys are scoped to the organisation and kept ${config.idempotency.retentionHours} hours. After 504 \`platform_outcome_unknown\`, retry with the same key: the gateway checks what the first attempt did before writing again.

## Quota

Each organisation has a monthly allowance of billable tool calls by tier (${limits}); the counter starts again on \`period_end\`. A call is billed when the ad platform gave a definitive answer (success or \`platform_rejected\`); refusals, platform failures, idempotent replays, dry runs and the free tools are not. When the allowance is used up: 402 \`quota_exhausted\` with \`quota.upgrade_url\`.

## Accounts and dry runs

\`advertiser_id\` is optional on every TikTok tool: with one connected advertiser it is used; with several and none named the answer is 400 \`account_selection_required\`, listing them. Every write tool takes \`dry_run: true\`: the call is validated and resolved like a real one, nothing is written or billed, and \`data.structured\` holds the exact body that would be sent.

## The same tools over MCP

\`POST ${baseUrl}/mcp\` serves every tool over the Model Context Protocol (Streamable HTTP, stateless). Nothing but the transport differs: the same API key in the \`Authorization\` header, the same tools, schemas, messages and \`error_code\`s, one quota, one rate limit, one idempotency store. Results carry \`data.text\` as a text block and \`data.structured\` as \`structuredContent\`; errors are results with \`isError: true\` and the REST error envelope as \`structuredContent\`. The idempotency key goes in the call's \`_meta\` as \`adgate/idempotency_key\`. A client configuration:

\`\`\`json
{"mcpServers": {"adgate": {"type": "http", "url": "${baseUrl}/mcp", "headers": {"Authorization": "Bearer sk_live_..."}}}}
\`\`\`
`;
}
