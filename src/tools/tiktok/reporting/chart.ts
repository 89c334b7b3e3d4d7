/**
 * Trend charts: a Vega-Lite line chart rendered to SVG on the server (vega's SVG renderer needs no
 * canvas). Tools put them in `data.structured.charts`; over MCP each becomes a PNG image block
 * (src/mcp/images.ts).
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

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
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return { title, mime_type: 'image/svg+xml', svg: await view.toSVG() };
  } finally {
    view.finalize();
  }
}
