"""Bar charts drawn on the server as SVG: no script, scaled to the screen.

Each chart is a picture only: the page puts its data table beside it, for
screen readers and print.
"""

from html import escape


_ROW = 28
_LABEL = 200
_BAR = 220
_VALUE = 60
_WIDTH = _LABEL + _BAR + _VALUE


def bar_chart(title: str, rows, scale: float, target: float | None = None) -> str:
    """Horizontal bars: ``rows`` are (label, value or None, shown text).

    ``scale`` is the value of a full bar; ``target`` draws a line there.  A
    row without a value has no bar and says so in its text.
    """
    height = _ROW * max(len(rows), 1) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}"'
        f' width="100%" role="img" aria-label="{escape(title)}"'
        ' class="putian-chart" preserveAspectRatio="xMinYMin meet">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value, shown) in enumerate(rows):
        y = 4 + index * _ROW
        parts.append(
            f'<text x="{_LABEL - 6}" y="{y + 18}" text-anchor="end"'
            f' font-size="12">{escape(label)}</text>'
        )
        if value is not None and scale > 0:
            width = round(_BAR * min(value / scale, 1.0), 1)
            parts.append(
                f'<rect x="{_LABEL}" y="{y + 4}" width="{width}" height="{_ROW - 10}"'
                ' fill="#1d6fa5" />'
            )
        parts.append(
            f'<text x="{_LABEL + _BAR + 6}" y="{y + 18}" font-size="13">'
            f"{escape(shown)}</text>"
        )
    if target is not None and scale > 0:
        x = _LABEL + round(_BAR * min(target / scale, 1.0), 1)
        parts.append(
            f'<line x1="{x}" y1="0" x2="{x}" y2="{height}" stroke="#b3261e"'
            ' stroke-dasharray="4 3" stroke-width="2" />'
        )
    parts.append("</svg>")
    return "".join(parts)
