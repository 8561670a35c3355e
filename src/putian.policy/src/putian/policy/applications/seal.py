"""The round red seal (公章) of a department, drawn with reportlab.

A red ring, a five-pointed star in the middle and the department's name
along the upper arc, each character upright towards the centre, read from
left to right, as on the seals of Chinese state organs.
"""

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

import math


SEAL_RED = Color(0.86, 0.06, 0.08)
# Ink lets the signature show through where the seal presses on it.
SEAL_ALPHA = 0.85
SEAL_RADIUS = 21 * mm
# The name runs this far down either side (degrees from the top).
MIN_HALF_SPAN = 90
MAX_HALF_SPAN = 125
# Seal characters are condensed, as on real seals.
HORIZONTAL_SCALE = 70


def draw_seal(canvas, x: float, y: float, text: str, font_name: str, radius=None):
    """Draw a round seal centred on (x, y) with ``text`` along its rim."""
    radius = radius or SEAL_RADIUS
    ring = radius * 0.06
    canvas.saveState()
    canvas.setStrokeColor(SEAL_RED)
    canvas.setFillColor(SEAL_RED)
    canvas.setStrokeAlpha(SEAL_ALPHA)
    canvas.setFillAlpha(SEAL_ALPHA)
    canvas.setLineWidth(ring)
    canvas.circle(x, y, radius - ring / 2, stroke=1, fill=0)
    _star(canvas, x, y, radius * 0.3)
    _rim_text(canvas, x, y, radius - ring * 2.2, text.strip(), font_name)
    canvas.restoreState()


def _star(canvas, x: float, y: float, outer: float) -> None:
    """A filled five-pointed star, one point up."""
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(126))
    path = canvas.beginPath()
    for point in range(10):
        r = outer if point % 2 == 0 else inner
        angle = math.radians(90 + point * 36)
        px, py = x + r * math.cos(angle), y + r * math.sin(angle)
        if point == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _rim_text(canvas, x, y, inner_radius, text, font_name) -> None:
    """``text`` along the upper arc inside ``inner_radius``."""
    if not text:
        return
    gaps = max(len(text) - 1, 1)
    # Condensed characters a quarter of the radius high, smaller when a
    # long name would otherwise run past MAX_HALF_SPAN.
    size = inner_radius * 0.3
    widest = math.radians(2 * MAX_HALF_SPAN) * (inner_radius - size)
    size = min(size, widest / (gaps * 1.15 * HORIZONTAL_SCALE / 100))
    baseline = inner_radius - size * 0.9
    # Evenly spread, over at least MIN_HALF_SPAN on either side.
    natural = math.degrees(size * 1.15 * HORIZONTAL_SCALE / 100 / baseline)
    step = min(max(natural, 2 * MIN_HALF_SPAN / gaps), 2 * MAX_HALF_SPAN / gaps)
    start = step * (len(text) - 1) / 2
    for index, char in enumerate(text):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(start - index * step)
        glyph = canvas.beginText()
        glyph.setFont(font_name, size)
        glyph.setHorizScale(HORIZONTAL_SCALE)
        width = stringWidth(char, font_name, size) * HORIZONTAL_SCALE / 100
        glyph.setTextOrigin(-width / 2, baseline)
        glyph.textOut(char)
        canvas.drawText(glyph)
        canvas.restoreState()
