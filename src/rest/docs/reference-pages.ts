/**
 * `GET /reference/` and `GET /reference/tools/{tool}.html`: plain HTML pages in the manner of the
 * seed page (category, endpoint, headers, description, argument table, examples), with no script.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { ToolRegistry } from '../../core/registry.js';
import { AppError } from '../../errors.js';
import { baseUrlFor } from './base-url.js';
import {
  accountSelectionExample,
  type ExampleContext,
  errorExamples,
  quotaExhaustedExample,
  successExample,
} from './examples.js';
import { codeBlock, escapeHtml, inlineMarkdown, json, link, page, paragraphs } from './html.js';
import type { ArgumentDoc, ToolDoc } from './tool-docs.js';

/** The pages load nothing but their inline style. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function referencePath(toolName: string): string {
  return `/reference/tools/${toolName}.html`;
}

function categoryAnchor(category: string): string {
  return category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function swaggerLink(doc: ToolDoc): string {
  return `/docs#/${encodeURIComponent(doc.tool.category)}/${encodeURIComponent(doc.tool.name)}`;
}

const NAV = `<nav>${[
  link('/reference/', 'All tools'),
  link('/docs', 'Swagger UI'),
  link('/openapi.json', 'OpenAPI 3.1 spec'),
  link('/llms-full.txt', 'llms-full.txt'),
].join(' ')}</nav>`;

function badges(doc: ToolDoc): string {
  const kind = doc.tool.readOnly ? 'read-only' : 'write';
  const cost = doc.tool.billable ? 'billable: 1 call' : 'free';
  const destructive = doc.tool.destructive ? '<span class="badge">destructive</span>' : '';
  return `<span class="badge">${kind}</span>${destructive}<span class="badge">${cost}</span>`;
}

function curl(baseUrl: string, doc: ToolDoc): string {
  const body = JSON.stringify({ arguments: doc.example }, null, 2).replace(/'/g, "'\\''");
  return [
    `curl -s ${baseUrl}${doc.path} \\`,
    '  -H "Authorization: Bearer sk_live_..." \\',
    '  -H "Content-Type: application/json" \\',
    '  -H "Idempotency-Key: $(uuidgen)" \\',
    `  -d '${body}'`,
  ].join('\n');
}

function argumentRow(arg: ArgumentDoc): string {
  const values = arg.values
    ? `<br><span class="values">One of: ${arg.values.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(', ')}</span>`
    : '';
  return `<tr id="arg-${escapeHtml(arg.name)}"><td><code>${escapeHtml(arg.name)}</code></td><td>${escapeHtml(arg.type)}</td><td>${arg.required ? 'required' : 'optional'}</td><td>${arg.hasDefault ? `<code>${escapeHtml(JSON.stringify(arg.default))}</code>` : ''}</td><td>${inlineMarkdown(arg.description)}${values}</td></tr>`;
}

function argumentTable(doc: ToolDoc): string {
  if (doc.arguments.length === 0) {
    return '<p>This tool takes no arguments: send <code>{"arguments": {}}</code>.</p>';
  }
  return `<table id="arguments">
<thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr></thead>
<tbody>
${doc.arguments.map(argumentRow).join('\n')}
</tbody>
</table>`;
}

function errorsSection(doc: ToolDoc, ctx: ExampleContext): string {
  const parts: string[] = [];
  if (doc.actsOnAccount) {
    parts.push('<h3>400: several accounts connected and none named</h3>', json(accountSelectionExample(doc)));
  }
  if (doc.tool.billable) {
    parts.push('<h3>402: monthly limit reached</h3>', json(quotaExhaustedExample(doc, ctx)));
  }
  const rows = errorExamples(doc, ctx).map(
    (example) =>
      `<tr><td>${example.status}</td><td><code>${example.code}</code></td><td>${escapeHtml(example.value.error.split('\n')[0] ?? '')}</td></tr>`,
  );
  parts.push(
    '<h3>Every error this tool can answer</h3>',
    `<table><thead><tr><th>HTTP</th><th>error_code</th><th>Example message</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  );
  return parts.join('\n');
}

export function toolPage(doc: ToolDoc, baseUrl: string, ctx: ExampleContext): string {
  const { tool } = doc;
  const more = `${link(`/reference/#${categoryAnchor(tool.category)}`, tool.category)} · ${link('/reference/', 'All tools')}`;
  const body = `${NAV}
<p class="category">${escapeHtml(tool.category)}</p>
<h1><code>${escapeHtml(tool.name)}</code></h1>
<p>${escapeHtml(tool.summary)}</p>
<p>${badges(doc)}</p>
<h2>Endpoint</h2>
${codeBlock(`POST ${baseUrl}${doc.path}`)}
<h2>Headers</h2>
<ul>
<li><code>Authorization: Bearer sk_live_...</code>: your adgate API key (required)</li>
<li><code>Content-Type: application/json</code> (required)</li>
<li><code>Idempotency-Key: &lt;uuid&gt;</code>: recommended for write operations to make retries safe</li>
</ul>
<p>All tool arguments are wrapped in an <code>arguments</code> object.</p>
<h2>Description</h2>
${paragraphs(tool.description)}
<h2>Arguments</h2>
${argumentTable(doc)}
<h2>Example request</h2>
${codeBlock(curl(baseUrl, doc))}
<h2>Example success (200)</h2>
${json(successExample(doc, ctx))}
<h2>Errors</h2>
${errorsSection(doc, ctx)}
<footer>
<p>Interactive: ${link(swaggerLink(doc), 'Swagger UI')}</p>
<p>Machine-readable: ${link('/openapi.json', 'OpenAPI 3.1 spec')} · ${link('/llms-full.txt', 'llms-full.txt')}</p>
<p>More tools: ${more}</p>
</footer>`;
  return page(`${tool.name} · adgate API reference`, body);
}

export function indexPage(docs: ToolDoc[], baseUrl: string): string {
  const byCategory = new Map<string, ToolDoc[]>();
  for (const doc of docs)
    byCategory.set(doc.tool.category, [...(byCategory.get(doc.tool.category) ?? []), doc]);
  const sections = [...byCategory].map(
    ([category, tools]) => `<h2 id="${categoryAnchor(category)}">${escapeHtml(category)}</h2>
<table><thead><tr><th>Tool</th><th>Summary</th><th>Kind</th></tr></thead><tbody>
${tools.map((doc) => `<tr><td>${link(referencePath(doc.tool.name), doc.tool.name)}</td><td>${escapeHtml(doc.tool.summary)}</td><td>${badges(doc)}</td></tr>`).join('\n')}
</tbody></table>`,
  );
  const body = `${NAV}
<h1>adgate API reference</h1>
<p>Every tool runs at <code>POST ${escapeHtml(baseUrl)}/api/v1/tools/{tool}/execute</code> with <code>Authorization: Bearer sk_live_...</code> and the body <code>{"arguments": {...}}</code>. ${link('/llms-full.txt', 'llms-full.txt')} explains authentication, the envelopes, every error code, idempotency and the quota; ${link('/docs', 'Swagger UI')} runs calls from the browser.</p>
${sections.join('\n')}`;
  return page('adgate API reference', body);
}

function notFoundPage(requested: string, registry: ToolRegistry): string {
  let suggestions: string[] = [];
  try {
    registry.require(requested);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    suggestions = (error.details?.suggestions as string[] | undefined) ?? [];
  }
  const hint =
    suggestions.length > 0
      ? `<p>Did you mean ${suggestions.map((name) => link(referencePath(name), name)).join(' or ')}?</p>`
      : '';
  return page(
    'No such tool · adgate API reference',
    `${NAV}\n<h1>No tool named <code>${escapeHtml(requested)}</code></h1>\n${hint}`,
  );
}

function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .send(html);
}

export function registerReferenceRoutes(
  app: FastifyInstance,
  docs: Map<string, ToolDoc>,
  ctx: ExampleContext,
  config: Config,
): void {
  const index = async (request: FastifyRequest, reply: FastifyReply) =>
    sendHtml(reply, indexPage([...docs.values()], baseUrlFor(request, config)));
  app.get('/reference', index);
  app.get('/reference/', index);

  app.get<{ Params: { page: string } }>('/reference/tools/:page', async (request, reply) => {
    const { page } = request.params;
    if (docs.has(page)) return reply.redirect(referencePath(page), 301);
    const name = page.replace(/\.html$/, '');
    const doc = page.endsWith('.html') ? docs.get(name) : undefined;
    if (!doc) return sendHtml(reply, notFoundPage(name, ctx.registry), 404);
    return sendHtml(reply, toolPage(doc, baseUrlFor(request, config), ctx));
  });
}
