"""The web console (``pii-scanner serve``): data-protection staff follow the organisation's findings,
employees see and resolve their own. Server-rendered pages on Starlette under uvicorn, on the same
index as the sweeps. Sits on top of store/, reports/, access/ and policy/; nothing imports it.
"""

from pii_scanner.web.app import create_app
from pii_scanner.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
