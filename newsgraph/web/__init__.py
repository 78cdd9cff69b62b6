"""The web reader: static HTML, CSS and JavaScript modules in this folder, served at `/`.

No build step and nothing from the network: the page talks only to the JSON API of the same
server and puts document text into the page as text, never as markup. Its charts are drawn by
plotly.js, served at `/vendor/plotly.min.js` from the installed `plotly` package.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent
# Only this server's own scripts and styles, no inline script, no framing; a second line of
# defence should text from an article ever reach the page as markup.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


ASSET_SUFFIXES = (".html", ".css", ".js", ".svg")
# The browser may keep plotly.js for a day: it changes only when the plotly package does.
VENDOR_CACHE = "public, max-age=86400"


def plotly_script() -> Path | None:
    """plotly.min.js as the installed `plotly` package ships it (found without importing the
    package); None when plotly is not installed."""
    spec = importlib.util.find_spec("plotly")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "package_data" / "plotly.min.js"
        if path.is_file():
            return path
    return None


class ReaderFiles(StaticFiles):
    """The reader's static files (this package's Python files are not served), sent with the
    security headers."""

    async def get_response(self, path, scope):
        if not path.endswith(ASSET_SUFFIXES) or "/" in path.replace("\\", "/"):
            raise HTTPException(404, "no such file")
        response = await super().get_response(path, scope)
        response.headers.update(SECURITY_HEADERS)
        return response


def mount_reader(app: FastAPI) -> None:
    """Serve the reader's page at `/`, its files under `/static/` and plotly.js under `/vendor/`."""

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers=SECURITY_HEADERS)

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> FileResponse:
        path = plotly_script()
        if path is None:
            raise HTTPException(404, "plotly is not installed (pip install plotly): charts are off")
        return FileResponse(path, media_type="text/javascript",
                            headers={**SECURITY_HEADERS, "Cache-Control": VENDOR_CACHE})

    app.mount("/static", ReaderFiles(directory=WEB_DIR), name="static")
