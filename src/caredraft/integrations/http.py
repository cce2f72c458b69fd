"""Outbound HTTP to a helpdesk: timeouts on every call, quick retries with backoff for reads.

Writes are not retried here: a write that fails goes back to the outbox, which retries it
later with a longer backoff after checking that it did not land (no second note).
Errors carry the status and URL path only, never a request or response body (customer text).
"""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime

import httpx

from caredraft.integrations.base import DeliveryFailed

RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def make_client(base_url: str, *, timeout: float, headers: dict | None = None, auth=None) -> httpx.Client:
    # trust_env=False: no proxy or .netrc from the environment decides where customer text goes.
    return httpx.Client(base_url=base_url, timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                        headers=headers or {}, auth=auth, trust_env=False, follow_redirects=False,
                        transport=httpx.HTTPTransport(retries=1))  # one reconnect on a refused/reset socket


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def describe(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path} -> HTTP {response.status_code}"


def check(response: httpx.Response) -> httpx.Response:
    """Raise ``DeliveryFailed`` unless 2xx."""
    if response.is_success:
        return response
    raise DeliveryFailed(describe(response), retry_after=retry_after(response))


def request(client: httpx.Client, method: str, url: str, **kwargs) -> httpx.Response:
    """One call; transport errors and non-2xx become ``DeliveryFailed``."""
    try:
        response = client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"{method} {httpx.URL(url).path}: {type(exc).__name__}") from exc
    return check(response)


def read(client: httpx.Client, url: str, *, attempts: int = 3, backoff: float = 0.25, **kwargs) -> httpx.Response:
    """A GET, retried a few times with doubling waits on transport errors and retryable statuses."""
    for attempt in range(attempts):
        try:
            return request(client, "GET", url, **kwargs)
        except DeliveryFailed as failure:
            last = failure
            status_retryable = "HTTP" not in failure.reason or any(
                failure.reason.endswith(f"HTTP {code}") for code in RETRYABLE_STATUS)
            if not status_retryable or attempt == attempts - 1:
                raise
            time.sleep(min(backoff * 2 ** attempt, 2.0))
    raise last  # pragma: no cover - the loop always returns or raises
