// The status page's stylesheet, inline (the page's policy allows inline styles and nothing else).
// Plain system fonts, black on white, meaning never carried by colour alone, and print rules that
// open every site's details on paper.
export const STATUS_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; background: #fff; margin: 24px auto; max-width: 1180px; padding: 0 16px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 2px solid #111; padding-bottom: 2px; }
h3 { font-size: 1em; margin: 14px 0 4px; }
.meta { margin: 0; color: #333; }
.summary { font-weight: 600; font-size: 1.05em; margin: 10px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.short { white-space: nowrap; }
#sites td:first-child { min-width: 13em; }
td.num { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
tr.late td { background: #fbe9e9; }
tr.late td:first-child { border-left: 4px solid #000; }
.flag { font-weight: 700; white-space: nowrap; }
.note { font-style: italic; color: #333; }
.meter { white-space: nowrap; letter-spacing: 1px; font-size: 0.8em; }
.chart { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
details { border: 1px solid #999; border-radius: 4px; margin: 8px 0; padding: 4px 10px; }
details[open] { padding-bottom: 10px; }
summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 4px 0; padding-left: 22px; }
footer { margin-top: 28px; font-size: 0.85em; color: #333; border-top: 1px solid #999; padding-top: 6px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  tr.late td { background: none; }
  details { break-inside: avoid; }
  details > summary { list-style: none; }
}
`;
