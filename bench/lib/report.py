"""Writes a benchmark's table as Markdown and as an HTML page with a bar chart of one column.

Usage: report.py NAME TITLE CHART_COLUMN < rows.tsv   (first row: headers; tab-separated)
Writes bench/results/NAME.md and bench/results/NAME.html.
"""
import html
import os
import sys

name, title, chart_column = sys.argv[1:4]
rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
header, body = rows[0], rows[1:]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "results")
os.makedirs(out, exist_ok=True)

with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as md:
    md.write(f"# {title}\n\n| " + " | ".join(header) + " |\n| " + " | ".join("---" for _ in header) + " |\n")
    for row in body:
        md.write("| " + " | ".join(row) + " |\n")

column = header.index(chart_column)
values = [float(row[column]) for row in body]
top = max(values + [1e-9])
bars = []
for i, (row, value) in enumerate(zip(body, values)):
    width = 400 * value / top
    bars.append(f'<text x="0" y="{i * 30 + 18}">{html.escape(row[0])}</text>'
                f'<rect x="260" y="{i * 30 + 5}" width="{width:.1f}" height="18" fill="#0b5cad"/>'
                f'<text x="{265 + width:.1f}" y="{i * 30 + 18}">{value:g}</text>')
with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as page:
    page.write(f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>{html.escape(title)}</title>
<body style="font-family: system-ui, sans-serif"><h1>{html.escape(title)}</h1>
<h2>{html.escape(chart_column)}</h2>
<svg width="760" height="{len(body) * 30 + 10}" role="img" aria-label="{html.escape(chart_column)}">{''.join(bars)}</svg>
<table border="1" cellpadding="4"><tr>{''.join(f'<th>{html.escape(h)}</th>' for h in header)}</tr>
{''.join('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in row) + '</tr>' for row in body)}</table></body></html>""")
print(f"wrote {os.path.normpath(os.path.join(out, name + '.md'))} and {name}.html")
