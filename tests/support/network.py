"""Record every request a page makes, to prove nothing leaves the intranet (or the device)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Page, Request


@dataclass
class RequestLog:
    allowed_origin: str
    requests: list[str] = field(default_factory=list)

    def record(self, request: Request) -> None:
        self.requests.append(request.url)

    def external(self) -> list[str]:
        """Requests to anywhere but the site's own server (data: and blob: URLs stay local)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in {"data", "blob", "about"}
            and not url.startswith(self.allowed_origin)
        ]


def watch_requests(page: Page, site_url: str) -> RequestLog:
    parts = urlsplit(site_url)
    log = RequestLog(f"{parts.scheme}://{parts.netloc}/")
    page.on("request", log.record)
    return log
