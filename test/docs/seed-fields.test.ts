/**
 * Every argument of add_tiktok_ad_group, each seed-page field among them, appears with its
 * description (and its type, enum and default where the surface shows them) in the OpenAPI
 * document, on the reference page and in llms-full.txt. The walk starts from the zod schema.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withIdempotencyArgument } from '../../src/core/idempotency-argument.js';
import { SEED_FIELDS } from '../../src/tools/tiktok/add-tiktok-ad-group/descriptions.js';
import { addTikTokAdGroup } from '../../src/tools/tiktok/add-tiktok-ad-group/tool.js';
import type { Harness } from '../support/harness.js';
import { docsHarness, htmlText, shownDescription } from './support.js';

interface Field {
  name: string;
  description: string;
  json: Record<string, any>;
}

// As every surface shows it: the tool's own fields plus the core's `idempotency_key`.
const surfaceSchema = withIdempotencyArgument(addTikTokAdGroup).schema;
const jsonSchema = z.toJSONSchema(surfaceSchema, { io: 'input' }) as any;
const fields: Field[] = Object.entries(surfaceSchema.shape).map(([name, field]) => ({
  name,
  description: (field as z.ZodType).description ?? '',
  json: jsonSchema.properties[name],
}));

describe('the seed page fields on every surface', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await docsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the schema has every seed field, each with a description', () => {
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining([...SEED_FIELDS]));
    for (const field of fields) expect(field.description, field.name).not.toBe('');
  });

  it('in the OpenAPI document: description, type, enum and default', async () => {
    const document = (await h.app.inject({ url: '/openapi.json' })).json();
    const args =
      document.paths['/api/v1/tools/add_tiktok_ad_group/execute'].post.requestBody.content['application/json']
        .schema.properties.arguments;
    expect(Object.keys(args.properties)).toEqual(fields.map((field) => field.name));
    for (const { name, description, json } of fields) {
      const property = args.properties[name];
      expect(property.description, name).toBe(description);
      expect(property.type, name).toBe(json.type);
      expect(property.enum, name).toEqual(json.enum);
      expect(property.default, name).toEqual(json.default);
    }
    expect(args.properties.gender.enum).toEqual(['GENDER_UNLIMITED', 'GENDER_MALE', 'GENDER_FEMALE']);
    expect(args.properties.operation_status.default).toBe('ENABLE');
  });

  it('on the reference page: one table row per field with its description', async () => {
    const html = (await h.app.inject({ url: '/reference/tools/add_tiktok_ad_group.html' })).body;
    const rows = [...html.matchAll(/<tr id="arg-([a-z_]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((row) => row[1])).toEqual(fields.map((field) => field.name));
    for (const [index, { name, description, json }] of fields.entries()) {
      const text = htmlText(rows[index]?.[2] ?? '');
      expect(text, name).toContain(shownDescription(description));
      expect(text, name).toContain(jsonSchema.required.includes(name) ? 'required' : 'optional');
      if (json.default !== undefined) expect(text, name).toContain(JSON.stringify(json.default));
    }
    const required = htmlText(rows.find((row) => row[1] === 'budget')?.[2] ?? '');
    expect(required).toMatch(/^budget number required/);
  });

  it('in llms-full.txt: one table line per field with its description', async () => {
    const text = (await h.app.inject({ url: '/llms-full.txt' })).body;
    for (const { name, description } of fields) {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`| \`${name}\` |`));
      expect(line, name).toBeDefined();
      expect(line, name).toContain(description.replace(/\s*\n\s*/g, ' '));
    }
    expect(text).toContain('| `campaign_id` | string | required |');
    expect(text).toContain('| `budget_mode` | string | optional | `"BUDGET_MODE_DAY"` |');
  });
});
