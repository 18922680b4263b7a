"""Radicals a PDF's text layer gives for ideographs.

A CJK font draws 一 and the Kangxi radical ⼀ (U+2F00), 长 and the radical ⻓
(U+2ED3), with one glyph; a PDF whose ToUnicode map names the radical for that
glyph (the lowest code point, as PDFBox and wkhtmltopdf write it) is extracted
as '第⼗条', '⼀、', '2019年3⽉5⽇' by pdfminer, PDFBox, MuPDF and the like.
No gazette prints a radical as a radical: each is the ideograph it twins.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# The CJK Radicals Supplement's twins, from Unicode's EquivalentUnifiedIdeograph.txt
# (UCD 14.0, U+2E81..U+2EF3; U+2E80 and U+2E9A have none): radical, then ideograph.
# The Kangxi radicals (U+2F00..U+2FD5) need no table: NFKC maps each to its twin.
RADICALS_SUPPLEMENT = (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 "
    "⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 "
    "⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 "
    "⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 "
    "⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 "
    "⻰龙 ⻱龜 ⻲亀 ⻳龟")


@lru_cache(maxsize=1)
def twins() -> dict[str, str]:
    """Every radical that has a twin → that ideograph."""
    table = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
    table.update((pair[0], pair[1:]) for pair in RADICALS_SUPPLEMENT.split())
    return table
