"""Access requests (GDPR art. 15/20) and erasure verification, above the store.

``search`` finds everything held about one data subject (index, and live sources); ``request_*``
keep request cases with their deadline; ``request_export`` writes the response pack (``request_pack``
returns it as zip bytes built in memory); ``verify_erasure`` re-scans the sources after erasure. See docs/access.md.
"""

from pii_scanner.access.cases import Case
from pii_scanner.access.erasure import ErasureResult, verify_erasure
from pii_scanner.access.export import ExportResult, request_export, request_pack
from pii_scanner.access.lookup import search
from pii_scanner.access.requests import request_close, request_extend, request_open, request_status
from pii_scanner.access.results import Hit, SearchResult
from pii_scanner.access.subject import Subject, SubjectError, SubjectKey

__all__ = [
    "Case",
    "ErasureResult",
    "ExportResult",
    "Hit",
    "SearchResult",
    "Subject",
    "SubjectError",
    "SubjectKey",
    "request_close",
    "request_export",
    "request_extend",
    "request_open",
    "request_pack",
    "request_status",
    "search",
    "verify_erasure",
]
