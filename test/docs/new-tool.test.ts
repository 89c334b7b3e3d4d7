/** Registering a tool adds it to every docs surface, with nothing else edited, and its texts stay text. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../support/harness.js';
import { polishWidget } from './fixture-tool.js';
import { docsHarness, htmlText } from './support.js';

describe('a newly registered tool', () => {
  let h: Harness;
  const get = (url: string) => h.app.inject({ url });

  beforeAll(async () => {
    h = await docsHarness({ tools: [polishWidget] });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is an operation of the OpenAPI document, which still validates', async () => {
    const document = (await get('/openapi.json')).json();
    const operation = document.paths['/api/v1/tools/polish_widget/execute'].post;
    expect(operation).toMatchObject({
      operationId: 'polish_widget',
      tags: ['Widgets <Write>'],
      'x-adgate-read-only': false,
      'x-adgate-billable': true,
    });
    const media = operation.requestBody.content['application/json'];
    expect(media.schema.properties.arguments.properties.coats).toMatchObject({ type: 'integer', default: 2 });
    // No example in the definition: one is built from the required fields.
    expect(media.examples.example.value).toEqual({ arguments: { widget_id: '1234567890' } });
    expect(media.examples.dry_run.value).toEqual({ arguments: { widget_id: '1234567890', dry_run: true } });
    expect(Object.keys(operation.responses)).toContain('402');
    expect(Object.keys(operation.responses)).toContain('504');
    expect(document.tags.map((tag: any) => tag.name)).toContain('Widgets <Write>');
    await SwaggerParser.validate(document);
    expect((await get('/docs/json')).json().paths['/api/v1/tools/polish_widget/execute']).toBeDefined();
  });

  it('is in the catalog', async () => {
    const { tools } = (await get('/api/v1/tools')).json();
    expect(tools.map((tool: any) => tool.name)).toContain('polish_widget');
    const entry = (await get('/api/v1/tools/polish_widget')).json();
    expect(entry).toMatchObject({ name: 'polish_widget', category: 'Widgets <Write>', billable: true });
    expect(entry.input_schema.required).toEqual(['widget_id']);
  });

  it('has a reference page, listed in the index under its category, with every text escaped', async () => {
    const index = (await get('/reference/')).body;
    expect(index).toContain('<h2 id="widgets-write">Widgets &lt;Write&gt;</h2>');
    expect(index).toContain('href="/reference/tools/polish_widget.html"');
    const page = await get('/reference/tools/polish_widget.html');
    expect(page.statusCode).toBe(200);
    for (const html of [index, page.body]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain('<b>not bold</b>');
    }
    expect(page.body).toContain('&lt;script&gt;alert(&quot;description&quot;)&lt;/script&gt;');
    expect(page.body).toContain('Use <code>finish</code> for <strong>shine</strong>.');
    const rows = [...page.body.matchAll(/<tr id="arg-([a-z_]+)">/g)].map((match) => match[1]);
    expect(rows).toEqual([
      'widget_id',
      'finish',
      'coats',
      'tags',
      'advertiser_id',
      'dry_run',
      'idempotency_key',
    ]);
    expect(htmlText(page.body)).toContain(
      'finish string optional How shiny: MATTE or GLOSS. <b>not bold</b> One of: MATTE, GLOSS',
    );
  });

  it('is in llms.txt and llms-full.txt, with table cells kept whole', async () => {
    expect((await get('/llms.txt')).body).toContain('## Widgets <Write>\n\n- [polish_widget](');
    const full = (await get('/llms-full.txt')).body;
    expect(full).toContain('\n## polish_widget\n');
    expect(full).toContain('| `tags` | array of string | optional |  | Free labels \\| with a pipe. |');
    expect(full).toContain('| `coats` | integer | optional | `2` | Coats of polish, 1 to 5. |');
  });
});
