import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyTool } from '../../core/tool.js';
import { describeTool, typeLabel } from './tool-docs.js';

function toolWith(schema: z.ZodObject, extra: Partial<AnyTool> = {}): AnyTool {
  return {
    name: 'fixture',
    category: 'Test',
    summary: 'A fixture.',
    description: 'A fixture.',
    readOnly: true,
    billable: false,
    schema,
    run: async () => ({ text: '' }),
    ...extra,
  };
}

describe('typeLabel', () => {
  it.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'array', items: { type: 'integer' } }, 'array of integer'],
    [{ type: 'array', items: { type: 'array', items: { type: 'string' } } }, 'array of array of string'],
    [{ type: 'array' }, 'array'],
    [{ type: ['string', 'null'] }, 'string or null'],
    [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, 'string or number'],
    [{ const: 'fixed' }, '"fixed"'],
    [{}, 'any'],
  ])('%j reads %s', (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });
});

describe('describeTool', () => {
  it('reads each argument: type, required, default, closed values, description', () => {
    const doc = describeTool(
      toolWith(
        z.strictObject({
          name: z.string().describe('The name.'),
          sizes: z
            .array(z.enum(['S', 'M']))
            .optional()
            .describe('Sizes.'),
          count: z.number().int().optional().meta({ default: 3 }).describe('How many.'),
          either: z.union([z.string(), z.number()]).optional().describe('Either.'),
        }),
      ),
    );
    expect(doc.path).toBe('/api/v1/tools/fixture/execute');
    expect(doc.inputSchema.$schema).toBeUndefined();
    expect(doc.arguments).toEqual([
      {
        name: 'name',
        type: 'string',
        required: true,
        hasDefault: false,
        default: undefined,
        values: undefined,
        description: 'The name.',
      },
      {
        name: 'sizes',
        type: 'array of string',
        required: false,
        hasDefault: false,
        default: undefined,
        values: ['S', 'M'],
        description: 'Sizes.',
      },
      {
        name: 'count',
        type: 'integer',
        required: false,
        hasDefault: true,
        default: 3,
        values: undefined,
        description: 'How many.',
      },
      {
        name: 'either',
        type: 'string or number',
        required: false,
        hasDefault: false,
        default: undefined,
        values: undefined,
        description: 'Either.',
      },
    ]);
    expect(doc.actsOnAccount).toBe(false);
    expect(doc.dryRunExample).toBeUndefined();
  });

  it('builds an example from the required fields when the tool has none', () => {
    const doc = describeTool(
      toolWith(
        z.strictObject({
          id: z.string().regex(/^[0-9]+$/),
          label: z.string(),
          mode: z.enum(['A', 'B']),
          ratio: z.number(),
          count: z.number().int(),
          on: z.boolean(),
          list: z.array(z.string()),
          rule: z.record(z.string(), z.unknown()),
          level: z.number().meta({ default: 7 }),
          note: z.string().optional(),
        }),
      ),
    );
    expect(doc.example).toEqual({
      id: '1234567890',
      label: 'string',
      mode: 'A',
      ratio: 1,
      count: 1,
      on: true,
      list: [],
      rule: {},
      level: 7,
    });
  });

  it("keeps the tool's own example, and offers it as a dry run when the tool takes dry_run", () => {
    const doc = describeTool(
      toolWith(z.strictObject({ advertiser_id: z.string().optional(), dry_run: z.boolean().optional() }), {
        example: { advertiser_id: '1' },
      }),
    );
    expect(doc.example).toEqual({ advertiser_id: '1' });
    expect(doc.dryRunExample).toEqual({ advertiser_id: '1', dry_run: true });
    expect(doc.actsOnAccount).toBe(true);
  });
});
