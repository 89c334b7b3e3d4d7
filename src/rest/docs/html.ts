/** The few HTML helpers the reference pages need: escaping, a little inline markdown, the page frame. */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Inline `code` and **bold** of tool descriptions; the text is escaped first, so no markup gets through. */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** Paragraphs separated by blank lines; the lines of a paragraph join into one. */
export function paragraphs(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${inlineMarkdown(block.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
}

export function codeBlock(text: string): string {
  return `<pre><code>${escapeHtml(text)}</code></pre>`;
}

export function json(value: unknown): string {
  return codeBlock(JSON.stringify(value, null, 2));
}

/** `href` values are built from tool names and fixed paths; they are escaped all the same. */
export function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;max-width:72rem;margin:0 auto;padding:1.5rem}
nav,footer{font-size:.9rem;color:#555}nav a,footer a{margin-right:.75rem}
.category{text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:#a0006e;margin:1.5rem 0 0}
h1{margin:.2rem 0}h1 code{font-size:1.6rem}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f3f5;padding:.05em .3em;border-radius:3px}
pre{background:#f6f6f8;padding:.8rem 1rem;border-radius:6px;overflow-x:auto}pre code{background:none;padding:0}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f5}td:first-child{white-space:nowrap}
.badge{display:inline-block;font-size:.75rem;border:1px solid #bbb;border-radius:999px;padding:0 .5rem;margin-right:.3rem}
.values{color:#555;font-size:.85rem}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
