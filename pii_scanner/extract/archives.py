"""Archives: zip, tar, 7z. Members become child items, read lazily one at a time within the limits.

Each member is charged to the shared budget (count, expanded bytes, time) and checked against the
expansion ratio. A member that cannot be read becomes a child with an error; a budget that runs
out ends the listing with one error record on the member where it happened. Password-protected
members become children marked encrypted.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.model import Extracted, Item
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import OLM_MESSAGE_MIME as MESSAGE_MIME
from pii_scanner.extract.formats import SEVEN_Z, TAR, ZIP
from pii_scanner.extract.mail_folders import MAILDIR_KEYWORDS, keywords_file_folder, message_folder
from pii_scanner.extract.members import MemberNames, child_item, read_limited
from pii_scanner.extract.olm import is_attachment_member, is_message_member, is_olm, olm_plan
from pii_scanner.extract.zipparts import open_zip, read_info

_AES = 99  # WinZip AES compression method marker


def _check_count(n: int, ctx: ExtractContext, what: str) -> None:
    if n > ctx.config.limits.max_members:
        raise LimitExceeded(f"{what} lists {n} members, more than {ctx.config.limits.max_members}")


# --- zip -----------------------------------------------------------------------------------
def extract_zip(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    zf = open_zip(data, "zip archive")
    infos = [i for i in zf.infolist() if not i.is_dir()]
    _check_count(len(infos), ctx, "zip archive")
    locked = sum(1 for i in infos if i.flag_bits & 0x1)
    meta: dict[str, Any] = {"members": len(infos)}
    if locked:
        meta["encrypted_members"] = locked
    return Extracted(
        mime=ZIP, children=_zip_members(item, zf, infos, ctx), metadata=meta, error=_zip_in_front(zf, data)
    )


def _zip_in_front(zf: zipfile.ZipFile, data: bytes) -> str | None:
    """An error when another zip archive is glued in front of this one (``cat a.zip b.zip``): the library
    reads the last archive only, the first one's members would be missing without a word. A
    self-extractor's program in front is no archive and no error."""
    first = min((i.header_offset for i in zf.infolist()), default=0)
    if first > 0 and data.startswith(b"PK\x03\x04"):
        return f"{first} bytes before the listed members (another zip archive glued in front) were not read"
    return None


def _keyword_files(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], ctx: ExtractContext) -> dict[str, str]:
    """Maildir folder -> its ``dovecot-keywords`` text, for the archive's Maildir folders (small files only:
    one that cannot be read leaves its messages' keyword letters unknown, which makes them private)."""
    found: dict[str, str] = {}
    for info in infos:
        folder = keywords_file_folder(info.filename)
        if folder is not None and info.file_size <= 1 << 16 and not info.flag_bits & 0x1:
            try:
                found[folder] = read_info(zf, info, ctx, "zip archive").decode("utf-8", "replace")
            except ExtractionError:
                continue
    return found


def _zip_members(item: Item, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], ctx: ExtractContext) -> Iterator[Item]:
    keywords = (
        _keyword_files(zf, infos, ctx) if any(keywords_file_folder(i.filename) is not None for i in infos) else {}
    )
    names = MemberNames()
    olm = olm_plan(zf, infos, item, ctx) if is_olm([i.filename for i in infos], item.name) else None
    for info in infos:
        member = names.unique(info.filename)
        if olm is not None and is_attachment_member(info.filename) and not olm.may_read(info.filename):
            # an Outlook for Mac attachment no normal message names: withheld, never read
            yield olm.withheld(item, member, info.filename)
            continue
        mtime = _zip_time(info)
        try:
            ctx.budget.count_member()
            ctx.budget.check_time()
        except LimitExceeded as exc:
            yield child_item(item, member, error=str(exc), mtime=mtime, stored_as=info.filename)
            return
        if info.flag_bits & 0x1:
            how = "AES" if info.compress_type == _AES else "ZipCrypto"
            yield child_item(
                item, member, mtime=mtime, encrypted=f"password-protected zip entry ({how})", stored_as=info.filename
            )
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            continue  # a stored symlink: only a target name, never followed
        try:
            data = read_info(zf, info, ctx, "zip archive")
        except ExtractionError as exc:
            yield child_item(item, member, error=str(exc), mtime=mtime, stored_as=info.filename)
            if _budget_spent(exc, ctx):
                return
            continue
        child = child_item(item, member, data, mtime=mtime, stored_as=info.filename)
        if olm is not None and is_message_member(info.filename):
            child.mime_hint = MESSAGE_MIME  # decided before its body is read
        folder = message_folder(info.filename)
        if folder is not None and folder in keywords:
            child.metadata[MAILDIR_KEYWORDS] = keywords[folder]  # the message's keyword letters are looked up there
        yield child


def _zip_time(info: zipfile.ZipInfo) -> datetime | None:
    try:
        return datetime(*info.date_time, tzinfo=UTC)
    except ValueError:
        return None


def _budget_spent(exc: ExtractionError, ctx: ExtractContext) -> bool:
    """True when the error is the shared budget running out (later members would fail too)."""
    b = ctx.budget
    return isinstance(exc, LimitExceeded) and (
        b.expanded > b.max_expanded or b.members > b.max_members or b.elapsed() > b.max_seconds
    )


# --- tar -----------------------------------------------------------------------------------
def extract_tar(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    try:
        # ignore_zeros: a tar appended to a tar (daily appends to one backup file) is read past the first
        # one's end marker, as GNU tar -i reads it; its members were missing without a word.
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:", ignore_zeros=True)  # noqa: SIM115 - read lazily
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise ExtractionError("corrupt tar archive") from exc
    return Extracted(mime=TAR, children=_tar_members(item, tf, ctx, data))


AFTER_TAR_END = "#after-end"


def _tar_members(item: Item, tf: tarfile.TarFile, ctx: ExtractContext, whole: bytes) -> Iterator[Item]:
    name = "?"
    names = MemberNames()
    end = 0  # where the last member's data ends (whole blocks)
    try:
        for member in tf:
            end = max(end, member.offset_data + -(-member.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE)
            name = member.name
            if not member.isfile():
                continue  # links and devices are names only; never followed
            name = names.unique(member.name)
            mtime = datetime.fromtimestamp(member.mtime, UTC) if member.mtime else None
            try:
                ctx.budget.count_member()
                fh = tf.extractfile(member)
                data = read_limited(fh, None, ctx, "tar member") if fh else b""
            except ExtractionError as exc:
                yield child_item(item, name, error=str(exc), mtime=mtime, stored_as=member.name)
                if _budget_spent(exc, ctx):
                    return
                continue
            yield child_item(item, name, data, mtime=mtime, stored_as=member.name)
    except (tarfile.TarError, EOFError, OSError) as exc:
        # A truncated tar: what was read so far stands; the damage is reported where it starts.
        yield child_item(item, f"{name}#truncated", error=f"corrupt tar archive: {type(exc).__name__}")
        return
    # What follows the last member and is no tar (ignore_zeros skips it block by block): text glued after a
    # tar in one stream (a tar.gz and a gzip of text concatenated), a log appended to a backup. It is read as
    # a member of its own, never skipped in silence; the zero blocks of the end marker and padding are nothing.
    trailing = whole[end:].lstrip(b"\0")
    if trailing:
        try:
            ctx.budget.count_member()
        except ExtractionError as exc:
            yield child_item(item, AFTER_TAR_END, error=str(exc))
            return
        yield child_item(item, AFTER_TAR_END, trailing)


# --- 7z ------------------------------------------------------------------------------------
class _Sink:
    """A py7zr writer that charges every byte to the budget and stops at the member's limit."""

    def __init__(self, ctx: ExtractContext, cap: int) -> None:
        self.ctx, self.cap, self.buf = ctx, cap, io.BytesIO()

    def write(self, s: bytes | bytearray) -> int:
        self.ctx.budget.spend(len(s))
        if self.buf.tell() + len(s) > self.cap:
            raise LimitExceeded("7z member over the expansion limit")
        return self.buf.write(s)

    def read(self, size: int | None = None) -> bytes:
        return self.buf.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.buf.seek(offset, whence)

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return self.buf.getbuffer().nbytes

    def close(self) -> None:
        return None


class _Factory:
    def __init__(self, ctx: ExtractContext, caps: dict[str, int]) -> None:
        self.ctx, self.caps = ctx, caps
        self.products: dict[str, _Sink] = {}

    def create(self, filename: str) -> _Sink:
        sink = _Sink(self.ctx, self.caps.get(filename, self.ctx.config.limits.max_file_size))
        self.products[filename] = sink
        return sink


def extract_7z(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    import py7zr

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(data), mode="r")
    except py7zr.exceptions.PasswordRequired:
        return Extracted(
            mime=SEVEN_Z, encrypted=True, encryption_reason="password-protected 7z archive (file names encrypted too)"
        )
    except (py7zr.exceptions.ArchiveError, EOFError, OSError, ValueError, KeyError, IndexError) as exc:
        raise ExtractionError(f"corrupt 7z archive: {type(exc).__name__}") from exc
    try:
        infos = [i for i in archive.list() if not i.is_directory]
        _check_count(len(infos), ctx, "7z archive")
        if archive.needs_password():
            # Content encrypted, names readable: every member is reported as encrypted.
            children = [child_item(item, i.filename, encrypted="password-protected 7z entry") for i in infos]
            return Extracted(
                mime=SEVEN_Z, children=children, metadata={"members": len(infos), "encrypted_members": len(infos)}
            )
        lim = ctx.config.limits
        caps = {
            i.filename: min(
                lim.max_file_size,
                max(1 << 20, int((i.compressed or 0) * lim.max_ratio)) if i.compressed else lim.max_file_size,
            )
            for i in infos
        }
        for i in infos:
            ctx.budget.count_member()
            if i.uncompressed > caps[i.filename]:
                raise LimitExceeded("7z member declares more than the expansion limit")
        factory = _Factory(ctx, caps)
        try:
            # One pass: solid blocks decompress once. _Factory is duck-typed rather than a subclass of
            # py7zr's WriterFactory so that py7zr is imported only when a 7z archive is met.
            archive.extract(factory=factory)  # type: ignore[arg-type]
        except ExtractionError:
            raise
        except Exception as exc:
            raise ExtractionError(f"corrupt 7z archive: {type(exc).__name__}") from exc
    finally:
        archive.close()
    names, counts = MemberNames(), Counter(i.filename for i in infos)
    children = [
        child_item(
            item,
            names.unique(i.filename),
            error=f"7z archive holds {counts[i.filename]} members of this name; not read",
        )
        if counts[i.filename] > 1  # py7zr writes them to one sink: which content is whose cannot be told
        else child_item(
            item, i.filename, factory.products[i.filename].buf.getvalue() if i.filename in factory.products else b""
        )
        for i in infos
    ]
    return Extracted(mime=SEVEN_Z, children=children, metadata={"members": len(infos)}, error=_7z_after(data))


_7Z_SIGNATURE = b"7z\xbc\xaf\x27\x1c"


def _7z_after(data: bytes) -> str | None:
    """An error when another 7z archive is glued after this one (``cat a.7z b.7z``): the library reads the
    first only (its end is the start header's next-header offset and size, [7z format] 32 bytes in)."""
    if len(data) < 32:
        return None
    end = 32 + int.from_bytes(data[12:20], "little") + int.from_bytes(data[20:28], "little")
    if data.find(_7Z_SIGNATURE, end) >= 0:
        return f"{len(data) - end} bytes after the archive's end (another 7z archive glued after it) were not read"
    return None
