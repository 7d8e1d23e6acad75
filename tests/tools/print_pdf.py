"""Prints an HTML file to PDF with WebKitGTK, the engine of the app's own window on Linux.

Usage: print_pdf.py IN.html OUT.pdf. Needs a display (the end-to-end suite runs under Xvfb).
WebKitWebDriver has no print command, so this drives WebKit's print operation directly,
as the print dialog's "Print to File" would, on A4.
"""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

LIMIT_MS = 60_000


def main(source: str, target: str) -> int:
    outcome = {"ok": False}
    window = Gtk.OffscreenWindow()
    view = WebKit2.WebView()
    window.add(view)
    window.show_all()

    def finished(*_args) -> None:
        outcome["ok"] = True
        Gtk.main_quit()

    def failed(_operation, error) -> None:
        print(f"printing failed: {error}", file=sys.stderr)
        Gtk.main_quit()

    def print_page() -> bool:
        settings = Gtk.PrintSettings()
        settings.set_printer("Print to File")
        settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
        settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(target, None))
        page = Gtk.PageSetup()
        page.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
        operation = WebKit2.PrintOperation.new(view)
        operation.set_print_settings(settings)
        operation.set_page_setup(page)
        operation.connect("finished", finished)
        operation.connect("failed", failed)
        operation.print_()
        return False

    def loaded(_view, event) -> None:
        # The embedded fonts are decoded after the load event; give them a moment.
        if event == WebKit2.LoadEvent.FINISHED:
            GLib.timeout_add(500, print_page)

    def too_slow() -> bool:
        print("printing took too long", file=sys.stderr)
        Gtk.main_quit()
        return False

    view.connect("load-changed", loaded)
    with open(source, encoding="utf-8") as handout:
        view.load_html(handout.read(), "file:///")
    GLib.timeout_add(LIMIT_MS, too_slow)
    Gtk.main()
    return 0 if outcome["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
