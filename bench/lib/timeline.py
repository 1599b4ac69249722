"""Writes a run's per-minute table as Markdown and as an HTML page of line charts, one chart per
kind of series and a line per series over time (report.py draws one bar chart; this is its
counterpart for figures that change over a run).

Usage: timeline.py NAME TITLE TABLE.tsv [NOTES.txt]
TABLE.tsv: a header, then a row a minute; the first column is the minute. A column named
"KIND: NAME" goes into the chart of KIND, one line per NAME; a column without ": " into a chart
of its own kind ("errors, losses, reconnects"). An empty cell is a sample not taken (a gap).
NOTES.txt: lines shown above the table (the verdict). Writes bench/results/NAME.md and NAME.html.
"""
import html
import os
import sys

TITLES = {
    "writes": "Writes a minute (sent; acknowledged by kind)",
    "heap MB": "Heap after a full collection (MB)",
    "rss MB": "Resident memory (MB; shown, not judged)",
    "connections": "Open TCP connections",
    "lag": "Consumer lag (records not yet consumed)",
    "outbox": "Outbox backlog (events not yet relayed)",
    "db MB": "Database size (MB)",
    "": "Errors, lost deliveries and reconnects a minute",
}
COLOURS = ["#0b5cad", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c", "#8d6a9f", "#555555",
           "#f26419", "#33658a"]
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 760, 240, 60, 20, 10, 30


def number(cell):
    try:
        return float(cell) if cell.strip() else None
    except ValueError:
        return None


def short(v):
    return f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.1f}"


def chart(kind, columns, header, rows):
    minutes = [number(r[0]) for r in rows]
    values = {c: [number(r[header.index(c)]) if header.index(c) < len(r) else None for r in rows] for c in columns}
    seen = [v for vs in values.values() for v in vs if v is not None]
    top = max(seen + [1e-9]) * 1.1
    first, last = minutes[0], max(minutes[-1], minutes[0] + 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(m):
        return LEFT + plot_w * (m - first) / (last - first)

    def y(v):
        return TOP + plot_h * (1 - v / top)

    parts = [f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" stroke="#999"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#999"/>']
    for v in (0, top / 2, top):
        parts.append(f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{short(v)}</text>')
    for m in sorted({first, round((first + last) / 2), last}):
        parts.append(f'<text x="{x(m):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="11">minute {m:g}</text>')
    legend = []
    for i, (column, vs) in enumerate(values.items()):
        colour = COLOURS[i % len(COLOURS)]
        segment = []
        for m, v in zip(minutes + [None], vs + [None]):
            if m is not None and v is not None:
                segment.append(f"{x(m):.1f},{y(v):.1f}")
                continue
            if len(segment) == 1:
                cx, cy = segment[0].split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="2.5" fill="{colour}"/>')
            elif segment:
                parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(segment)}"/>')
            segment = []
        name = column.split(": ", 1)[1] if ": " in column else column
        legend.append(f'<span style="color:{colour}">&#9632;</span> {html.escape(name)}')
    title = TITLES.get(kind, kind)
    return (f'<h2>{html.escape(title)}</h2>\n<svg width="{WIDTH}" height="{HEIGHT}" role="img" '
            f'aria-label="{html.escape(title)}">{"".join(parts)}</svg>\n<p>{" &nbsp; ".join(legend)}</p>\n')


def main():
    name, title, table = sys.argv[1:4]
    notes = []
    if len(sys.argv) > 4 and os.path.exists(sys.argv[4]):
        with open(sys.argv[4], encoding="utf-8") as f:
            notes = [line.rstrip("\n") for line in f if line.strip()]
    with open(table, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header, rows = lines[0], lines[1:]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "results")
    os.makedirs(out, exist_ok=True)

    with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as md:
        md.write(f"# {title}\n\n")
        for note in notes:
            md.write(f"- {note}\n")
        md.write("\n| " + " | ".join(header) + " |\n| " + " | ".join("---" for _ in header) + " |\n")
        for row in rows:
            md.write("| " + " | ".join(row + [""] * (len(header) - len(row))) + " |\n")

    kinds = {}
    for column in header[1:]:
        kinds.setdefault(column.split(": ", 1)[0] if ": " in column else "", []).append(column)
    charts = "".join(chart(kind, columns, header, rows) for kind, columns in kinds.items()) if rows else ""
    with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as page:
        page.write(f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>{html.escape(title)}</title>
<body style="font-family: system-ui, sans-serif"><h1>{html.escape(title)}</h1>
<ul>{''.join(f'<li>{html.escape(n)}</li>' for n in notes)}</ul>
{charts}
<table border="1" cellpadding="4"><tr>{''.join(f'<th>{html.escape(h)}</th>' for h in header)}</tr>
{''.join('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in row) + '</tr>' for row in rows)}</table></body></html>""")
    print(f"wrote {os.path.normpath(os.path.join(out, name + '.md'))} and {name}.html")


main()
