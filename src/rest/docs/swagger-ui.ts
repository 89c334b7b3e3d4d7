/**
 * `GET /docs`: Swagger UI from the installed @fastify/swagger-ui (its own copy of the UI, no CDN).
 * The UI loads `/docs/json`, which serves the same per-request document as `/openapi.json`, so
 * "Try it out" calls the server the page was loaded from.
 */
import fastifySwagger, { type StaticDocumentSpec } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DOCS_CSP } from '../security-headers.js';
import type { OpenApiDocument } from './openapi.js';

export async function registerSwaggerUi(
  app: FastifyInstance,
  document: OpenApiDocument,
  serve: (request: FastifyRequest) => OpenApiDocument,
): Promise<void> {
  // The UI plugin requires @fastify/swagger; in static mode it only holds the document built here.
  await app.register(fastifySwagger, {
    mode: 'static',
    specification: { document: document as unknown as StaticDocumentSpec['document'] },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    transformSpecification: (_document, request) => serve(request),
    transformSpecificationClone: false,
    staticCSP: DOCS_CSP,
    theme: { title: 'adgate API' },
    uiConfig: {
      // The key is entered once (Authorize) and kept across reloads in this browser.
      persistAuthorization: true,
      displayRequestDuration: true,
      filter: true,
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
    },
  });
}
