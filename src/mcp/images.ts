/**
 * Charts as MCP image content. A tool that draws puts `charts: [{title, mime_type: 'image/svg+xml',
 * svg}]` in `data.structured` (REST clients read the SVG there); over MCP each chart also goes out
 * as a PNG image block, which every MCP client can show, rendered from the SVG with resvg.
 */

import type { ImageContent } from '@modelcontextprotocol/sdk/types.js';
import { Resvg } from '@resvg/resvg-js';

interface ChartLike {
  svg?: unknown;
}

export function chartImages(structured: Record<string, unknown> | undefined): ImageContent[] {
  const charts = structured?.charts;
  if (!Array.isArray(charts)) return [];
  return charts
    .filter((c: ChartLike): c is { svg: string } => typeof c?.svg === 'string')
    .map((c) => {
      const png = new Resvg(c.svg, { font: { loadSystemFonts: true }, background: 'white' }).render().asPng();
      return { type: 'image', data: Buffer.from(png).toString('base64'), mimeType: 'image/png' };
    });
}
