/** The report's whole stylesheet, inlined: the page loads nothing (its CSP allows no fetch at all). */
export const reportStyles = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 9.5pt; color: #1d1f23; margin: 0; }
section.team { break-after: page; }
section.team:last-of-type { break-after: auto; }
header { border-bottom: 2px solid #1d1f23; padding-bottom: 6px; margin-bottom: 10px; }
header .course { font-size: 9pt; color: #555; }
h1 { font-size: 16pt; margin: 2px 0; }
h2 { font-size: 11pt; margin: 14px 0 6px; }
.meta { color: #555; font-size: 8.5pt; }
.total { font-size: 13pt; font-weight: bold; margin: 8px 0; }
.total .of { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #d9dbe0; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef0f3; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.criterion td { font-weight: 600; background: #f7f8fa; }
tr.check td:first-child { padding-left: 18px; }
tr.note td { color: #444; font-style: italic; padding-left: 18px; }
.level { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #555; font-weight: normal; }
.charts svg { display: block; margin: 4px 0 8px; }
.frozen { color: #1565c0; }
.incomplete { margin: 6px 0 0; padding: 4px 6px; border: 1px solid #b00020; color: #b00020; font-weight: bold; }
.cut { color: #777; font-style: normal; }
col.name { width: 38%; } col.evidence { width: 42%; }
`;
