"""The review console in headless Chromium against the real server: a reviewer claims,
edits and approves (with the mouse and with the keyboard alone) and the edit is stored;
roles that may not read a queue get a clear 403 message and none of its customer text;
a clinician sees the evidence highlighted at the screener's offsets."""

from __future__ import annotations

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from api.conftest import CRISIS
from browser.conftest import HOSTILE, MARKUP, screenshot, severe_console_messages

pytestmark = pytest.mark.browser
WAIT = 60


def wait(driver):
    return WebDriverWait(driver, WAIT)


def sign_in(driver, api, role: str) -> None:
    driver.get(api.server.url + "/console/")
    field = wait(driver).until(ec.element_to_be_clickable((By.ID, "api-key")))
    field.send_keys(api.keys[role], Keys.ENTER)
    wait(driver).until(ec.visibility_of_element_located((By.ID, "key-state")))


def open_queue(driver, queue: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f".queue-tab[data-queue='{queue}']").click()


def wait_for_item(driver, item_id: str):
    return wait(driver).until(ec.element_to_be_clickable((By.CSS_SELECTOR, f"#items button[data-id='{item_id}']")))


def wait_for_status(driver, text: str) -> None:
    wait(driver).until(ec.text_to_be_present_in_element((By.ID, "status"), text))


def customer_text(driver) -> str:
    """The message as shown, without the screen-reader labels added after each evidence span."""
    return driver.execute_script(
        "var copy = document.getElementById('customer-text').cloneNode(true);"
        "copy.querySelectorAll('.visually-hidden').forEach(function (n) { n.remove(); });"
        "return copy.textContent;")


def stored_item(api, item_id: str) -> dict:
    with api.client("admin") as admin:
        response = admin.get(f"/v1/review/items/{item_id}")
    assert response.status_code == 200, response.text
    return response.json()


def test_a_reviewer_claims_edits_and_approves_and_the_edit_is_stored(browser, web_api):
    item = web_api.draft(HOSTILE)
    assert item["route"] == "human_review", item["reasons"]
    sign_in(browser, web_api, "reviewer")
    wait_for_item(browser, item["id"]).click()
    assert customer_text(browser) == HOSTILE
    screenshot(browser, "console-reviewer-item")
    browser.find_element(By.ID, "claim").click()
    wait_for_status(browser, "is now claimed")
    reply = browser.find_element(By.ID, "reply")
    assert reply.get_attribute("value") == item["draft"]["text"]
    edited = "I'm sorry you were charged twice. I have refunded the second payment today."
    reply.clear()
    reply.send_keys(edited)
    approve = browser.find_element(By.ID, "approve")
    assert approve.text == "Approve with my edits"
    screenshot(browser, "console-reviewer-editing")
    approve.click()
    wait_for_status(browser, "Approved with your edits")

    stored = stored_item(web_api, item["id"])
    assert stored["status"] == "approved" and stored["final_text"] == edited
    assert stored["decided_by"].endswith(":test-reviewer")
    assert stored["draft"]["text"] == item["draft"]["text"], "the draft is kept beside the edit"
    with web_api.client("admin") as admin:
        actions = [entry["action"] for entry in admin.get("/v1/audit", params={"item_id": item["id"]}).json()]
    assert actions == ["review.approve_edited", "review.claim"]
    assert browser.find_element(By.ID, "item-status").text == "approved"
    assert severe_console_messages(browser) == []


def test_an_approve_with_an_edit_can_be_done_with_the_keyboard_alone(browser, web_api):
    item = web_api.draft(HOSTILE + " Keyboard.")
    browser.get(web_api.server.url + "/console/")
    body = browser.find_element(By.TAG_NAME, "body")
    active = lambda: browser.switch_to.active_element  # noqa: E731

    def tab_to(element_id: str, limit: int = 40) -> None:
        for _ in range(limit):
            if active().get_attribute("id") == element_id or active().get_attribute("data-id") == element_id:
                return
            active().send_keys(Keys.TAB)
        raise AssertionError(f"Tab never reached #{element_id}")

    body.send_keys(Keys.TAB)
    tab_to("api-key")
    active().send_keys(web_api.keys["reviewer"], Keys.ENTER)
    wait_for_item(browser, item["id"])  # the first item in the list has the focus now
    tab_to(item["id"])
    active().send_keys(Keys.ENTER)
    wait(browser).until(lambda d: active().get_attribute("id") == "detail-title")
    tab_to("reply")
    active().send_keys(Keys.CONTROL, Keys.END)
    active().send_keys(" We will call you today.")
    tab_to("claim")
    active().send_keys(Keys.ENTER)
    wait_for_status(browser, "is now claimed")
    assert active().get_attribute("id") == "approve", "after a claim the focus moves to Approve"
    active().send_keys(Keys.ENTER)
    wait_for_status(browser, "Approved with your edits")

    stored = stored_item(web_api, item["id"])
    assert stored["status"] == "approved"
    assert stored["final_text"] == item["draft"]["text"] + " We will call you today."


def test_an_agent_key_cannot_open_the_clinical_queue(browser, web_api):
    crisis = web_api.draft(CRISIS + " Agent test.")
    sign_in(browser, web_api, "agent")
    wait(browser).until(ec.visibility_of_element_located((By.ID, "alert")))  # the human queue refuses too
    open_queue(browser, "clinical_review")
    wait(browser).until(ec.text_to_be_present_in_element((By.ID, "alert"), "clinical review queue"))
    alert = browser.find_element(By.ID, "alert").text
    assert alert.startswith("Not allowed: you may not open the clinical review queue") and "'agent'" in alert
    screenshot(browser, "console-agent-forbidden")
    assert browser.find_elements(By.CSS_SELECTOR, "#items li") == []
    assert "kill myself" not in browser.page_source and crisis["id"] not in browser.page_source


def test_a_reviewer_sees_the_human_queue_but_no_clinical_item(browser, web_api):
    hostile, crisis = web_api.draft(HOSTILE + " Reviewer."), web_api.draft(CRISIS + " Reviewer.")
    sign_in(browser, web_api, "reviewer")
    wait_for_item(browser, hostile["id"])
    assert crisis["id"] not in browser.page_source
    open_queue(browser, "clinical_review")
    wait(browser).until(ec.text_to_be_present_in_element((By.ID, "alert"), "may not work the clinical_review queue"))
    assert browser.find_elements(By.CSS_SELECTOR, "#items li") == []
    assert "kill myself" not in browser.page_source and crisis["id"] not in browser.page_source
    assert HOSTILE not in browser.page_source, "the human queue's items are gone after the 403 too"


def test_a_clinician_sees_the_evidence_highlighted_at_the_screeners_offsets(browser, web_api):
    # Emoji before the span: the offsets count code points, as in Python, not UTF-16 units.
    text = "😞😞 " + CRISIS
    crisis = web_api.draft(text)
    assert crisis["route"] == "clinical_review"
    with web_api.client("clinician") as clinician:
        evidence = clinician.get(f"/v1/review/items/{crisis['id']}").json()["evidence"]
    assert evidence, "the screener quoted its evidence"
    sign_in(browser, web_api, "clinician")
    open_queue(browser, "clinical_review")
    wait_for_item(browser, crisis["id"]).click()
    marks = browser.find_elements(By.CSS_SELECTOR, "#customer-text mark.evidence")
    merged: list[list[int]] = []  # overlapping spans are shown as one mark
    for start, end in sorted((s["start"], s["end"]) for s in evidence):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    assert all(text[s["start"]:s["end"]] == s["evidence"] for s in evidence)
    shown = [browser.execute_script("return arguments[0].firstChild.textContent", mark) for mark in marks]
    assert shown == [text[start:end] for start, end in merged]
    assert customer_text(browser) == text
    assert "crisis" in marks[0].get_attribute("class")
    screenshot(browser, "console-clinician-evidence")


def test_evidence_from_an_earlier_message_is_marked_in_that_message(browser, web_api):
    # The newest message is ordinary; the crisis is in the customer's earlier message (guardrails/thread.py).
    earlier = "My husband hit me again last night and took my phone."
    history = [{"role": "customer", "text": earlier}, {"role": "agent", "text": "Thank you for telling us."}]
    newest = "can you send the invoice to my email instead"
    item = web_api.draft(newest, language="en", history=history)
    assert item["route"] == "clinical_review"
    sign_in(browser, web_api, "clinician")
    open_queue(browser, "clinical_review")
    wait_for_item(browser, item["id"]).click()
    wait(browser).until(ec.visibility_of_element_located((By.ID, "history")))  # opened, as it holds evidence
    assert browser.find_elements(By.CSS_SELECTOR, "#customer-text mark.evidence") == []
    marks = browser.find_elements(By.CSS_SELECTOR, "#history li:first-child mark.evidence")
    assert marks, "the earlier message's evidence is marked where it was written"
    shown = [browser.execute_script("return arguments[0].firstChild.textContent", mark) for mark in marks]
    assert all(text in earlier for text in shown)
    assert browser.find_elements(By.CSS_SELECTOR, "#history li:nth-child(2) mark") == []  # the agent's words: never
    assert "in earlier message #1" in browser.find_element(By.ID, "evidence").text
    screenshot(browser, "console-evidence-in-history")


def test_customer_markup_is_shown_as_text_and_never_runs(browser, web_api):
    item = web_api.draft(HOSTILE + " " + MARKUP)
    sign_in(browser, web_api, "clinician")
    wait_for_item(browser, item["id"]).click()
    quote = browser.find_element(By.ID, "customer-text")
    assert customer_text(browser) == HOSTILE + " " + MARKUP
    assert quote.find_elements(By.TAG_NAME, "img") == [] and quote.find_elements(By.TAG_NAME, "b") == []
    assert browser.title == "caredraft review console"


def test_the_pages_send_a_strict_content_security_policy(web_api):
    with httpx.Client(base_url=web_api.server.url) as client:
        console, sidebar = client.get("/console/"), client.get("/zendesk/sidebar")
        script = client.get("/web/console.js")
        missing = client.get("/web/secrets.txt")
        redirect = client.get("/console", follow_redirects=False)
    for page in (console, sidebar):
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        policy = page.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
        assert "<script>" not in page.text and " on" + "click=" not in page.text, "no inline script"
    assert "frame-ancestors 'none'" in console.headers["content-security-policy"]
    assert "frame-ancestors https://*.zendesk.com" in sidebar.headers["content-security-policy"]
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert missing.status_code == 404 and redirect.status_code == 308
    with httpx.Client(base_url=web_api.server.url) as client:
        paths = client.get("/openapi.json").json()["paths"]
    assert not any(path.startswith(("/console", "/zendesk", "/web")) for path in paths), "pages are not API"
