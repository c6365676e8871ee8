"""The content types each extractor reads, apart from the extractors themselves.

The dispatch table needs these names at start-up; the format modules (and the libraries they load)
are imported only when a file of their type is met, so the names live here, in a module that
imports nothing.
"""

from __future__ import annotations

# Archives (archives.py).
ZIP = "application/zip"
TAR = "application/x-tar"
SEVEN_Z = "application/x-7z-compressed"
ZIP_LIKE = ("application/java-archive", "application/vnd.android.package-archive", "application/x-zip")

# Single compressed streams (compressed.py).
GZIP, BZIP2, XZ, ZLIB = "application/gzip", "application/x-bzip2", "application/x-xz", "application/zlib"
ZSTD = ("application/zstd", "application/x-zstd")  # a .tar.zst is the usual modern tar backup
LZ4 = "application/x-lz4"
COMPRESSED_TYPES = (GZIP, "application/x-gzip", BZIP2, XZ, "application/x-lzma", ZLIB, *ZSTD, LZ4)
# Compressed data and archives no reader here opens. The strings reader would find nothing of the content
# in them and call the item clean (exit 0): they are recorded as not read instead (flag not_read, exit 4).
UNOPENED_TYPES = {
    "application/x-lz4+json": "lz4 (Mozilla jsonlz4)",
    "application/x-lrzip": "lrzip",
    "application/x-bzip": "bzip (version 1)",
    "application/x-snappy-framed": "snappy",
    "application/x-windows-themepack": "CAB",
    "application/x-arc": "ARC",
    "application/x-zoo": "zoo",
    "application/x-xar": "xar",
    "application/x-ms-wim": "WIM",
    "application/x-dzip": "dzip",
    "application/x-fzip": "fzip",
    "application/x-compressed-iso": "compressed ISO",
    "application/x-java-pack200": "pack200",
    "application/x-edi-pack-lzss": "LZSS",
    "application/x-rpm": "RPM (compressed payload)",
    "application/vnd.debian.binary-package": "Debian package (compressed members)",
    "application/x-lzip": "lzip",
    "application/x-lzop": "lzop",
    "application/x-compress": "compress (.Z)",
    "application/x-brotli": "brotli",
    "application/x-rar": "RAR",
    "application/vnd.rar": "RAR",
    "application/x-rar-compressed": "RAR",
    "application/x-arj": "ARJ",
    "application/x-lha": "LHA",
    "application/x-lzh-compressed": "LHA",
    "application/vnd.ms-cab-compressed": "CAB",
    "application/x-ace-compressed": "ACE",
    "application/x-stuffit": "StuffIt",
}


def unopened_kind(mime: str) -> str | None:
    """The name of the compressed format ``mime`` when no reader here opens it, else None: the listed
    types, and every other type libmagic names as compressed (``x-compress-*``, ``x-ms-compress-*``...).

    >>> unopened_kind("application/x-lzip"), unopened_kind("application/x-compress-ttcomp"), unopened_kind("text/plain")
    ('lzip', 'application/x-compress-ttcomp', None)
    """
    kind = mime.lower()
    if kind in UNOPENED_TYPES:
        return UNOPENED_TYPES[kind]
    return mime if "compress" in kind and kind not in COMPRESSED_TYPES else None


# Images, read by OCR (images.py).
IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/gif", "image/webp")

# OpenDocument (odf.py).
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
ODF_TYPES = (
    ODT,
    ODS,
    ODP,
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.spreadsheet-template",
    "application/vnd.oasis.opendocument.presentation-template",
    "application/vnd.oasis.opendocument.graphics",
)

# Legacy Office compound files (ole.py).
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
MSG = "application/vnd.ms-outlook"
ENCRYPTED_OOXML = "application/encrypted"
OLE_GENERIC = (
    "application/x-ole-storage",
    "application/CDFV2",
    "application/vnd.ms-office",
    "application/CDFV2-corrupt",
)

# Mailbox files (mailbox_files.py, pst.py; split.py and split_pst.py spread their messages over the workers).
MBOX = "application/mbox"
PST = "application/vnd.ms-outlook-pst"
PST_MAGIC = b"!BDN"

# Outlook for Mac archives (olm.py).
OLM_MESSAGE_MIME = "application/x-olm-message+xml"
OLM_WITHHELD_MIME = "application/x-olm-withheld"  # an attachment file of a private or undecided message

# Office Open XML (ooxml.py).
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# Macro-enabled and template variants have the same inside.
DOCX_LIKE = (
    DOCX,
    "application/vnd.ms-word.document.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
)
XLSX_LIKE = (
    XLSX,
    "application/vnd.ms-excel.sheet.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
)
PPTX_LIKE = (
    PPTX,
    "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
)

# Formats of no reader whose text is stored as plain characters: the strings pass finds it (strings.py).
STRINGS_TYPES = (
    "application/octet-stream",
    "application/vnd.sqlite3",
    "application/x-sqlite3",
    "application/x-dbf",
    "application/x-dbase",
    "application/x-msaccess",
)

# winmail.dat (tnef.py).
TNEF_MIME = "application/vnd.ms-tnef"
TNEF_TYPES = frozenset({"application/ms-tnef", TNEF_MIME})
