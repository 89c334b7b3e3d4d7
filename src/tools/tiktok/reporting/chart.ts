/**
 * Trend charts: a Vega-Lite line chart rendered to SVG on the server (vega's SVG renderer needs no
 * canvas). Tools put them in `data.structured.charts`; over MCP each becomes a PNG image block
 * (src/mcp/images.ts).
 */
import type { TopLevelSpec } from 'vega-lite';

/**
 * vega and vega-lite load with the first chart, not with the gateway: together some 15 MB of heap
 * (measured with a forced collection after import: 2.9 MB bare, 11.8 MB with vega-lite, 9.7 MB with
 * vega) that every full garbage collection would walk in a gateway that serves no report.
 */
let renderers: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;
const loadRenderers = () => {
  renderers ??= Promise.all([import('vega'), import('vega-lite')]);
  return renderers;
};

export interface ChartPoint {
  date: string;
  series: string;
  value: number | null;
}

export interface Chart {
  title: string;
  mime_type: 'image/svg+xml';
  svg: string;
}

export async function lineChart(
  title: string,
  yTitle: string,
  points: ChartPoint[],
  yFormat = ',.2f',
): Promise<Chart> {
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 640,
    height: 260,
    background: 'white',
    data: { values: points.filter((p) => p.value !== null) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'date', type: 'temporal', title: 'Day', axis: { format: '%b %d' } },
      y: { field: 'value', type: 'quantitative', title: yTitle, axis: { format: yFormat } },
      color: { field: 'series', type: 'nominal', title: null },
    },
  };
  const [{ parse, View }, { compile }] = await loadRenderers();
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return { title, mime_type: 'image/svg+xml', svg: await view.toSVG() };
  } finally {
    view.finalize();
  }
}
