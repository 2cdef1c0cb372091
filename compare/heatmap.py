"""How alike the codes are, drawn: an inline SVG heatmap with its legend, or for many
codes the most alike pairs (a 400 x 400 heatmap is 160,000 cells nobody can read).

The scale runs from 0 (nothing in common) to 1 (the same text): the mean best-match
score of each code's provisions in the other (`Comparison.code_similarity`).
"""

from __future__ import annotations

import html

import numpy as np

#: Above this many codes the report lists the most alike pairs instead of a heatmap.
HEATMAP_LIMIT = 40


def color(value: float) -> str:
    """White (0) to dark blue (1), the same in the heatmap, its legend and the pair lists."""
    value = max(0.0, min(1.0, value))
    red = int(255 - 234 * value)
    green = int(255 - 189 * value)
    blue = int(255 - 140 * value)
    return f"rgb({red},{green},{blue})"


def ink(value: float) -> str:
    return "#fff" if value > 0.55 else "#1d2433"


def legend_svg(width: int = 260) -> str:
    stops = "".join(
        f'<stop offset="{v / 10:.1f}" stop-color="{color(v / 10)}"/>' for v in range(11)
    )
    ticks = "".join(
        f'<text x="{10 + v / 4 * (width - 20):.0f}" y="40" text-anchor="middle">{v / 4:.2f}</text>'
        for v in range(5)
    )
    return (
        f'<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 46" '
        f'width="{width}" height="46" role="img" aria-label="Schaal: 0 niets gemeen, 1 dezelfde tekst">'
        f'<defs><linearGradient id="schaal">{stops}</linearGradient></defs>'
        f'<rect x="10" y="4" width="{width - 20}" height="18" fill="url(#schaal)" stroke="#9aa3b5"/>'
        f"{ticks}</svg>"
    )


def heatmap_svg(labels: list[str], matrix) -> str:
    """Code-to-code similarity, darker for more alike; it scales down to the page width."""
    size, left, top = 52, 150, 120
    n = len(labels)
    width, height = left + n * size + 10, top + n * size + 10
    parts = [
        f'<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Gelijkenis van de codes">'
    ]
    for j, label in enumerate(labels):
        x = left + j * size + size / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" transform="rotate(-40 {x} {top - 8})">'
            f"{html.escape(_short(label))}</text>"
        )
    for i, label in enumerate(labels):
        y = top + i * size
        parts.append(
            f'<text x="{left - 6}" y="{y + size / 2 + 4}" text-anchor="end">'
            f"{html.escape(_short(label))}</text>"
        )
        for j in range(n):
            value = min(1.0, float(matrix[i, j]))
            parts.append(
                f'<rect x="{left + j * size}" y="{y}" width="{size - 2}" height="{size - 2}" '
                f'fill="{color(value)}"><title>{html.escape(labels[i])} ~ '
                f"{html.escape(labels[j])}: {value:.2f}</title></rect>"
                f'<text x="{left + j * size + size / 2 - 1}" y="{y + size / 2 + 4}" '
                f'text-anchor="middle" fill="{ink(value)}">{value:.2f}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def most_alike(labels: list[str], matrix, count: int = 30) -> list[dict[str, object]]:
    """The `count` most alike pairs of different codes, most alike first."""
    values = np.asarray(matrix, dtype=np.float32)
    upper = np.triu_indices(len(labels), k=1)
    scores = values[upper]
    best = np.argsort(-scores, kind="stable")[:count]
    return [
        {
            "a": labels[int(upper[0][k])],
            "b": labels[int(upper[1][k])],
            "score": min(1.0, float(scores[k])),
            "color": color(float(scores[k])),
            "ink": ink(float(scores[k])),
        }
        for k in best
    ]


def nearest(labels: list[str], matrix, count: int = 3) -> list[list[dict[str, object]]]:
    """Per code, the `count` codes most like it."""
    values = np.array(matrix, dtype=np.float32)
    np.fill_diagonal(values, -1.0)
    order = np.argsort(-values, axis=1, kind="stable")[:, :count]
    return [
        [
            {
                "name": labels[int(j)],
                "score": min(1.0, float(values[i, j])),
                "color": color(float(values[i, j])),
                "ink": ink(float(values[i, j])),
            }
            for j in row
        ]
        for i, row in enumerate(order)
    ]


def _short(label: str, limit: int = 24) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
