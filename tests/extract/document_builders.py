"""Minimal DOCX and XLSX files written straight as zip + XML, so tests control every byte of their
text (long paragraphs, thousands of rows, a corrupt member) without an Office library."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def _paragraphs(paragraphs: Iterable[str]) -> str:
    # Each paragraph in several runs: a run boundary inside a word is common in real files.
    out = []
    for text in paragraphs:
        cut = len(text) // 2
        runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t in (text[:cut], text[cut:]))
        out.append(f"<w:p>{runs}</w:p>")
    return "".join(out)


def write_docx(
    path: Path,
    paragraphs: Iterable[str],
    *,
    footer: str | None = None,
    comment: str | None = None,
    broken_footer: bool = False,
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        with zf.open("word/document.xml", "w") as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode())
            batch: list[str] = []
            for text in paragraphs:
                batch.append(text)
                if len(batch) == 500:
                    fh.write(_paragraphs(batch).encode())
                    batch = []
            fh.write((_paragraphs(batch) + "</w:body></w:document>").encode())
        if footer is not None:
            xml = f'<w:ftr xmlns:w="{_W}">{_paragraphs([footer])}</w:ftr>'
            zf.writestr("word/footer1.xml", xml[: len(xml) // 2] if broken_footer else xml)  # cut: malformed
        if comment is not None:
            zf.writestr("word/comments.xml", f'<w:comments xmlns:w="{_W}">{_paragraphs([comment])}</w:comments>')
    return path


def write_xlsx(
    path: Path,
    sheets: dict[str, Iterable[list[str]]],
    *,
    shared: list[str] | None = None,
    broken: str | None = None,
) -> Path:
    """Cells given as text are inline strings; ``"#<n>"`` refers to shared string n. The sheet named
    ``broken`` is cut off half-way (malformed XML)."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        listed = "".join(
            f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)
        )
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{_S}" xmlns:r="{_R}"><sheets>{listed}</sheets></workbook>')
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="{_R}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(names))
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        if shared is not None:
            with zf.open("xl/sharedStrings.xml", "w") as fh:
                fh.write(f'<sst xmlns="{_S}" count="{len(shared)}">'.encode())
                for k in range(0, len(shared), 1000):
                    fh.write("".join(f"<si><t>{escape(s)}</t></si>" for s in shared[k : k + 1000]).encode())
                fh.write(b"</sst>")
        for i, name in enumerate(names):
            with zf.open(f"xl/worksheets/sheet{i + 1}.xml", "w") as fh:
                fh.write(f'<worksheet xmlns="{_S}"><sheetData>'.encode())
                for r, row in enumerate(sheets[name]):
                    cells = []
                    for c, value in enumerate(row):
                        ref = f"{chr(65 + c)}{r + 1}"
                        if value.startswith("#"):
                            cells.append(f'<c r="{ref}" t="s"><v>{value[1:]}</v></c>')
                        else:
                            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
                    fh.write(f'<row r="{r + 1}">{"".join(cells)}</row>'.encode())
                    if name == broken and r == 10:
                        break  # the rest of the sheet is lost: malformed XML from here
                else:
                    fh.write(b"</sheetData></worksheet>")
    return path
