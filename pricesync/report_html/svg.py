"""Small inline SVG charts for the run report: no library, no network, every label escaped.

Each function takes already aggregated numbers (a few dozen bars at most) and returns one
``<svg>`` element as text; an empty input gives a short "nothing to show" paragraph.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

UP = "#c0392b"        # price goes up
DOWN = "#2e7d32"      # price goes down
NEUTRAL = "#4a6fa5"
MUTED = "#9aa5b1"
AMBER = "#e0a100"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def empty(message: str = "nothing to show") -> str:
    return f'<p class="muted">{_e(message)}</p>'


def histogram(bins: Sequence[tuple[str, int, str]], *, title: str, x_label: str, marker: int | None = None,
              marker_label: str = "") -> str:
    """Vertical bars: (label, count, colour) per bin; ``marker`` = index of a bin whose left
    edge gets a dashed line (e.g. the minimum margin)."""
    if not bins or not any(count for _, count, _ in bins):
        return empty()
    width, height, left, bottom, top = 720, 240, 44, 46, 22
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(count for _, count, _ in bins)
    bar_w = plot_w / len(bins)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="{_e(title)}"><title>{_e(title)}</title>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#555"/>',
             f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="ax">{peak}</text>',
             f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" class="ax">0</text>']
    step = max(1, len(bins) // 10)
    for i, (label, count, colour) in enumerate(bins):
        h = plot_h * count / peak if peak else 0
        x = left + i * bar_w
        parts.append(f'<rect x="{_num(x + 1)}" y="{_num(top + plot_h - h)}" width="{_num(max(bar_w - 2, 1))}" '
                     f'height="{_num(h)}" fill="{colour}"><title>{_e(label)}: {count}</title></rect>')
        if count:
            parts.append(f'<text x="{_num(x + bar_w / 2)}" y="{_num(top + plot_h - h - 3)}" text-anchor="middle" '
                         f'class="val">{count}</text>')
        if i % step == 0:
            parts.append(f'<text x="{_num(x + bar_w / 2)}" y="{top + plot_h + 14}" text-anchor="middle" '
                         f'class="ax">{_e(label)}</text>')
    if marker is not None and 0 <= marker <= len(bins):
        x = left + marker * bar_w
        parts.append(f'<line x1="{_num(x)}" y1="{top - 6}" x2="{_num(x)}" y2="{top + plot_h}" stroke="#333" '
                     f'stroke-dasharray="4 3"/><text x="{_num(x + 4)}" y="{top - 8}" class="ax">'
                     f'{_e(marker_label)}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.0f}" y="{height - 8}" text-anchor="middle" class="ax">'
                 f'{_e(x_label)}</text></svg>')
    return "".join(parts)


def hbars(rows: Sequence[tuple[str, float, str, str]], *, title: str, marker: float | None = None,
          marker_label: str = "") -> str:
    """Horizontal bars: (label, value >= 0, value text, colour); ``marker`` a value drawn as a
    dashed line across all bars."""
    if not rows:
        return empty()
    label_w, bar_area, row_h, top = 260, 380, 22, 22
    width = label_w + bar_area + 90
    height = top + row_h * len(rows) + 8
    peak = max([v for _, v, _, _ in rows] + ([marker] if marker else []) + [1e-9])
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="{_e(title)}"><title>{_e(title)}</title>']
    for i, (label, value, text, colour) in enumerate(rows):
        y = top + i * row_h
        w = bar_area * max(value, 0) / peak
        short = label if len(label) <= 40 else label[:39] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" class="lbl">{_e(short)}'
                     f'<title>{_e(label)}</title></text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{_num(w)}" height="{row_h - 6}" fill="{colour}"/>'
                     f'<text x="{_num(label_w + w + 4)}" y="{y + 14}" class="val">{_e(text)}</text>')
    if marker is not None:
        x = label_w + bar_area * marker / peak
        parts.append(f'<line x1="{_num(x)}" y1="{top - 4}" x2="{_num(x)}" y2="{height - 4}" stroke="#333" '
                     f'stroke-dasharray="4 3"/><text x="{_num(x + 4)}" y="{top - 8}" class="ax">'
                     f'{_e(marker_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked(rows: Sequence[tuple[str, Sequence[tuple[str, int, str]]]], *, title: str) -> str:
    """One 100 % bar per row: (label, [(part name, count, colour), ...]) with a legend."""
    rows = [(label, parts) for label, parts in rows if sum(c for _, c, _ in parts)]
    if not rows:
        return empty()
    label_w, bar_area, row_h, top = 200, 440, 24, 30
    width = label_w + bar_area + 20
    height = top + row_h * len(rows) + 8
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{_e(title)}"><title>{_e(title)}</title>']
    x = label_w
    for name, _, colour in rows[0][1]:
        out.append(f'<rect x="{x}" y="6" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x + 14}" y="15" class="ax">{_e(name)}</text>')
        x += 14 + 8 * len(name) + 14
    for i, (label, parts) in enumerate(rows):
        y = top + i * row_h
        total = sum(c for _, c, _ in parts)
        short = label if len(label) <= 28 else label[:27] + "…"
        out.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="lbl">{_e(short)}'
                   f'<title>{_e(label)}</title></text>')
        x = float(label_w)
        for name, count, colour in parts:
            if not count:
                continue
            w = bar_area * count / total
            out.append(f'<rect x="{_num(x)}" y="{y + 3}" width="{_num(w)}" height="{row_h - 6}" fill="{colour}">'
                       f'<title>{_e(label)}: {_e(name)} {count} of {total}</title></rect>')
            if w >= 26:
                out.append(f'<text x="{_num(x + w / 2)}" y="{y + 16}" text-anchor="middle" class="in">{count}</text>')
            x += w
    out.append("</svg>")
    return "".join(out)
