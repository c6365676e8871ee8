"""Blocks of data spilled to an anonymous temp file, each compressed and sealed with AES-GCM.

What an item needs to hold but may not keep in memory (findings beyond a count, a workbook's shared
strings beyond a size) goes here. The file never holds plaintext: each block is sealed under a random
256-bit key made for this spill alone and held only in this object (never written, logged or passed
on). The file has no name where the platform allows it (``O_TMPFILE`` on Linux; elsewhere it is
unlinked at once or deleted on close), so it disappears when the spill is closed or collected, or
when the process ends for any reason, signals and crashes included.
"""

from __future__ import annotations

import pickle
import zlib
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class SealedSpill:
    """Sealed blocks in an anonymous temp file; block ``n`` is read back as it was written."""

    def __init__(self) -> None:
        # Imported by the first spill: most scans never spill, and these imports cost every process.
        import tempfile

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: AESGCM = AESGCM(AESGCM.generate_key(bit_length=256))
        # No context manager: the file lives as long as its owner (closed by close() or collection).
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="pii-scanner-")  # noqa: SIM115
        self.blocks: list[tuple[int, int]] = []  # (offset, sealed length)
        self._end = 0

    @staticmethod
    def _nonce(n: int) -> bytes:
        return n.to_bytes(12, "big")  # unique per key: one key per spill, one block number per block

    def write(self, payload: Any) -> int:
        """Seal and append one block (any picklable value); its number. Raises OSError when the
        temp folder is full or unwritable (the block is then not listed)."""
        n = len(self.blocks)
        plain = zlib.compress(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL), 1)
        sealed = self._aead.encrypt(self._nonce(n), plain, str(n).encode())
        self._file.seek(self._end)
        self._file.write(sealed)
        self.blocks.append((self._end, len(sealed)))  # listed only once it is whole on disk
        self._end += len(sealed)
        return n

    def read(self, n: int) -> Any:
        offset, length = self.blocks[n]
        self._file.seek(offset)
        sealed = self._file.read(length)
        # Authenticated by the key only this object holds: what comes back is what was written.
        return pickle.loads(zlib.decompress(self._aead.decrypt(self._nonce(n), sealed, str(n).encode())))

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        self._file.close()
