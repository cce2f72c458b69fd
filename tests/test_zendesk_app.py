"""The Zendesk app folder is a valid Apps Framework v2 app that matches the sidebar page:
the location is caredraft's sidebar URL on a whitelisted domain, the page uses the same
setting names as the manifest, every setting has a label, and the logos have Zendesk's sizes."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from urllib.parse import urlparse

from caredraft.settings import PACKAGE_DIR

APP = Path(__file__).resolve().parents[1] / "integrations" / "zendesk-app"
SIDEBAR_JS = (PACKAGE_DIR / "web" / "sidebar.js").read_text(encoding="utf-8")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_manifest_points_the_ticket_sidebar_at_caredraft():
    manifest = json.loads((APP / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["frameworkVersion"] == "2.0" and manifest["author"]["name"]
    url = urlparse(manifest["location"]["support"]["ticket_sidebar"]["url"])
    assert url.scheme == "https" and url.path == "/zendesk/sidebar"
    assert url.hostname in manifest["domainWhitelist"], "the secure key may only go to caredraft's host"
    parameters = {p["name"]: p for p in manifest["parameters"]}
    assert parameters["api_key"]["secure"] is True and parameters["api_key"]["required"] is True
    assert parameters["caredraft_url"]["type"] == "url"
    assert "{{setting.api_key}}" in SIDEBAR_JS and "secure: true" in SIDEBAR_JS
    assert "settings.caredraft_url" in SIDEBAR_JS


def test_every_setting_has_a_label_and_the_logos_have_zendesks_sizes():
    manifest = json.loads((APP / "manifest.json").read_text(encoding="utf-8"))
    texts = json.loads((APP / "translations" / manifest["defaultLocale"]).with_suffix(".json").read_text())["app"]
    assert texts["name"] and texts["short_description"] and texts["long_description"]
    for parameter in manifest["parameters"]:
        assert texts["parameters"][parameter["name"]]["label"], parameter["name"]
    assert _png_size(APP / "assets" / "logo.png") == (320, 320)
    assert _png_size(APP / "assets" / "logo-small.png") == (128, 128)
