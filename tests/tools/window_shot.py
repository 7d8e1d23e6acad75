"""Saves what the X server shows in a rectangle of the screen as a PNG.

Usage: window_shot.py X Y WIDTH HEIGHT OUT.png. The end-to-end suite photographs the app's
window this way: without WebKit's compositor, WebKitWebDriver's own screenshot never returns,
while the X server has the window as a person sees it.
"""

import sys

import gi

gi.require_version("Gdk", "3.0")
from gi.repository import Gdk  # noqa: E402


def main(x: int, y: int, width: int, height: int, target: str) -> int:
    root = Gdk.get_default_root_window()
    if root is None:
        print("no X display to photograph", file=sys.stderr)
        return 1
    image = Gdk.pixbuf_get_from_window(root, x, y, width, height)
    if image is None:
        print(f"nothing to photograph at {width}x{height}+{x}+{y}", file=sys.stderr)
        return 1
    image.savev(target, "png", [], [])
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 6:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    x, y, width, height = (int(v) for v in sys.argv[1:5])
    sys.exit(main(x, y, width, height, sys.argv[5]))
