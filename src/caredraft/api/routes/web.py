"""The two web pages: the review console (``/console/``) and the Zendesk ticket sidebar
(``/zendesk/sidebar``), with their scripts and styles under ``/web/``.

Plain files from ``caredraft/web``: no build step, no CDN. Every response carries a strict
Content-Security-Policy (scripts only from this server, no inline script or style), so
customer text that ever slipped into markup could not run. The pages hold no data: they
call the JSON API with the key the user typed (console) or through Zendesk's proxy with the
app's secure setting (sidebar), and the API decides what each role may read.
"""

from __future__ import annotations

from fastapi import APIRouter, Path
from fastapi.responses import RedirectResponse, Response

from caredraft.errors import NotFound
from caredraft.settings import PACKAGE_DIR

router = APIRouter(include_in_schema=False)

WEB_DIR = PACKAGE_DIR / "web"
ZAF_SDK_ORIGIN = "https://static.zdassets.com"  # Zendesk's CDN for the ZAF SDK, loaded only inside Zendesk

_COMMON = ("default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; "
           "base-uri 'none'; form-action 'self'")
CONSOLE_CSP = f"{_COMMON}; script-src 'self'; frame-ancestors 'none'"
# The sidebar lives in an iframe of the agent's Zendesk; the SDK talks to it by postMessage.
SIDEBAR_CSP = f"{_COMMON}; script-src 'self' {ZAF_SDK_ORIGIN}; frame-ancestors https://*.zendesk.com"

ASSETS = {  # name -> media type; nothing outside this list is served
    "console.js": "text/javascript", "console.css": "text/css", "common.js": "text/javascript",
    "sidebar.js": "text/javascript", "sidebar.css": "text/css",
}
PAGE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _file(name: str, media_type: str, csp: str) -> Response:
    body = (WEB_DIR / name).read_bytes()
    return Response(body, media_type=media_type, headers={**PAGE_HEADERS, "Content-Security-Policy": csp})


@router.get("/console")
def console_redirect() -> RedirectResponse:
    return RedirectResponse("/console/", status_code=308)


@router.get("/console/")
def console_page() -> Response:
    return _file("console.html", "text/html; charset=utf-8", CONSOLE_CSP)


@router.get("/zendesk/sidebar")
def sidebar_page() -> Response:
    return _file("sidebar.html", "text/html; charset=utf-8", SIDEBAR_CSP)


@router.get("/web/{name}")
def asset(name: str = Path(max_length=64)) -> Response:
    media_type = ASSETS.get(name)
    if media_type is None:
        raise NotFound(f"no web asset named {name}", details={"name": name})
    return _file(name, f"{media_type}; charset=utf-8", CONSOLE_CSP)
