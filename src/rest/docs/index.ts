/**
 * The self-describing surfaces (issue 4): OpenAPI, Swagger UI, reference pages, llms.txt and the
 * catalog, all generated from the registered tool definitions. They are derived once, when the app
 * is built, so a tool whose schema cannot be described fails at start rather than on a docs request.
 */
import fs from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Gateway } from '../../gateway.js';
import { baseUrlFor } from './base-url.js';
import { registerCatalogRoutes } from './catalog.js';
import type { ExampleContext } from './examples.js';
import { registerLlmsRoutes } from './llms.js';
import { buildOpenApiDocument, type PackageInfo, servedDocument } from './openapi.js';
import { registerReferenceRoutes } from './reference-pages.js';
import { registerSwaggerUi } from './swagger-ui.js';
import { describeTool } from './tool-docs.js';

/** src/rest/docs and dist/rest/docs are both three levels below package.json. */
function packageInfo(): PackageInfo {
  const manifest = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return { version: String(manifest.version), license: String(manifest.license) };
}

export async function registerDocsRoutes(app: FastifyInstance, gateway: Gateway): Promise<void> {
  const { config, registry, clock } = gateway;
  const docs = registry.list().map(describeTool);
  const byName = new Map(docs.map((doc) => [doc.tool.name, doc]));
  const ctx: ExampleContext = { registry, config, clock };

  const document = buildOpenApiDocument(docs, ctx, packageInfo());
  const serve = (request: FastifyRequest) => servedDocument(document, baseUrlFor(request, config), config);

  app.get('/openapi.json', async (request, reply) => reply.type('application/json').send(serve(request)));
  await registerSwaggerUi(app, document, serve);
  registerReferenceRoutes(app, byName, ctx, config);
  registerLlmsRoutes(app, docs, config);
  registerCatalogRoutes(app, registry, byName);
}
