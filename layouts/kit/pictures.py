"""Card pictures: how big each prints (pure), and reading SVG files into drawings.

A picture is scaled into the room it is given with its aspect kept and never
cropped; a PNG or JPEG is never printed larger than ``SHARP_DPI`` allows, so a
small file prints small and sharp rather than big and blurred (the layout says
so in a warning). Drawing goes through ``document.Document.picture``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ...errors import Problem, StudypackError

SHARP_DPI = 150
"""The least resolution a printed picture keeps: below it, print looks soft."""
POINTS_PER_INCH = 72


class Picture(NamedTuple):
    """A picture file to draw, with its size in points at its largest sharp print."""

    path: Path
    """The file."""
    svg: bool
    """True for SVG (drawn as vector shapes), False for PNG or JPEG."""
    largest: tuple[float, float]
    """Width and height in points at ``SHARP_DPI`` (a raster), or the SVG's own size, used only for its shape."""


class Placed(NamedTuple):
    """A picture at its place, relative to the card's (or the box's) lower left corner."""

    picture: Picture
    """What is drawn."""
    x: float
    """Left edge."""
    y: float
    """Bottom edge."""
    width: float
    """Printed width, in points."""
    height: float
    """Printed height, in points."""


def picture_of(path: Path, pixels: tuple[int, int] | None) -> Picture:
    """The picture at ``path``: a raster's largest sharp size from its ``pixels``; an SVG's own size
    (StudypackError when it cannot be read)."""
    if pixels is None:
        width, height = svg_size(path)
        return Picture(path, True, (width, height))
    scale = POINTS_PER_INCH / SHARP_DPI
    return Picture(path, False, (pixels[0] * scale, pixels[1] * scale))


def fitted_size(picture: Picture, width: float, height: float) -> tuple[float, float]:
    """The printed size of ``picture`` in a room ``width`` × ``height``: aspect kept, never cropped, an
    SVG filling the room, a raster no larger than its largest sharp size. (0, 0) when there is no room."""
    if width <= 0 or height <= 0:
        return 0.0, 0.0
    own_width, own_height = picture.largest
    scale = min(width / own_width, height / own_height)
    if not picture.svg:
        scale = min(scale, 1.0)
    return own_width * scale, own_height * scale


def held_back(picture: Picture, width: float, height: float) -> bool:
    """Whether a raster prints smaller than its room because it has too few pixels for a sharp print there."""
    if picture.svg or width <= 0 or height <= 0:
        return False
    own_width, own_height = picture.largest
    return min(width / own_width, height / own_height) > 1.0 + 1e-9


def sharpness_warning(where: str, picture: Picture, width: float, height: float) -> str:
    """The warning for a raster printed below its room's size to stay at ``SHARP_DPI``."""
    filled = min(width / picture.largest[0], height / picture.largest[1])
    pixels = round(picture.largest[0] * SHARP_DPI / POINTS_PER_INCH)
    wanted = round(pixels * filled)
    return (f"{where}: {picture.path.name} is {pixels} pixels wide, under {SHARP_DPI} dpi if it filled its space, so it"
            f" prints smaller to stay sharp — use a file about {wanted} pixels wide to fill it")


def svg_size(path: Path) -> tuple[float, float]:
    """An SVG's width and height in points (StudypackError when svglib is missing or cannot read it)."""
    drawing = svg_drawing(path)
    if not drawing.width or not drawing.height or drawing.width <= 0 or drawing.height <= 0:
        raise StudypackError(Problem(f"{path.name}: the SVG has no width and height (or viewBox) — add them to its"
                                     " <svg> element", str(path)))
    return float(drawing.width), float(drawing.height)


def picture_words(path: Path) -> str:
    """The words an SVG picture prints (its labels); empty for a PNG or JPEG, whose text cannot be read."""
    if path.suffix.casefold() != ".svg":
        return ""
    from .svg_text import drawing_words

    return drawing_words(svg_drawing(path))


@lru_cache(maxsize=64)
def svg_drawing(path: Path):
    """The SVG at ``path`` as a reportlab drawing, read once (svglib)."""
    try:
        from svglib.svglib import svg2rlg
    except ImportError:
        raise StudypackError(Problem(f"{path.name}: SVG pictures need the svglib package, which is not installed —"
                                     " install it (pip install svglib), or save the picture as PNG", str(path))) from None
    import logging

    logging.getLogger("svglib").setLevel(logging.ERROR)  # its notes on unsupported attributes are not ours to print
    try:
        drawing = svg2rlg(str(path))
    except Exception as error:  # noqa: BLE001 — a damaged file makes lxml or svglib fail in any way it can
        detail = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise StudypackError(Problem(f"{path.name}: the SVG cannot be read ({detail}) — open it in an editor and"
                                     " save it again, or save it as PNG", str(path))) from None
    if drawing is None:
        raise StudypackError(Problem(f"{path.name}: the SVG cannot be read — save it again, or as PNG", str(path)))
    return drawing
