"""Half-width punctuation that OCR put between Han characters, shown in
the full-width form the print uses: "(一)着力完善体系,增强" → "（一）着力完善
体系，增强". Only between Han characters (or a Han label in brackets), or
after one at the text's end, as a 主送 ends on its colon ("各区医疗保障局、
财政局:" → "…财政局："): "8:30", "(VR/AR)" and "荆政办发(2022)16号" stay as
they are. Nothing else in the text is rewritten.
"""
from __future__ import annotations

import re

from ..model import Document, Paragraph, Provision

HAN = "\u4e00-\u9fff"
LEFT = HAN + "）》”’」』】"  # what may stand before the mark
RIGHT = HAN + "（《“‘「『【"  # and after it
FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
MARK_RE = re.compile(rf"(?<=[{LEFT}])([,;:?!]) ?(?=[{RIGHT}]|\s*$)")  # the space OCR put after it goes too
# A bracket pair around Han text ("(区)", "(试行)") or around a number
# label that Han text follows ("(1)加强").
BRACKETS_RE = re.compile(rf"\(([^()\n]{{0,40}}[{HAN}][^()\n]{{0,40}})\)|\((\d{{1,3}})\)(?=[{HAN}])")


def restore(text: str) -> tuple[str, int]:
    """The text with OCR half-width marks made full-width, and how many."""
    text, brackets = BRACKETS_RE.subn(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    text, marks = MARK_RE.subn(lambda m: FULL[m.group(1)], text)
    return text, 2 * brackets + marks


def restore_document(doc: Document) -> int:
    """Restore the body text of every part; the count of marks restored."""
    count = 0
    for part in doc.parts:
        for block in part.blocks:
            fields = ("label", "heading", "text") if isinstance(block, Provision) else \
                ("text",) if isinstance(block, Paragraph) else ()
            for name in fields:
                value, n = restore(getattr(block, name))
                setattr(block, name, value)
                count += n
    return count
