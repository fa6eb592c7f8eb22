"""Renders the app's SVG icon as the PNG sizes desktops look for, and a Windows .ico.

    python packaging/render_icons.py OUT_DIR [--ico FILE]

OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png for each size, plus
OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = (16, 24, 32, 48, 64, 96, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--ico", type=Path, default=None)
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from hotline_desk import APP_ID

    app = QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "hotline-desk.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = args.out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
        if args.ico is not None and size == 256:
            args.ico.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(args.ico), "ICO"):
                raise SystemExit("Qt could not write the .ico (imageformats plugin missing?)")
    scalable = args.out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable / f"{APP_ID}.svg")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
