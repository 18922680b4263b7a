"""The rows of a list, in the shapes gazettes print them.

A 领导小组's members, a 名单 of people commended, posts and their holders:
short lines with no sentence's punctuation, which a stage must tell from a
title's lines (split), a paragraph's (paragraphs), a list after 名单如下
(structure) or a table's cells (tables). One place for every shape, so that
a stage reading a row reads the same row as the others.
"""
from __future__ import annotations

import re

NAME_MAX = 3  # Han characters of a person's name: a space after a token this short may part name and post
ROW_MAX = 20  # a row of a list of names is no wider

# A person and the post or unit, set apart by a space ('张某某 市财政局局长', '李 某 民进某某总支、区政协经济委员会'):
# the name at most NAME_MAX characters, or two spaced out to three ('龚 正'). The post opens with a word: a
# bracket after a space is a title's stage ('…办法' / '(试行)' cut by the wrap to '办法 (试行)'), no post. No name
# is a period: '三季度 县政府网站…' is a title's line the wrap opened on one ('…2023年第' / '三季度 …').
NAME_POST_RE = re.compile(rf"^(?P<name>(?![〇○一二三四五六七八九十]{{1,2}}(?:季度?|月份?|年度) )"
                          rf"[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5]){{1,{NAME_MAX - 1}}})"
                          rf" +[\u4e00-\u9fa5][^\s。]+$")
# A post and the people who hold it, one post a line: "主 任 委 员:刘雪荣", "副主任:卢焱群、龙福清" (the post
# spaced out to the column's width, the names parted by 、).
POST_NAMES_RE = re.compile(r"^[\u4e00-\u9fa5 ]{1,12}[：:][\u4e00-\u9fa5· ]{2,6}(?:[、，,][\u4e00-\u9fa5· ]{2,6})*$")
# A short lead and its colon: a post's ("主任：" over "副主任："), or a frame line's ('抄送：', '联系人：').
POST_LEAD_RE = re.compile(r"^[^，。；：,;:]{1,8}[：:]")
# A row of a list printed after "名单如下：": a name and a unit or two, no sentence.
LISTED_ROW_RE = re.compile(r"^[^\s，。；：,;:！？]{1,15}(?:\s+[^\s，。；：,;:！？]{1,30}){1,3}$")
# One column's word in a list set out in columns: words only, no figures, no punctuation but the 、 between a
# member's posts (副秘书长、…主任).
COLUMN_WORD_RE = re.compile(
    r"""
    ^[\u3400-\u9fff（）()]+
    (?:、[\u3400-\u9fff（）()]+)*$
    """,
    re.X,
)
# A table's mark that it goes on after a page break: "续表" / "续表 1" on its own line, or "表 1 主要发展指标（续）".
CONTINUED_RE = re.compile(
    r"""
    ^续表                   # "续表" / "续表 1": the table goes on after a page break
    | [（(]续[)）]$         # "表 1 主要发展指标（续）"
    """,
    re.X,
)
# A row of a numbered list set out one a line, its serial and its term ('33 石棉', '34矿泉水').
SERIAL_ROW_RE = re.compile(r"^(\d{1,3})\s*[^\d\s.．、，,:：%％年月日)）]")


def numbered_on(above: str, text: str) -> bool:
    """text is the row after above in a list numbered 1, 2, 3 …: the next serial opens it."""
    row, prior = SERIAL_ROW_RE.match(text), SERIAL_ROW_RE.match(above)
    return bool(row and prior) and int(row.group(1)) == int(prior.group(1)) + 1
