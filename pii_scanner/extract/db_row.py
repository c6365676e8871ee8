"""A database row (as the SQL source hands it over: a JSON object of its text columns) -> one text
part per column, labelled ``column:<name>``, so a finding names the column it sits in."""

from __future__ import annotations

import json

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import DB_ROW_MIME, Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext

ROW_MIME = DB_ROW_MIME


def extract_row(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    try:
        cells = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ExtractionError(f"database row is not readable ({type(exc).__name__})") from None
    if not isinstance(cells, dict):
        raise ExtractionError("database row is not a mapping of columns")
    parts = [TextPart(str(value), label=f"column:{name}") for name, value in cells.items() if str(value).strip()]
    return Extracted(mime=ROW_MIME, parts=parts)
