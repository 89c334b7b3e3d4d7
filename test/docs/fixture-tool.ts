/**
 * A tool that exists only in the docs tests: registered through `startHarness(db, { tools })`, it
 * must appear on every docs surface with no other edit. Its texts carry markup that must come out
 * escaped, and it has no `example`, so the docs must build one from its required fields.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../src/core/tool.js';

const schema = z.strictObject({
  widget_id: z
    .string()
    .regex(/^[0-9]+$/)
    .describe('The widget to polish, as a string of digits.'),
  finish: z.enum(['MATTE', 'GLOSS']).optional().describe('How shiny: MATTE or GLOSS. <b>not bold</b>'),
  coats: z.number().int().min(1).max(5).optional().meta({ default: 2 }).describe('Coats of polish, 1 to 5.'),
  tags: z.array(z.string()).optional().describe('Free labels | with a pipe.'),
  advertiser_id: z.string().optional().describe('The advertiser whose widget it is.'),
  dry_run: z.boolean().optional().meta({ default: false }).describe('Check only; polish nothing.'),
});

export const polishWidget: ToolDefinition<typeof schema> = {
  name: 'polish_widget',
  category: 'Widgets <Write>',
  summary: 'Polish a widget <script>alert("summary")</script>',
  description: 'Polishes a widget.\n\nUse `finish` for **shine**. <script>alert("description")</script>',
  readOnly: false,
  billable: true,
  schema,
  isDryRun: (args) => args.dry_run === true,
  async run(args) {
    return { text: `polished ${args.widget_id}`, structured: { widget_id: args.widget_id } };
  },
};
