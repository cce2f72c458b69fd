"""Browser fixtures: the real caredraft server (real pipeline, SQLite) on loopback and a
headless Debian Chromium driven by Selenium through Debian's chromedriver.

The tests skip, saying why, only when Chromium or chromedriver is missing on this machine;
``.ci/run`` installs both, so CI always runs them. Chromium is told to resolve no host but
loopback, so a page that tried to reach the internet (a CDN, telemetry) would fail here.
Set ``CAREDRAFT_SCREENSHOT_DIR`` to keep a screenshot of each page the tests reach.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from api.conftest import start_api

CHROMIUM = Path(os.environ.get("CAREDRAFT_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CAREDRAFT_CHROMEDRIVER", "/usr/bin/chromedriver"))

# Messages for these tests (written for them, not taken from eval sets).
HOSTILE = ("You idiots charged me twice again. If this is not fixed today I will come to your office "
           "and smash your faces in.")
MARKUP = "<img src=x onerror=\"document.title='pwned'\"> <b>bold</b>"


@pytest.fixture(scope="module")
def web_api(pipeline, tmp_path_factory):
    """One live server per test module on its own SQLite database, with keys for every role."""
    root = tmp_path_factory.mktemp("web")
    running = start_api(pipeline, f"sqlite:///{root / 'caredraft.db'}", root / "data")
    running.create_keys()
    yield running
    running.server.stop()


def _chromium_missing() -> str | None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        return (f"headless Chromium is not installed ({', '.join(missing)} missing): "
                "apt-get install -y chromium chromium-driver (.ci/run does this)")
    return None


@pytest.fixture
def browser(request):
    reason = _chromium_missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000", "--no-first-run", "--disable-extensions", "--disable-sync",
                     "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def screenshot(driver, name: str) -> None:
    folder = os.environ.get("CAREDRAFT_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def severe_console_messages(driver) -> list[str]:
    """Errors the page logged (a CSP violation, a script error); favicon misses are not ours."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]]
