"""Chinese numerals as printed in gazettes: 一 … 十, 二十三, 一百零五, 二〇一九."""
from __future__ import annotations

from typing import Optional

# 〇 as it is often typed in a year ('二O一九', '二ΟΟ七'): the digit 0, or a round letter an input method's
# symbol tables offer beside it: Latin O, half- or full-width, Greek Omicron, Cyrillic O, upper or lower case.
ZERO_FORMS = "0OＯoｏΟοОо"
CN_DIGITS = {"〇": 0, "零": 0, "○": 0, **dict.fromkeys(ZERO_FORMS, 0), "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# The formal numerals (大写数字) an outline's top level may use, in either script: 壹 贰/貳 叁/參 … 拾.
CN_FORMAL = {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
CN_FORMAL_NUMERAL = "".join(CN_FORMAL) + "拾"
CN_NUMERAL = "〇零○一二两三四五六七八九十百千"
# The numerals a list label uses: lists run to 九十九 at most.
CN_LIST_NUMERAL = "一二三四五六七八九十"
# The horizontal bars a page prints for 一 where its font or code lacked it (U+2015 HORIZONTAL BAR, U+2500 BOX
# DRAWINGS LIGHT HORIZONTAL, U+2014 EM DASH): alone as a list's label, before its 、, the numeral one.
BAR_ONE = "―─—"


def cn_to_int(text: str) -> Optional[int]:
    """一 → 1, 十 → 10, 二十三 → 23, 一百零五 → 105; '二〇一九' digit by digit; 壹 → 1, 拾貳 → 12; a bar
    alone set for 一 (BAR_ONE) → 1."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 1 and "⑴" <= text <= "⒇":  # a number in brackets set as one character (U+2474-U+2487)
        return ord(text) - ord("⑴") + 1
    if text.isdigit():
        return int(text)
    if text in BAR_ONE:
        return 1  # a bar alone where a label's 一 stands
    text = "".join(CN_LIST_NUMERAL[CN_FORMAL[ch] - 1] if ch in CN_FORMAL else "十" if ch == "拾" else ch for ch in text)
    if all(ch in CN_DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + CN_DIGITS[ch]
        return value
    total, digit = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (digit or 1) * CN_UNITS[ch]
            digit = 0
        else:
            return None
    return total + digit
