"""The Zendesk ticket sidebar in headless Chromium against the real server, with a
stand-in ZAF client (zaf_standin.js) injected before the page's scripts: it records every
call and forwards client.request() to caredraft the way Zendesk's proxy does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from api.conftest import CRISIS, ORDINARY
from browser.conftest import HOSTILE, screenshot, severe_console_messages

pytestmark = pytest.mark.browser
STANDIN = (Path(__file__).parent / "zaf_standin.js").read_text(encoding="utf-8")
WAIT = 60


def comments(latest: str) -> list[dict]:
    """A ticket as ZAF gives it: HTML values, newest first, an agent reply in between."""
    return [
        {"id": 3003, "value": f"<p>{latest}</p>", "author": {"id": 11, "role": "end-user", "name": "Customer"}},
        {"id": 2002, "value": "<p>Thanks for writing, we are looking into it.</p>",
         "author": {"id": 22, "role": "agent", "name": "Agent"}},
        {"id": 1001, "value": "<p>Hello?<br>Anyone there?</p>", "author": {"id": 11, "role": "end-user", "name": "Customer"}},
    ]


def open_sidebar(driver, api, *, ticket_id: int, latest: str, key: str = "agent") -> None:
    config = {"base": api.server.url, "apiKey": api.keys[key],
              "data": {"ticket.id": ticket_id, "ticket.comments": comments(latest)}}
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                           {"source": STANDIN.replace("__CONFIG__", json.dumps(config))})
    driver.get(api.server.url + "/zendesk/sidebar?origin=https%3A%2F%2Fexample.zendesk.com&app_guid=test")


def zaf_calls(driver) -> list[dict]:
    return driver.execute_script("return window.__zaf.calls")


def wait_loaded(driver) -> None:
    WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.ID, "status").text == "Suggestion for this ticket loaded."
        or d.find_element(By.ID, "alert").is_displayed())
    assert not driver.find_element(By.ID, "alert").is_displayed(), driver.find_element(By.ID, "alert").text


def test_an_ordinary_ticket_shows_the_draft_and_insert_puts_it_in_the_editor(browser, web_api):
    browser.set_window_size(400, 1000)  # about as wide as Zendesk's sidebar
    open_sidebar(browser, web_api, ticket_id=501, latest=ORDINARY)
    wait_loaded(browser)
    calls = zaf_calls(browser)
    request = next(c["options"] for c in calls if c["op"] == "request")
    assert request["url"] == web_api.server.url + "/v1/drafts" and request["type"] == "POST"
    assert request["secure"] is True and request["headers"]["Authorization"] == "Bearer {{setting.api_key}}"
    assert request["headers"]["Idempotency-Key"] == "zendesk-501-3003"
    sent = json.loads(request["data"])
    assert sent["text"] == ORDINARY and sent["ticket_id"] == "501"
    assert sent["history"] == [{"role": "customer", "text": "Hello?\nAnyone there?"},
                               {"role": "agent", "text": "Thanks for writing, we are looking into it."}]
    draft = next(c["body"] for c in calls if c["op"] == "response")

    with web_api.client("agent") as agent:  # what the page shows is what caredraft stored
        stored = agent.get(f"/v1/drafts/{draft['id']}").json()
    assert stored["route"] == "auto" and stored["draft"]["ready_to_send"], stored["reasons"]
    assert browser.find_element(By.ID, "route").text.startswith("Auto")
    assert browser.find_element(By.ID, "emotion").text == stored["screening"]["emotion"]
    assert browser.find_element(By.ID, "draft-text").get_attribute("textContent") == stored["draft"]["text"]
    citations = [c.text for c in browser.find_elements(By.CSS_SELECTOR, ".citations code")]
    assert citations == stored["draft"]["citations"] and citations
    assert browser.find_element(By.CSS_SELECTOR, ".verdict").text == stored["check"]["verdict"]
    screenshot(browser, "sidebar-ordinary")

    browser.find_element(By.ID, "insert").click()
    WebDriverWait(browser, WAIT).until(ec.text_to_be_present_in_element((By.ID, "status"), "Inserted"))
    inserts = [c["args"] for c in zaf_calls(browser) if c["op"] == "invoke" and c["name"] == "ticket.editor.insert"]
    assert inserts == [[stored["draft"]["text"]]]
    assert severe_console_messages(browser) == []


def test_a_crisis_ticket_gets_guidance_and_no_insert(browser, web_api):
    browser.set_window_size(400, 1000)
    open_sidebar(browser, web_api, ticket_id=502, latest=CRISIS + " Sidebar.")
    wait_loaded(browser)
    assert browser.find_element(By.ID, "route").text == "Clinical review (crisis)"
    assert browser.find_elements(By.ID, "insert") == [], "no Insert button for a crisis"
    assert "clinician" in browser.find_element(By.ID, "guidance").text
    assert browser.find_element(By.ID, "emotion").text == "shown to clinicians only"
    holding = browser.find_element(By.ID, "draft-text").text
    assert holding and "guidance, not for pasting" in browser.find_element(By.ID, "h-draft").text
    assert "kill myself" not in browser.find_element(By.ID, "result").text, "no quoted evidence for an agent"
    assert not browser.find_element(By.ID, "refresh").is_displayed(), "nothing to wait for: never insertable"
    screenshot(browser, "sidebar-crisis")
    assert not [c for c in zaf_calls(browser) if c["op"] == "invoke" and c["name"] == "ticket.editor.insert"]


def test_a_reviewed_draft_becomes_insertable_once_approved_with_edits(browser, web_api):
    open_sidebar(browser, web_api, ticket_id=503, latest=HOSTILE + " Sidebar.")
    wait_loaded(browser)
    insert = browser.find_element(By.ID, "insert")
    assert not insert.is_enabled() and "Waiting for a reviewer" in browser.find_element(By.ID, "guidance").text
    draft = next(c["body"] for c in zaf_calls(browser) if c["op"] == "response")
    final = "I'm sorry about the double charge. The refund is on its way today."
    with web_api.client("reviewer") as reviewer:
        approved = reviewer.post(f"/v1/review/items/{draft['id']}/approve", json={"edited_text": final})
    assert approved.status_code == 200, approved.text
    browser.find_element(By.ID, "refresh").click()
    WebDriverWait(browser, WAIT).until(ec.text_to_be_present_in_element((By.ID, "guidance"), "approved this reply with edits"))
    browser.find_element(By.ID, "insert").click()
    WebDriverWait(browser, WAIT).until(ec.text_to_be_present_in_element((By.ID, "status"), "Inserted"))
    inserts = [c["args"] for c in zaf_calls(browser) if c["op"] == "invoke" and c["name"] == "ticket.editor.insert"]
    assert inserts == [[final]]


def test_a_key_without_the_agent_role_gets_a_clear_message(browser, web_api):
    open_sidebar(browser, web_api, ticket_id=504, latest=ORDINARY, key="reviewer")
    WebDriverWait(browser, WAIT).until(ec.visibility_of_element_located((By.ID, "alert")))
    assert "needs the agent role" in browser.find_element(By.ID, "alert").text
    assert browser.find_element(By.ID, "result").is_displayed() is False


def test_outside_zendesk_the_page_says_where_to_open_it(browser, web_api):
    browser.get(web_api.server.url + "/zendesk/sidebar")  # no ZAF client, no ?origin=&app_guid=
    alert = WebDriverWait(browser, WAIT).until(ec.visibility_of_element_located((By.ID, "alert")))
    assert "Zendesk ticket's sidebar" in alert.text
    assert browser.execute_script("return document.querySelectorAll('script[src*=zdassets]').length") == 0
