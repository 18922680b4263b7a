"""Stage 1: bytes of a seed file to text.

Reads the bytes of a seed file; writes one str (and the encoding it was in).

Guarantees: the result is a str with '\\n' line ends only (CRLF and CR
folded), no BOM, no NUL. Input that is not text raises InputError with a
one-line message, which the caller turns into a diagnostic.
"""
from __future__ import annotations

import unicodedata


class InputError(Exception):
    """A seed file that cannot be read as a gazette; the message names why."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


# Encodings real extraction tools produce, most specific first. GB18030 is a
# superset of GBK and GB2312, so one entry covers all three.
ENCODINGS = ("utf-8", "gb18030")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name)."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encodings = data[3:], ("utf-8",)
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _finish(data.decode("utf-16")), "utf-16"
    else:
        encodings = ENCODINGS
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)", _line_of(data, data.index(b"\x00")))
    error = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = error or exc
            continue
        if _looks_like_text(text):
            return _finish(text), encoding
    if error is not None:
        raise InputError(f"not UTF-8 or GB18030 text (undecodable byte at offset {error.start})",
                         _line_of(data, error.start))
    raise InputError("binary file (mostly control or unassigned characters)")


def _finish(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_text(text: str) -> bool:
    """GB18030 decodes many binary files; demand mostly printable characters."""
    sample = text[:20000]
    bad = sum(1 for ch in sample
              if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
    return bad <= len(sample) * 0.01


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
