/** The look-up tools' text: a markdown table, and what was left out of it and why. */
import { type Collected, MAX_PAGES, MAX_ROWS, PAGE_SIZE } from './paging.js';

/** Rows shown in the text; the structured answer carries every row read. */
export const TEXT_ROWS = 100;

/** A value made safe for a table cell: one line, pipes escaped. */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  return String(value).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

export function markdownTable(headers: string[], rows: unknown[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export interface ListView<T> {
  /** e.g. "campaigns" */
  noun: string;
  headers: string[];
  row: (item: T) => unknown[];
  /** How to get a shorter list, said when the list was cut. */
  narrow?: string;
}

/** The table of the first TEXT_ROWS rows, followed by what the table and the answer leave out. */
export function listTable<T>(collected: Collected<T>, view: ListView<T>): string {
  const { items, total, truncated } = collected;
  if (items.length === 0) return `No ${view.noun} found.`;
  const shown = items.slice(0, TEXT_ROWS);
  const notes: string[] = [];
  if (truncated) {
    notes.push(
      `**The list was cut:** TikTok has ${total} ${view.noun}; only the first ${items.length} were read ` +
        `(at most ${MAX_ROWS}: ${MAX_PAGES} pages of ${PAGE_SIZE}).${view.narrow ? ` ${view.narrow}` : ''}`,
    );
  }
  if (shown.length < items.length) {
    notes.push(
      `Showing the first ${shown.length} of the ${items.length} ${view.noun} read; \`data.structured\` has all ${items.length}.`,
    );
  }
  return [markdownTable(view.headers, shown.map(view.row)), ...notes].join('\n\n');
}

/** The fields every look-up answer carries in `data.structured` about its list. */
export function listFacts<T>(collected: Collected<T>): {
  total: number;
  returned: number;
  truncated: boolean;
} {
  return { total: collected.total, returned: collected.items.length, truncated: collected.truncated };
}
