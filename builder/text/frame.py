"""The frame of a Chinese official document (GB/T 9704): 发文字号, dates,
organ names and the kind word that ends a title.

Each is a named regex with a comment per group, so the grammar can be read
in one place; the stages decide what to do with a match.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Optional

from .firsts import EndAnchored, EndAnchoredAlternatives
from .lines import PARAGRAPH_INDENT, width
from .numerals import CN_NUMERAL, ZERO_FORMS, cn_to_int
from .script import either_script

HAO = either_script("号")  # 号 or 號: the grammar's key characters are read in either script

# 发文字号: issuer code, year in brackets of any shape, serial number, 号.
# The brackets are 〔〕 (GB/T 9704-2012 7.2.4) or what typesetting and OCR put
# for them, the small-form ﹝﹞ (U+FE5D/FE5E) included, and „‟ (U+201E/201F),
# which a PDF's text layer names for 〔〕 typeset in some fonts (a Hunan and a
# Jiangxi document of the held-out sets cite '国办发„2012‟33号'), and the white lenticular 〖〗 some typesetting
# puts for them; an issuer may print 第 before the serial ("巩政征预告字〔2023〕第5号"), which GB/T 9704 leaves out.
# An enforcement organ's 文书 (行政处罚决定书 and the forms of its case) may put the place's code in brackets before
# its 代字, as the safety and enforcement forms print it ('（ ）应急罚〔 〕 号': '(湘某)应急罚〔2023〕12号'): part of
# the number; a bracket that closes a sentence's words ('…(试行)》(某政发…') is followed by no 代字 and is no code.
# Such an organ may number its cases in series, a Latin letter before the serial ('(津某)应急罚[2023]k-39号'), part of it.
OPEN_BRACKETS, CLOSE_BRACKETS = "〔\\[［(（【﹝„〖", "〕\\]］)）】﹞‟〗"
DOC_NUMBER_RE = re.compile(rf"""
    (?:(?P<place>[（(][\u4e00-\u9fa5]{{1,6}}[）)])\s*)?   # (湘株醴): a place's code before an enforcement 代字
    (?P<prefix>[\u4e00-\u9fa5]{{1,12}}?)          # 荆政办发, 鄂政办函, 潜医保发
    \s* [{OPEN_BRACKETS}] \s* (?P<year>\d{{4}}) \s* [{CLOSE_BRACKETS}]   # 〔2022〕 [2022] ﹝2022﹞
    (?:\s*年)?                                    # '(2021)年': the year's 年 after its brackets, as a 县 prints it
    \s* (?P<di>第)? \s* (?P<series>[A-Za-z]{{1,2}}\s*[-－]?\s*)?   # 'k-39号': the series an enforcement organ's case is of
    (?P<serial>\d{{1,4}}) (?:\s*[-－]\s*\d{{1,3}})? \s* (?P<hao>{HAO})   # 25-4号: one notice of batch 25
""", re.X)
# The prepositions a sentence cites a document by ('…按照省人民政府某政字[2020]74号文件'): words of no 机关代字 and no
# organ's name, so a number DOC_NUMBER_RE reads with them before its year is one a sentence cites, no 发文字号 of its own.
CITING_WORD_RE = re.compile(either_script(r"按照|根据|依照|依据|遵照|参照|详见"))

# A 发文字号 that extraction damaged: the 代字, then the year and the serial
# with a bracket lost or the year's closing bracket run into the serial
# ("〔202026", "〔2020 26号", "2020〕26号", "2020 26号"), or the 号 lost
# ("〔2020〕26"), or both brackets and the 号, the serial run into the year
# ("杨府办20219"), or with its 号 kept ("某政发202162号": the brackets a page's
# markup dropped, the 年份 and 序号 left run together; not a street's number, '某某路20012号', though a 代字 may end
# on a street office's 街, '江街202324'); or the serial never filled in, the 代字 and the year in brackets
# with a blank before 号, as a page publishes a document numbered after it went up
# ("月政发〔2017〕  号"), or both the year and the serial stripped, the brackets left
# empty, as a mirror that drops a page's figures prints it ("甘发改规划〔〕号"), or the year alone stripped, the serial
# kept after the empty brackets ("怀政布〔〕18号": GB/T 9704-2012 7.2.4's 代字, 年份 and 序号, the 年份 lost). It is
# read only as a whole line of its own, where GB/T 9704
# (7.2.4) prints the number; what the digits were cannot be told, so it is
# kept as printed, never rebuilt into a number.
YEAR_DIGITS = r"(?:19|20)\d{2}"
BLANK_SERIAL = rf"[{OPEN_BRACKETS}] \s* {YEAR_DIGITS} \s* [{CLOSE_BRACKETS}] \s* {HAO}"
DAMAGED_NUMBER_RE = re.compile(rf"""
    [\u4e00-\u9fa5]{{2,12}} \s* (?:
        {BLANK_SERIAL}                                                            # 〔2017〕  号
      | [{OPEN_BRACKETS}] \s* [{CLOSE_BRACKETS}] \s* 第? \s* {HAO}                 # 〔〕号
      | [{OPEN_BRACKETS}] \s* [{CLOSE_BRACKETS}] \s* 第? \s* \d{{1,4}} \s* {HAO}   # 〔〕18号
      | [{OPEN_BRACKETS}] \s* {YEAR_DIGITS} \s* 第? \s* \d{{1,4}} \s* {HAO}?      # 〔202026号, 〔2020 26
      | {YEAR_DIGITS} \s* [{CLOSE_BRACKETS}] \s* 第? \s* \d{{1,4}} \s* {HAO}?    # 2020〕26号
      | {YEAR_DIGITS} (?:\s+|\s*第\s*) \d{{1,4}} \s* {HAO}                        # 2020 26号, 2020第26号
      | [{OPEN_BRACKETS}] \s* {YEAR_DIGITS} \s* [{CLOSE_BRACKETS}] \s* 第? \s* \d{{1,4}}   # 〔2020〕26
      | {YEAR_DIGITS} \d{{1,4}}                                                  # 20219
      | (?<![路街道巷弄村]) {YEAR_DIGITS} \d{{1,4}} \s* {HAO}                       # 202162号
    )
""", re.X)


# The 签发人 a 上行文 prints at the right of its 发文字号's line (GB/T 9704 7.2.4, 7.2.6: '签发人：' and the name,
# the number at the left of the same line): a mark of the 版头 beside the number, no part of it. The signers are
# persons, each named in two to four characters or in parts joined by '·' ('杨忠新', '张某 李某', '买买提·某某'): a
# name run on into an organ's words ('签发人:蔡元兴石河镇人民', a whole 公文 run into one paragraph) is no 版头 line.
SIGNER_NAME = r"[\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{1,6})*"
SIGNER_BESIDE_RE = re.compile(rf"\s*签\s*发\s*人\s*[:：]?\s*{SIGNER_NAME}(?:[、 ]+{SIGNER_NAME})*$")


def damaged_doc_number(text: str) -> Optional[str]:
    """The line, stripped, when it is a whole 发文字号 damaged in extraction,
    or such a number with the 签发人 printed beside it (SIGNER_BESIDE_RE):
    then the number alone."""
    text = text.strip()
    beside = SIGNER_BESIDE_RE.search(text)
    if beside and beside.start() > 0:
        text = text[:beside.start()].rstrip()
    return text if DAMAGED_NUMBER_RE.fullmatch(text) and not DOC_NUMBER_RE.fullmatch(text) else None


# A 发文字号 cited in a sentence: the prefix is taken greedily and cut down
# afterwards (a regex cannot tell "根据国办发" from "国办发").
CITED_NUMBER_RE = re.compile(rf"""
    (?P<prefix>[\u4e00-\u9fa5]{{1,16}})
    \s* [{OPEN_BRACKETS}] \s* (?P<year>(?:19|20)\d{{2}}) \s* [{CLOSE_BRACKETS}]
    \s* (?P<di>第)? \s* (?P<serial>\d{{1,4}}) \s* (?P<hao>{HAO})
""", re.X)

# The numbers of a date as printed: Arabic (2019年7月8日) or Chinese numerals (二〇一九年七月八日).
# A year in Chinese numerals may have its 〇 typed as the digit or a round letter (numerals.ZERO_FORMS:
# "二0一九", "二O一九", "二o一九", "二ΟΟ七" with the Greek Omicron).
YEAR = rf"(?:\d{{4}}|[{CN_NUMERAL}{ZERO_FORMS}]{{4}})"

# A list's numbered heading that counts the items under it ('（一）青秀区（12个）', '二、传统音乐（共计2项）'):
# the lines right under it are those items (a 名单's units one a line, a 名录's table), never the issuers of a
# title that follows the list, and the heading itself is no cell of the table under it.
COUNTED_HEADING_RE = re.compile(either_script(
    rf"^(?:[{CN_NUMERAL}]{{1,3}}、|[（(][{CN_NUMERAL}]{{1,3}}[）)]|\d{{1,2}}[.．、]).{{0,24}}"
    rf"[（(](?:共计?)?[\d{CN_NUMERAL}]{{1,4}}(?:个|项|名|人|家|件|所|处)[）)]$"))
# The same heading unnumbered, as a commendation's 附件 heads its names one a line: its label and the count after a
# colon or in brackets ('一等奖:3名', '二等奖（5名）', '先进集体(35个)'), short, no sentence's punctuation.
COUNT_HEADING_RE = re.compile(rf"^[^，。；,;：:（()）]{{1,16}}(?:[:：]\s*[\d{CN_NUMERAL}]+[个名项家所人位]"
                              rf"|[（(][\d{CN_NUMERAL}]+[个名项家所人位][）)])[:：]?$")
# A list's count on a line of its own in brackets under the list's title ('（共计5项）', '(共17个)'): the title's
# note, as a unit line ('单位：元') is, never one of the cells of the table under it.
COUNT_NOTE_RE = re.compile(either_script(
    rf"^[（(]\s*(?:共计?)?\s*[\d{CN_NUMERAL}]{{1,4}}\s*(?:个|项|名|人|家|件|所|处)\s*[）)]$"))
MONTH_OR_DAY = rf"(?:\d{{1,2}}|[{CN_NUMERAL}]{{1,3}})"
DATE_RE = re.compile(rf"""
    (?P<year>{YEAR}) \s* 年 \s*
    (?P<month>{MONTH_OR_DAY}) \s* 月 \s*
    (?P<day>{MONTH_OR_DAY}) \s* 日
""", re.X)

# The file an 附件说明 names where a web page links the attachment rather than prints it ('附件：….doc'): its
# extension ends the 附件说明, whatever is run on after it.
ATTACHED_FILE = r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)"
# A line that is only a date: the 成文日期 under a signature, or a date in brackets; not one that closes a
# bracket a line above opened ('…；完成时限：' / '2023年6月30日）'), the rest of that clause.
DATE_LINE_RE = re.compile(rf"^(?P<open>[（(])?{DATE_RE.pattern}(?(open)[）)]?)$", re.X)
# The end of a span after its first day: 至, 到 or a dash, then a day whose year and month may be the first's
# ('2016年3月4日—3月10日', '自2021年1月1日起至2021年12月31日止').
PERIOD_END = rf"\s*起?\s*(?:[至到~～]|[—–－-]+)\s*(?:{YEAR}\s*年\s*)?(?:{MONTH_OR_DAY}\s*月\s*)?{MONTH_OR_DAY}\s*日"
# A span of days alone on a line, in brackets or not: the period a report covers, printed under its title.
PERIOD_LINE_RE = re.compile(rf"^(?P<open>[（(])?{DATE_RE.pattern}{PERIOD_END}\s*止?(?(open)[）)]?)$", re.X)
# The 报头 of a 简报 (the bulletins an office compiles: 简报, 工作动态, 政务督查): the bulletin's name, its
# issue alone on a line ('第20期', '20期', '（总第3期）'), then its compiler and the date on one line, set apart
# by spaces ('XX县人民政府督查室    2022年8月19日'; a page may lose the date's 日), over the title of what it
# reports (the 报核). A name holds its brackets whole ('XX（XX）'): a line that opens one and breaks after a date
# inside it ('(报告中所列数据的统计期限自2021年1月1日') is a sentence the wrap cut.
ISSUE_LINE_RE = re.compile(rf"^[（(]?(?:总\s*)?第?\s*(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*期[）)]?$")
IMPRINT_RE = re.compile(rf"""^(?P<compiler>(?:[\u4e00-\u9fa5]|[（(][\u4e00-\u9fa5]{{1,28}}[）)]){{2,30}}?)\s*
    (?P<date>(?P<year>{YEAR})\s*年\s*(?P<month>{MONTH_OR_DAY})\s*月\s*(?P<day>{MONTH_OR_DAY})\s*日?)$""", re.X)


def brief_head(lines: list[str]) -> Optional[tuple[re.Match, int]]:
    """The compiler and date of a 简报's 报头 that ends the lines given, and
    how many of them it takes: the issue line, then the imprint line, or the
    compiler and the date on two (as a signature and its date are set out),
    or None."""
    for taken in (2, 3):
        imprint = "".join(line.strip() for line in lines[-taken + 1:])
        if len(lines) >= taken and ISSUE_LINE_RE.match(lines[-taken].strip()) and IMPRINT_RE.match(imprint):
            return IMPRINT_RE.match(imprint), taken
    return None


# A year and month alone on a line: the date a 统计公报 or a report prints under
# its title or its compilers ("2023年4月"). A line of the frame, as a date line
# is, but no 成文日期: it has no day.
MONTH_LINE_RE = re.compile(rf"^[（(]?{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月[）)]?$")
# A chronicle's name, as it heads each month's page of a yearbook's chronicle with the month after it ('大事记1月',
# '大事记 七月'): the column's running head and the month's heading on one line, whole, as a month alone is.
CHRONICLE_NAME = r"(?:大事|要事)记|大事要览"
NAMED_MONTH_HEADING_RE = re.compile(rf"^(?:{CHRONICLE_NAME})\s*(?:{YEAR}\s*年\s*)?{MONTH_OR_DAY}\s*月份?$")

# 发文字号 printed in parentheses under the title, as gazettes reprint
# documents (GB/T 9704 puts it on a line of its own; a gazette folds it under
# the title), alone or with the 成文日期: "（武政办发〔2017〕61号）",
# "（2019年4月12日 荆政办发〔2019〕7号）", "（2019年4月12日）"; an order's
# number by its organ's name: "（XX省人民政府令第148号）"; a 发文字号 whose year is in
# parentheses too: "（2010年9月13日　舟政发(2010)54号）"; a
# number's place code in brackets too, an enforcement 文书's: "（(津某)应急罚[2023]k-39号）".
PAREN_RE = re.compile(r"^[（(](?P<inside>(?:[^（）()]|[（(]\d{2}(?:\d{2})?[）)]"  # a year in brackets inside
                      r"|[（(][\u4e00-\u9fa5]{1,6}[）)](?=[\u4e00-\u9fa5]{1,12}\s*[〔\[［(（【﹝]\s*\d{4})){4,60})[）)]$")


# A 公告's serial printed as a 发文字号 with no organ code: "〔2022〕第1号"; perhaps with the number of one notice of a
# batch after a hyphen, as a 管委会 numbers the notices of one 征地 batch: "〔2020〕第3-1号".
UNCODED_NUMBER = rf"[{OPEN_BRACKETS}] \s* (?P<year_first>\d{{4}}) \s* [{CLOSE_BRACKETS}] \s* (?P<di>第)? \s* (?P<serial>\d{{1,4}})" \
    rf"(?: \s* [-－] \s* (?P<batch>\d{{1,3}}))? \s* {HAO}"
UNCODED_NUMBER_RE = re.compile(UNCODED_NUMBER, re.X)
# A 纪要's number under its 标志 (its title): the issue of the series, perhaps after its year ('第5期', '2021年第5期'),
# or the year and serial in brackets with no 代字 ('〔2021〕3号'): the series is the title's own.
RECORD_NUMBER_RE = re.compile(rf"^(?:(?:{YEAR}\s*年\s*)?(?:第\s*(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*期"
                              rf"|[（(]第\s*\d{{1,4}}\s*期[）)])|{UNCODED_NUMBER})$", re.X)


# A 发文字号 under its field's label, as a reply form or a page's copy of one prints it ('建议字：〔2023〕8号',
# '文号：X政发〔2020〕1号'): the label names the field; the number follows its colon, with or without its 代字.
NUMBER_LABEL_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{0,5}[号字]\s*[:：]\s*"))


# A web page's strip of the document's fields copied with its text, on one line under the title: each field's label
# and its value parted by spaces or a colon ('发文字号 X府发〔2021〕1号 发布日期 2021-02-07 09:54'), perhaps after the
# page's address the copy ran into it ('http://….html发文字号 …'). The 发文字号 is the value of its own field: the
# label before it (after the line's start, a space or the address's last character), the next field's label or the
# line's end after it (the spaces between may be lost where the strip was wrapped and read back: '…1号发布日期…').
FIELD_NUMBER_RE = re.compile(either_script(
    r"(?:^|(?<=[\sA-Za-z0-9/._-]))(?:发文字号|文号)\s*[:：]?\s*(?P<number>\S+?)"
    r"(?=\s*$|\s*(?:发布|成文|发文|印发|公开|生成)(?:日期|时间)|\s*(?:来源|主题分类|索引号)\s*[:：])"))


def labelled_number(text: str) -> Optional[str]:
    """The 发文字号 a line prints under its field's label, or None; in a page's
    strip of fields, the value of its own field (FIELD_NUMBER_RE)."""
    label = NUMBER_LABEL_RE.match(text.strip())
    number = text.strip()[label.end():] if label else ""
    if not (DOC_NUMBER_RE.fullmatch(number) or UNCODED_NUMBER_RE.fullmatch(number)) \
            and (field := FIELD_NUMBER_RE.search(text.strip())):
        number = field.group("number")
        return number if DOC_NUMBER_RE.fullmatch(number) else None
    return number if DOC_NUMBER_RE.fullmatch(number) or UNCODED_NUMBER_RE.fullmatch(number) else None


# The day a web page posted the text, in figures after the number it prints under the title ('…公告2019年第5號
# 2019-9-24', the space perhaps lost): the page's, no part of the 发文字号 (GB/T 9704 7.2.4 prints nothing after
# it), nor the 成文日期.
POSTED_DAY_RE = re.compile(r"(?:\s+|(?<=[号號]))(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}$")


def posted_number(text: str) -> Optional[str]:
    """The line before the day a page posted it in figures (POSTED_DAY_RE), or None."""
    day = POSTED_DAY_RE.search(text.strip())
    return text.strip()[:day.start()] if day else None


# A 公告's or 令's serial alone after the date in the brackets under its title ('（2018年9月6日　第18號）'): the number
# GB/T 9704 10.2 gives the kinds numbered so, dated as any frame is; with no date, ORDER_NUMBER_RE reads it.
DATED_SERIAL_RE = re.compile(rf"第\s*\d{{1,4}}\s*{HAO}")


def paren_frame(text: str) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(date as printed, 发文字号 as printed) of a bracketed frame line, or
    None when the brackets hold anything else."""
    match = PAREN_RE.match(text.strip())
    if not match:
        return None
    # The number under its field's label inside the brackets, as a 公告 prints it under its title
    # ('(公告文号:某公易矿〔2026〕4号)'): the label names the field, the number follows its colon.
    inside = NUMBER_LABEL_RE.sub("", match.group("inside").strip(), count=1)
    date = DATE_RE.search(inside)
    rest = inside.replace(date.group(0), " ") if date else inside
    number = DOC_NUMBER_RE.search(rest) or UNCODED_NUMBER_RE.search(rest) or ORDER_IN_NOTE_RE.search(rest) \
        or YEAR_FIRST_NUMBER_RE.search(rest) or SHORT_YEAR_NUMBER_RE.search(rest) \
        or (DATED_SERIAL_RE.fullmatch(rest.strip()) if date else None)
    printed = number.group(0) if number else damaged_doc_number(re.sub(r"^[\s,，、;；]+|[\s,，、;；]+$", "", rest))
    # A reply's 分类标记 run on after its number inside the brackets, as an office heads its 提案 or 建议 答复 on the
    # title's line ('…提案的答复(某财字〔2022〕47号A类)'): a mark of the 版头 by the number (CLASS_AFTER_NUMBER), no
    # part of it and no other matter in the brackets.
    mark = re.match(CLASS_AFTER_NUMBER, rest[rest.index(printed) + len(printed):]) \
        if printed and number and DOC_NUMBER_RE.fullmatch(printed) else None
    rest = rest.replace(printed + (mark.group(0) if mark else ""), "", 1) if printed else rest
    if not (date or printed) or re.sub(r"[\s,，、;；]", "", rest):
        return None
    return (date.group(0) if date else None), printed


# How the name of an organ (a government body, its office, a company) ends,
# longest first so that "人民政府办公室" is read whole before "办公室".
# Signatures, issuers, hosts and 主送机关 all end so; a joint signature
# printed without a separator ("XX市发展和改革委员会XX市财政局") is split
# after each ending.
ORGAN_ENDINGS = ("人民政府办公室", "人民政府办公厅", "人民政府", "政府", "办公厅", "办公室", "军分区",
                 "管理委员会", "委员会", "管委会", "研究室", "领导小组", "党组", "局", "厅", "委",
                 # A 议事协调机构 or a temporary body a government sets up for one task signs by its own name, a
                 # group's: 'XX市美丽村庄建设专项行动组', 'XX县疫情防控工作组', 'XX协调小组'; and a 工作专班, the
                 # task force a government or its departments form of staff drawn from several organs for one task,
                 # signs its 公告 and 通知 by its own name so: 'XX专项整治工作专班', 'XX县项目攻坚专班'.
                 "行动组", "工作组", "小组", "专班",
                 # A 派驻 body of a 纪委监委 in a department ('驻厅纪检监察组', '市纪委监委驻市教育局纪检监察组'; the older
                 # '驻…纪检组') is an organ a department's 主送 names beside its offices.
                 "纪检监察组", "纪检组",
                 # A party's branch signs, and a commendation lists it, by its own name: 'XX党总支', '民盟XX总支',
                 # 'XX村党支部' (中国共产党章程 第三十条; the democratic parties' 章程 name theirs so too).
                 "总支", "支部",
                 "院", "中心", "公司", "署", "部", "会", "银行", "分行", "支行",  # a bank and its branches: 人民银行济南分行
                 "大队", "支队", "总队",  # police, fire and law-enforcement brigades: 交警大队, 消防支队
                 "调查队",  # the statistics bureau's survey office of a place: 国家统计局XX调查队
                 "海关",  # a customs house: 西宁海关, 拱北海关 (海关总署 ends in 署)
                 # A city's or county's 公安机关, its 公安局 with its branches and stations (人民警察法 第二条, 公安机关组织
                 # 管理条例 第三条), titles and signs the 通告 they issue together by that name: 'XX市公安机关'.
                 "公安机关",
                 # The 出入境边防检查机关 at a port (出境入境边防检查条例 第二条, 第四条) signs by its station's name, with a
                 # port's government a 通告 on the port's 限定区域 too: '中华人民共和国XX出入境边防检查站', 'XX边防检查站'.
                 "边防检查站",
                 # A port's 监督, the water traffic authority of a fishing port or (the older name of a 海事局) of a
                 # harbour, signs its 航行通告 by its name: '中华人民共和国XX渔港监督' (渔港水域交通安全管理条例 第四条),
                 # 'XX港务监督'; only these, not every word ending in 监督 (社会监督, 舆论监督).
                 "渔港监督", "港务监督",
                 # A 街道办事处, the 派出机关 of a district's or a city's government (地方各级人民代表大会和地方各级
                 # 人民政府组织法 第八十五条), signs as an organ: 'XX区XX街道办事处', 'XX区人民政府XX街道办事处'.
                 "办事处",
                 # A 军分区's (警备区's) organs, its 政治工作处, 动员处 and 保障处 since the 2016 reform, sign with the
                 # city's bodies what they issue jointly on 优抚 and 征兵 (军地联合行文, 党政机关公文处理工作条例 第十七条):
                 # 'XX军分区动员处' beside 'XX市民政局'.
                 "政治工作处", "动员处", "保障处",
                 # A ministry's 司, the department a State Council ministry or administration is divided into (国务院行政
                 # 机构设置和编制管理条例 第十四条), signs its own letters and statements by its name: '教育部基础教育司',
                 # 'XX局公共机构节能管理司'; and the press a body runs (its 杂志社, 报社, 出版社; the 通讯社) signs as an organ.
                 "司", "杂志社", "报社", "出版社", "通讯社",
                 # A public cultural institution (公共文化服务保障法 第十四条: 图书馆、博物馆、文化馆、美术馆、科技馆、纪念馆; the
                 # 档案馆 of 档案法 第八条) posts its notices to readers and visitors by its own name: 'XX市博物馆',
                 # 'XX县图书馆', 'XX市群众艺术馆'.
                 "图书馆", "博物馆", "文化馆", "美术馆", "科技馆", "纪念馆", "档案馆", "艺术馆",
                 # A 事业单位 a department entrusts with supervising for it signs its own notices by its name, a
                 # station's or an office's: 'XX市建设工程安全质量监督总站', 'XX县建设工程质量监督站' (建设工程质量管理
                 # 条例 第四十六条: the 建设工程质量监督机构), 'XX区卫生监督所', 'XX县农机安全监理站', 'XX市房产管理所';
                 # and one named as a 管理处, the office that manages a work for its department: 'XX区水利工程管理处',
                 # 'XX水库管理处', 'XX公路管理处' (a reply's 主送, an organ as the 站 and the 所 are).
                 "监督总站", "监督站", "监督所", "监理站", "管理站", "管理所", "管理处",
                 "办")  # the short form of 办公室: 市委办, 县政府办, “双创”办
ORGAN_ENDING = "(?:" + "|".join(map(either_script, ORGAN_ENDINGS)) + ")"  # 縣人民政府辦公室 too


# The serial number a 政府令 (命令) or a 公告 prints under its title instead
# of a 发文字号: "第 285 号", "（第1号）", "2019年第3号", the year with the
# serial in brackets, "2022(20)号", or a 发文字号 with no organ code, the
# year in brackets before the serial: "〔2022〕第1号", "〔2022〕3号"; a 主席令
# numbered anew by each 届 of the 全国人民代表大会 names it: "（九届第37号）", and
# a standing committee of a people's congress numbers its 公告 anew by each 届 too,
# the 届 in brackets of its own before the serial: "〔六届〕第十九号", "[十四届]第5号"
# (as 发文字号 bracket their year, GB/T 9704 7.2.4); a
# 通告 in brackets by its organ's short name: "（县疫情防控指挥部第1号）"; the year run
# straight into 第, its 年 left out, as a 指挥部 numbers its 公告 ("( 2022第47号)"):
# four figures and 第 are a year and its serial, cited as printed.
ORDER_NUMBER_RE = re.compile(rf"""
    ^[（(]? \s* (?:
        (?:(?P<year>\d{{4}})\s*(?P<nian>年)?\s*
           |(?P<term>[{OPEN_BRACKETS}]\s*[{CN_NUMERAL}]{{1,3}}届\s*[{CLOSE_BRACKETS}]|[{CN_NUMERAL}]{{1,3}}届)\s*
           |(?<=[（(]) (?P<organ>[\u4e00-\u9fa5]{{1,20}}{ORGAN_ENDING}) (?=第[^（）()]*[）)]$))?
        第\s*(?P<no>\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*{HAO}
      | (?P<bracketed>\d{{4}} \s* [{OPEN_BRACKETS}] \s* \d{{1,4}} \s* [{CLOSE_BRACKETS}] \s* {HAO})
      | {UNCODED_NUMBER}
    ) \s* [）)]?$
""", re.X)
NUMBERED_KINDS = ("令", "通告", "公告")  # the kinds numbered so
# A 公告's or 通告's serial a county's page prints at the foot, on a line of its own right under the 成文日期 that
# closes the text, where GB/T 9704 10.1 sets it under the 标志 ('2015年1月1日' / '第2015-1号'): the serial alone,
# '第N号', or with the year it runs in the series run in before it by a hyphen ('第2015-1号', the year's first
# announcement), cited as printed; a gazette reprinting it sets it in brackets, the day before it as its reprint form
# does a 发文字号's ('（2015年1月1日　第2015-1号）').
FOOT_SERIAL_RE = re.compile(rf"^第\s*(?:\d{{4}}\s*[-－]\s*)?(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*{HAO}$")


def foot_serial(text: str) -> Optional[str]:
    """The serial a line under a text's 成文日期 prints alone (FOOT_SERIAL_RE),
    bare or in the brackets of a reprint with the day before it, spaces
    dropped; None for any other line."""
    inside = text.strip()
    if bracketed := re.fullmatch(r"[（(](.*)[）)]", inside):
        inside = re.sub(rf"^\s*{DATE_RE.pattern}", "", bracketed.group(1), flags=re.X).strip()
    return re.sub(r"\s", "", inside) if FOOT_SERIAL_RE.match(inside) else None


# A 规章 reprinted without its 令 keeps the order's number in the note under
# its title: "（2019年3月20日市人民政府第35次常务会议审议通过 2019年4月1日荆州市人民政府令第12号公布）".
ORDER_IN_NOTE_RE = re.compile(rf"(?P<order>[\u4e00-\u9fa5]{{2,24}}令)\s*第\s*(?P<no>\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})\s*{HAO}")
# The forms a 令's number took before the 规章制定程序条例 (2001) and GB/T 9704 (10.2: '第N号' under the order's
# name) made 'XX人民政府令第N号' the one: the serial after 令 without 第 ('济南市人民政府令19号'), or the serial, perhaps
# with its year, between the organ and 令, with 第 or without ('市政府1991年第41号令', '省人民政府第5号令',
# '市政府69号令'), as the 题注 of the 规章 of those years cite their order. Cited as printed, the organ before the
# serial is the order's.
OLDER_ORDER_RE = re.compile(
    rf"(?P<order>[\u4e00-\u9fa5]{{2,24}}令)\s*(?P<bare>\d{{1,4}})\s*{HAO}"
    rf"|(?P<organ>[\u4e00-\u9fa5]{{1,24}}?{ORGAN_ENDING})\s*(?:\d{{4}}\s*年\s*)?"
    rf"(?:第\s*(?:\d{{1,4}}|[{CN_NUMERAL}]{{1,6}})|\d{{1,4}})\s*{HAO}\s*令")


def older_order_heading(text: str) -> Optional[str]:
    """A 令's 发文机关标志 printed in one of OLDER_ORDER_RE's forms, its serial
    run into the line ('沈阳市人民政府第57号令', '济南市人民政府令19号'), alone
    on the line: the order's name and its number at once, as the 令 was
    headed before GB/T 9704 (10.2) set '第N号' under 'XX人民政府令'. The
    number the 令 is cited by, as printed (without spaces), or None. A
    serial before 令 without 第 heads no such order: '某某指挥部5号令' is the
    title of a 指挥部's numbered order, its serial the order's name, as
    holdout153's records read it (a 题注 still cites '市政府69号令' so)."""
    match = OLDER_ORDER_RE.fullmatch(text.strip())
    if not match or match.group("organ") and "第" not in match.group(0):
        return None
    return re.sub(r"\s", "", match.group(0))


# The day a law library's note under a 规章's title gives its order, in figures parted by dashes or dots, in
# brackets of any shape, on the order's line or on a line of its own under it ('[市政府69号令]' / '[2000-07-31]',
# '[2007.12.18]'): the day the order was issued, the text's 成文日期, as '1991年9月20日' is in a note in words.
NOTED_FIGURE_DATE_RE = re.compile(rf"[{OPEN_BRACKETS}]\s*(?P<year>(?:19|20)\d\d)\s*(?P<sep>[-.．/])\s*(?P<month>\d{{1,2}})"
                                  rf"\s*(?P=sep)\s*(?P<day>\d{{1,2}})\s*[{CLOSE_BRACKETS}]")


# A day in figures parted by dots, dashes or slashes, alone on a line and unbracketed ('2018.12.08', '2019-06-18'):
# a web page's cell (its 发布日期 or 成文日期 set under the title among the disclosure cells), never a line of a title
# (GB/T 9704 7.3.1 words the title; 7.3.5 writes the 成文日期 in 年月日).
FIGURE_DATE_LINE_RE = re.compile(r"^(?:19|20)\d\d\s*(?P<sep>[-.．/])\s*\d{1,2}\s*(?P=sep)\s*\d{1,2}$")


def noted_figure_date(text: str, alone: bool = False) -> Optional[str]:
    """The ISO day such a bracketed date in figures gives (the line that and
    nothing else when alone), or None."""
    match = NOTED_FIGURE_DATE_RE.fullmatch(text.strip()) if alone else NOTED_FIGURE_DATE_RE.search(text)
    if not match or not (1 <= int(match.group("month")) <= 12 and 1 <= int(match.group("day")) <= 31):
        return None
    return f"{match.group('year')}-{int(match.group('month')):02d}-{int(match.group('day')):02d}"


# A 题注 tells its text's events one after another, each closed by its verb ('…常务会议审议通过 2019年4月1日荆州市
# 人民政府令第12号公布'); where the next event's day is left out the order's name runs straight on from the verb
# that closes the adoption ('…常务会议审议通过聊城市人民政府令第38号公布'): the name begins after that verb, the
# 发文机关标志 of the 令 (GB/T 9704 10.2), not inside the meeting's name before it.
NOTE_EVENT_END_RE = re.compile(either_script(r"(?:通过|批准|修订|修正)(?=[\u4e00-\u9fa5])"))


def orders_in_note(text: str) -> list[re.Match]:
    """The orders a 题注 line names, in the order printed: ORDER_IN_NOTE_RE's
    form and the older ones (OLDER_ORDER_RE), each event parted from the next
    at the verb that closes it (NOTE_EVENT_END_RE)."""
    text = NOTE_EVENT_END_RE.sub(lambda m: m.group(0) + " ", text)
    return sorted([*ORDER_IN_NOTE_RE.finditer(text), *OLDER_ORDER_RE.finditer(text)], key=lambda m: m.start())


def noted_order_name(match: re.Match) -> str:
    """The order's name a match of orders_in_note holds: '济南市人民政府令', '市政府令'."""
    return match.group("order") or match.group("organ") + "令"


def noted_order_number(match: re.Match) -> str:
    """The number an order a 题注 names is cited by: its name and serial
    ('荆州市人民政府令第12号'), an older form as printed."""
    if match.re is OLDER_ORDER_RE:
        return re.sub(r"\s", "", match.group(0))
    return order_number(match.group("order"), match)


# The state's name before the State Council's or a ministry's in its 令 ('中华人民共和国国务院令'):
# the organ is known by its own name (国务院, 商务部).
STATE_PREFIX_RE = re.compile(r"^中华人民共和国(?=国务院|[\u4e00-\u9fa5]{1,10}部)")


def order_issuer(order: str) -> Optional[str]:
    """The organ that issues an order named by its 发文机关标志 ('中华人民共和国
    国务院令' → '国务院', '国家市场监督管理总局令'): a 行政法规 is promulgated by
    the State Council's 令, a 规章 by its department's or government's (立法法
    第七十七条, 第九十二条), so the 令 a text's 题注 names is its issuer."""
    organ = order_organ(order)
    return STATE_PREFIX_RE.sub("", organ) if organ else None


# The 发文字号 of the 1980s and 1990s, before GB/T 9704-1999 set the year in 〔〕 after the 代字: the year first, in
# brackets, two digits or four, then the 代字, often with 字 and 第 ('(94)财农字第345号', '（1988）X政发字第12号').
# A 公告's serial in its year ('（2016）第2号') has no 代字: it is no such number (order_number reads it). A scanner's
# space inside the 代字 ('〔2020〕连行复 不第2号') is read through, as it is in the serial's.
YEAR_FIRST_NUMBER_RE = re.compile(rf"[{OPEN_BRACKETS}]\s*(?:\d{{2}}|\d{{4}})\s*[{CLOSE_BRACKETS}]"
                                  rf"\s*(?!第)[\u4e00-\u9fa5](?:[ \t]?[\u4e00-\u9fa5]){{0,11}}?\s*第?\s*\d{{1,4}}\s*{HAO}")


# The same period's number with the 代字 first and the year in two digits in brackets after it ('革发(79)060号',
# '京政发〔85〕12号'), as the 国家行政机关公文处理暂行办法 of 1981 had organs print it before GB/T 9704-1999 set the
# year in four: on a line of its own only, as the frame prints it (a sentence's '(79)' may be anything).
SHORT_YEAR_NUMBER_RE = re.compile(rf"(?!第)[\u4e00-\u9fa5]{{1,12}}\s*[{OPEN_BRACKETS}]\s*\d{{2}}\s*[{CLOSE_BRACKETS}]"
                                  rf"\s*第?\s*\d{{1,4}}\s*{HAO}")


def year_first_number(text: str) -> Optional[str]:
    """The line is such a 发文字号 alone (the year first, or two digits after
    the 代字): it, as printed (without spaces), or None."""
    text = text.strip()
    return re.sub(r"\s+", "", text) if YEAR_FIRST_NUMBER_RE.fullmatch(text) or SHORT_YEAR_NUMBER_RE.fullmatch(text) \
        else None


# A 发文字号 with no year, the 代字 closed by 字 and the serial after 第 ('某选字第1号', '京政字第12号'): the form
# numbers took before the year went in brackets, which an election committee still numbers its 公告 by each 届
# (the 届 is the year it would hold). A whole line of its own only, as GB/T 9704 7.2.4 sets the number; a
# sentence's opening verb ('按某选字第1号') says a wrapped line cites it.
CODED_SERIAL_RE = re.compile(either_script(r"^(?!根据|依据|按照|依照|按|依|据|经|见|以|由|根|对)[\u4e00-\u9fa5]{1,6}字")
                             + rf"\s*第\s*\d{{1,4}}\s*{HAO}$")


def coded_serial_number(text: str) -> Optional[str]:
    """The line, without spaces, when it is such a number alone, else None."""
    return re.sub(r"\s", "", text) if CODED_SERIAL_RE.match(text.strip()) else None


def coded_order_number(text: str) -> Optional[str]:
    """A 令号 printed with its organ's code, as a 发文字号 is ('渝府令第 121 号'
    → '渝府令第121号'), under the 发文机关标志 (GB/T 9704 10.2): the number a
    政府令 is cited by, whole. An order named by its organ's full name
    ('XX市人民政府令第16号') is the 令's heading, not this."""
    match = ORDER_IN_NOTE_RE.fullmatch(text.strip())
    if not match or len(match.group("order")) > 6 or ORGAN_END_RE.search(match.group("order")[:-1]):
        return None
    return re.sub(r"\s", "", match.group(0))


# The 统一登记号 a province's rules on 规范性文件 have printed at the first page's top left, where the 份号 stands
# (GB/T 9704 7.2.1): the register's letters, the year and the serial ('HNPR—2019—01001', a county's
# 'CXDR-2014-01002', '…PR-2020-00003'), or the three run together as a county's register prints them ('XXBG2025002').
# Parted by dashes, the serial is the register's count in its year, padded or not as its register numbers it: a
# city's register prints it bare ('XXGS-2018-42'); run together, three figures or more part it from the year.
REGISTER_MARK = (r"[A-Z]{2,6}\d{0,2}\s*[-—–－]{1,2}\s*(?:19|20)\d{2}\s*[-—–－]{1,2}\s*\d{1,6}"
                 r"|[A-Z]{2,6}(?:19|20)\d{2}\d{3,6}")
# The same mark run onto the 发文字号's line, the two set side by side at the head as a page prints them, the mark
# first, spaces between or none once the spaces are squashed ('XXDR-2018-00014      某政函〔2018〕79号'): the number is
# what follows the mark, opening on its 代字.
REGISTER_RUN_ON_RE = re.compile(rf"^\s*(?:{REGISTER_MARK})\s*(?P<number>[^\s\d].*)$")


def registered_number(text: str) -> Optional[str]:
    """The rest of a line that opens on a 统一登记号 (REGISTER_RUN_ON_RE): the 发文字号 set beside it, or None."""
    match = REGISTER_RUN_ON_RE.match(text)
    return match.group("number").strip() if match else None


# The marks of the 版头 beside or under the 发文字号 (GB/T 9704-2012 7.2.1-7.2.3, 7.2.6: 密级, 紧急程度,
# 签发人), and those a reply to a 建议 or 提案 is marked with, its 类别 or 办理结果 (A/B/C) and whether it
# may be made public (公开属性, '是否同意公开：是'): no 主送, which follows them.
HEAD_MARK_RE = re.compile(either_script(
    r"^(?:(?:类\s*别|签\s*发\s*人|密\s*级|紧急程度|办\s*理\s*结\s*果|公\s*开\s*属\s*性|是否同意公开)"
    r"\s*[:：]\s*[\w★、（）() ]{1,16}|特\s*急|加\s*急|特\s*提|平\s*急|[A-DＡ-Ｄ]\s*类"
    r"|(?:绝\s*密|机\s*密|秘\s*密)(?:\s*★\s*[\w]{1,8})?"  # 紧急程度 and 密级 alone, letter-spaced as printed
    # The 统一登记号 a province's rules on 规范性文件 have printed at the first page's top left, where the 份号
    # stands (GB/T 9704 7.2.1): the register's letters, the year and the serial ('HNPR—2019—01001', a county's
    # 'CXDR-2014-01002', '…PR-2020-00003'), or the three run together as a county's register prints them
    # ('XXBG2025002': the register's letters, the year, a serial of three or more figures); a mark of the 版头
    # over the 发文字号, no text of its own.
    r"|" + REGISTER_MARK + r")$"))

# The 公开属性 a reply's form prints bare under its title, by its 类别 ('公开', '依申请公开'): a mark over the 主送,
# no name in it. Only there: printed bare after a text's date it is that text's end matter, no mark over the next title.
DISCLOSURE_MARK_RE = re.compile(either_script(r"^(?:主\s*动|依\s*申\s*请|不\s*予|部\s*分|不)?\s*公\s*开$"))


def head_mark(text: str) -> bool:
    """A mark of the 版头 the 主送 may follow: HEAD_MARK_RE's, or a bare 公开属性."""
    return bool(HEAD_MARK_RE.match(text) or DISCLOSURE_MARK_RE.match(text.strip()))

# The same 类别 run on after the reply's 发文字号 on its line, bare or in brackets, as an office prints the
# 分类标记 by the number ('衡公提复〔2022〕12号（A类）', '…〔2023〕5号B类', '…号（乙类）'): a mark of the 版头, no
# part of the number and no words of a sentence after it.
CLASS_AFTER_NUMBER = either_script(r"\s*(?:[（(]\s*(?:[A-DＡ-Ｄ]\s*类?|[甲乙丙丁]\s*类)\s*[）)]|[A-DＡ-Ｄ]\s*类)")
# A line or a frame that closes on that mark after the number, bare or in the frame's brackets ('某提复〔2023〕5号B类',
# '(某财字〔2022〕47号A类)'): a reply's own 版头, as a sentence cites a text by title and number, never by the mark.
CLASSED_NUMBER_END_RE = re.compile(rf"[号號](?:{CLASS_AFTER_NUMBER})\s*(?P<bracket>[）)])?$")
# A reply's 发文字号 with the 分类标记 run on after it, its serial the 提案's own number, which for a 提案 that came
# by letter is a word ('湘教提复字〔2019〕来信号B类'): the mark after 号 says the line is the number, whatever the
# serial, as no title or sentence ends on '号B类'.
CLASSED_NUMBER_RE = re.compile(rf"^(?P<number>[\u4e00-\u9fa5]{{1,12}}\s*[{OPEN_BRACKETS}]\s*\d{{4}}\s*[{CLOSE_BRACKETS}]"
                               rf"\s*第?\s*[\u4e00-\u9fa5\d]{{1,6}}?\s*{HAO})(?:{CLASS_AFTER_NUMBER})$")


def classed_number(text: str) -> Optional[str]:
    """The number of such a line, without its mark and spaces, or None."""
    match = CLASSED_NUMBER_RE.match(text.strip())
    return re.sub(r"\s", "", match.group("number")) if match else None

# The post of a government's head signing its 令 (GB/T 9704 10.2: 签发人职务 and name):
# "省长", "市长 左大光", "自治区代主席 王正伟", "省长：赵正永".
HEAD_POST_RE = re.compile(either_script(
    r"^(?P<level>自治区|自治州|省|市|县|区|州|旗)代?(?:长|主席)(?:\s*[:：]?\s*[\u4e00-\u9fa5]{2,4})?$"))

# Any head who signs a 令 by post and name, over its date (GB/T 9704 10.2: 签发人职务,
# 签名章): "中华人民共和国主席 江泽民", "部长：薄熙来", "国务院总理 李强", "市长 左大光".
SIGNER_POST_RE = re.compile(either_script(
    r"^[\u4e00-\u9fa5]{0,16}?代?(?:主席|总理|委员长|部长|主任|署长|局长|行长|[省市县区州旗盟]长)"
    r"\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}$"))

# The 题注 under a 法规's or 规章's title: the dates it was adopted (通过, or
# 制定 where a 设区的市 makes a 法规 its province approves: 立法法 第八十一条),
# approved or amended, each by the body and session that did so, or promulgated by a
# 令, in brackets or not, one a line: "（2019年3月26日X市第X届人民代表大会常务委员会第X次会议通过）",
# "2016年10月28日 台州市第四届人民代表大会常务委员会第四十次会议通过",
# "2019年11月30日 国家市场监督管理总局令第20号公布", "1990年12月31日中华人民共和国国务院令第72号发布"
# (a 行政法规's, the State Council's 令 publishing it), or the organ alone before its verb, as the older
# 行政法规 and 规章 print it: "1987年9月23日国务院批准", "1987年11月10日公安部发布", or the 令 alone with its
# verb left out: "2017年11月22日 中华人民共和国国务院令第692号".
# A page may lose the note's opening bracket and its date's 年 and 月, the
# digits run together up to the 日 it kept ("202184日…会议通过)"): the date is
# then read as a damaged 成文日期 is (damaged_date), never guessed. A 题注 in brackets may name the month of a
# meeting and not its day ("（2008年2月XX自治县第五届人民代表大会第三次会议通过）"): a 题注 still, which dates nothing.
ADOPTION_NOTE_RE = re.compile(either_script(rf"""
    ^(?:[（(]? \s* (?:{DATE_RE.pattern} | (?P<digits>{YEAR_DIGITS}\d{{2,4}})\s*日)
      | [（(] \s* {YEAR_DIGITS} \s* 年 \s* \d{{1,2}} \s* 月 (?!\s*\d)) \s*
    (?:[^。；;]{{0,80}}? (?:会议|人民政府令|令\s*第|公告) [^。；;]{{0,40}}? (?:通过|制定|批准|[公发]布|修正|修订)
     | [\u4e00-\u9fa5、]{{1,30}}? (?:国务院|[部委局署厅院]) \s* (?:批准|[公发]布)
     | [\u4e00-\u9fa5]{{2,30}}? 令 \s* 第 \s* [\d{CN_NUMERAL}]{{1,4}} \s* 号)
"""), re.X)


def adoption_note(text: str) -> Optional[re.Match]:
    """The 题注 a paragraph opens with, when it ends there: at the paragraph's
    end or at its closing bracket (a body the measure ran on after it). A
    sentence that tells of a meeting ("2019年3月26日，市政府常务会议审议通过了…")
    goes on after its verb and is none."""
    match = ADOPTION_NOTE_RE.match(text)
    return match if match and (match.end() == len(text) or text[match.end()] in "）)") else None


# A further event a 题注 lists after the first, dated or not: approved, published (公布, 发布), in force
# ("…会议审议批准 2023年7月20日…办公厅发布", "…主席令第三十七号公布 自2001年1月1日起施行",
# "…会议通过，自2018年3月30日起施行").
FURTHER_EVENT_RE = re.compile(either_script(
    rf"[\s，,、]*(?:{DATE_RE.pattern})?[^。；;，,（）()]{{0,60}}?(?:通过|制定|批准|公布|修正|修订|修改|发布|施行)"))
# The events by which a body adopts a text, approves it or amends it; publishing it and its coming into
# force are none.
ADOPTING_RE = re.compile(either_script(r"通过|制定|批准|修正|修订|修改"))


def whole_adoption_note(text: str) -> bool:
    """The text is a 题注 and no more, each event it lists, a bracket it
    opens closed: it ends its paragraph where it is printed."""
    note = ADOPTION_NOTE_RE.match(text) or UNDATED_FIRST_EVENT_RE.match(text)
    end = note.end() if note else 0
    dated = bool(note and note.re is ADOPTION_NOTE_RE)
    while note and (more := FURTHER_EVENT_RE.match(text, end)) and more.end() > end:
        dated, end = dated or bool(DATE_RE.search(more.group(0))), more.end()
    return dated and len(text) - end <= 1 and (text[0] not in "（(" or text[-1] in "）)")


# A 题注 in brackets may name the session that adopted the text without its date, the date standing
# with the next event: "（深圳市人民政府二届90次常务会议审议通过 1998年2月6日深圳市人民政府令第68号发布）".
# Whole, it is a 题注 only with an event dated after it (whole_adoption_note).
UNDATED_FIRST_EVENT_RE = re.compile(either_script(
    r"^[（(]\s*[^年。；;，,（）()《》]{2,60}?(?:会议|人民政府令|令\s*第)[^年。；;，,（）()《》]{0,40}?(?:通过|制定|批准)"))


def adoption_date(note: re.Match) -> Optional[str]:
    """The ISO date of a 题注 (adoption_note): as printed, or the one date its
    damaged digits can be. Meetings listed before one verb adopt the text
    together ('2018年1月25日…第1732次会议、2018年3月2日…第74次会议通过'): it is
    dated by the last of them, as a joint text is by its last signer (GB/T
    9704 7.3.5.1). Events listed each with its own verb ('1990年5月30日制定，
    1995年5月24日修订，2008年4月22日…会议修正') are a text's history: it is
    dated by the first, its making, as a 题注 that lists its adoption and then
    its amendments is."""
    if note.group("digits"):
        return damaged_date(note.group("digits"))
    text = note.group(0)
    dates = list(DATE_RE.finditer(text))
    for date, following in zip(dates, dates[1:]):
        if ADOPTING_RE.search(text, date.end(), following.start()):
            return iso_date(date.group(0))  # the first event whole, its verb before the next date
    return iso_date(dates[-1].group(0)) if dates else None


# What a 题注 in brackets may note after the meeting that adopted the text: the day and the 发文字号 of the 文件 that
# issued it, and nothing after them to its closing bracket ('（1998年9月1日经第17次市政府常务会议讨论通过 1998年9月5日
# 某政发〔1998〕147号）', as a law library prints a city's 规定 that its government's 文件 issued): that number is the
# text's 发文字号 (GB/T 9704 7.2.4), printed in the note since no 版头 stands over the text.
ISSUED_SEPARATOR_RE = re.compile(r"[\s，,]*")
ISSUED_CLOSE_RE = re.compile(r"\s*[）)]")


def noted_issuing_number(text: str) -> Optional[str]:
    """The 发文字号 a 题注 in brackets notes after the adoption it opens
    with: a day perhaps, the number, then the closing bracket; as printed,
    but its brackets 〔〕 and spaces. None for any other paragraph: a note of
    the adoption alone, or of a further event with its verb (a 令 that
    promulgated the text, its approval), which the note's other readers take."""
    note = ADOPTION_NOTE_RE.match(text.strip())
    if not note or text.strip()[:1] not in "（(" or note.group("digits"):
        return None
    text = text.strip()
    at = ISSUED_SEPARATOR_RE.match(text, note.end()).end()
    day = DATE_RE.match(text, at)
    at = ISSUED_SEPARATOR_RE.match(text, day.end()).end() if day else at
    number = DOC_NUMBER_RE.match(text, at)
    close = ISSUED_CLOSE_RE.match(text, number.end()) if number else None
    return normal_doc_number(number.group(0), padded=True) if close and close.end() == len(text) else None


def one_adoption(text: str) -> bool:
    """A 题注 that dates its text: one adoption, or none but the 令 that
    promulgated it; the day it comes into force adds none. One that lists an
    approval or amendments besides (a city's 法规 approved by its province, a
    text amended since) names no one date."""
    return len(ADOPTING_RE.findall(text)) <= 1


def further_event(text: str) -> bool:
    """A line of a 题注 printed one event a line after its first: a date and
    what was done then ('2022年3月24日 《…的决定》修改', '2019年9月1日 施行')."""
    end = 0
    while (event := FURTHER_EVENT_RE.match(text, end)) and event.end() > end:
        end = event.end()  # (a verb may stand in the title it cites: '《…关于修改…的决定》修改')
    return bool(DATE_RE.match(text.strip())) and len(text) - end <= 1


# A line of a 题注 printed one event a line that is no 题注 alone: a further event
# ('2021年6月3日 施行'), or a meeting that adopts the text with the next line's
# ('2018年1月25日 最高人民法院审判委员会第1732次会议').
NOTE_EVENT_RE = re.compile(either_script(
    rf"^(?:{DATE_RE.pattern})\s*(?:[^。；;，,（）()]{{0,60}}?(?:公布|发布|施行)|[^。；;，,（）()]{{2,60}}会议)$"), re.X)


# A 介词 that opens a sentence's adverbial (状语) after its day: '2018年10月21日,经…中心检测确认,…', '…,由…
# 指挥部决定', '…,据…局通报': the organ it governs is the agent of a verb still to come, no author named bare.
# (经 is no preposition before the organs named for the economy: 经济开发区, 经开区, 经贸局, 经信局, 经管站.)
ADVERBIAL_PREPOSITION = either_script(r"经(?![济开贸信管])|由|据|在|对|因|为|按照|根据|依照|依据|遵照|通过")

# The 成文日期 and the author on one line under the title, as the compilations of the 1980s and 1990s print a
# document ('1991年9月19日,国家工商行政管理局'): the date a gazette prints in brackets there ('（1991年9月19日）'),
# the organ after its comma (a 题注's date is followed by its event, parted by a space: '2004年6月28日 XX会议通过');
# not a sentence of the body that opens on its day and a 介词 phrase, the wrap ending its line on the organ that
# phrase governs ('2018年10月21日,经中国动物卫生与流行病学中心' / '检测确认,…'): a byline names its organ bare.
DATED_BYLINE_RE = re.compile(rf"^{DATE_RE.pattern}\s*[,，]\s*(?!{ADVERBIAL_PREPOSITION})"
                             rf"(?P<organs>[\u4e00-\u9fa5（）()、]{{1,60}}?{ORGAN_ENDING})$", re.X)


def note_line(text: str) -> bool:
    """A 题注 or one line of it (NOTE_EVENT_RE), or the date and author under
    the title (DATED_BYLINE_RE): the frame under a title that the 主送机关
    follows."""
    return whole_adoption_note(text) or bool(NOTE_EVENT_RE.match(text)) \
        or bool(DATED_BYLINE_RE.match(text.strip()))


# The 破折号 (GB/T 15834 4.10) a 题注 or 副题 opens with ("——2021年1月27日在…会议上"): two em dashes, or
# what a page or a text layer gives for them: the en dash, the full-width hyphen-minus, the horizontal bar
# (GB 2312's 破折号 in some code tables) and the box-drawing line ("──2021年…在…"); an ASCII hyphen too
# where a line opens with it.
DASHES = "—－–―─"

# The compilers a 统计公报 or 普查公报 prints under its title (and its 副题 '——全县人口情况'): the 统计局, the 普查领导小组
# 办公室, the 调查队, one or more a line, then (mostly) the date: the bulletin's authors, as a 署名 over a 成文日期.
COMPILER_RE = re.compile(either_script(r"(?:统计局|普查领导小组办公室|调查总?队)$"))
COMPILER_LINES = 3  # compilers' lines under a bulletin's title, at the most


def compilers_line(text: str) -> bool:
    """Names of a bulletin's compilers alone on a line, parted by spaces (COMPILER_RE each): no list of organs
    parted by marks (a 主送's), no sentence."""
    return bool(text.split()) and len(text) <= 60 and not re.search(r"[，,、；;：:。]", text) \
        and all(COMPILER_RE.search(name) for name in text.split())
SUBTITLE_RE = re.compile(rf"^\s*[{DASHES}\-]{{1,2}}")  # a 副题 opens with a dash: "——2023年3月28日在…会议上"

# The occasion a speech or a report was delivered at, printed under its title
# (a 题注 of the text delivered at a meeting): opening with a dash or in
# brackets, the date perhaps (or its year and month alone: "——2025年6月在…会议上"), then where:
# "——2025年1月16日在…代表大会第三次会议上",
# "（2019年1月21日在…会议上）", the speaker's post and name perhaps in the same brackets after it
# ("（2013年12月23日在…会议上 …法制工作委员会副主任 信春鹰）"), or led by its date alone:
# "2019年3月2日在…会议上"; or naming the speech: "——在全市经济工作会议上的讲话".
OCCASION_RE = re.compile(rf"""
    ^(?: [{DASHES}\-]{{1,2}}\s*.{{2,80}}的?(?:讲话|致辞|发言|报告|讲稿|演讲)[）)]?
       | 在.{{2,60}}(?:上|时)的?(?:讲话|致辞|发言|报告|讲稿|演讲)[）)]?
       | (?:[{DASHES}\-]{{1,2}}\s*|[（(]\s*|(?=[0-9〇○零一二]{{4}}))(?:{DATE_RE.pattern}|{YEAR}\s*年\s*{MONTH_OR_DAY}\s*月)?
         \s*在[^。；;（）()]{{2,60}}(?:上|时)
         (?:\s+[\u4e00-\u9fa5]{{2,30}}\s+[\u4e00-\u9fa5]{{2,4}}(?=[）)]))?[）)]? )$
""", re.X)

# The occasion printed with neither dash, brackets nor 在…上: the day and the sitting alone under a report's title
# ('2024年11月27日县十八届人大常委会第二十三次会议'), a session's numbered sitting and nothing else after the date.
SITTING_LINE_RE = re.compile(rf"""^(?:{DATE_RE.pattern})\s*[^\s。，；：,;:（）()]{{2,40}}?第[{CN_NUMERAL}\d]{{1,4}}次
                                 [^\s。，；：,;:（）()]{{0,6}}?会议$""", re.X)


# The 称谓 a speech, a report or a 说明 delivered at a session opens with: the audience by their offices and
# nothing else ("主任、各位副主任、秘书长、各位委员：", "各位代表、同志们："), where a 公文 names the organs
# it is sent to (GB/T 9704 7.3.2), or one person by name and office ("王某某委员："). A standing committee
# names its first deputy 常务副主任 (地方组织法: 主任、副主任若干人; many provide a 常务副主任), so the audience
# may name that office too ("主任、常务副主任、各位副主任，秘书长，各位委员：").
AUDIENCE = r"(?:尊敬的)?(?:各位|各)?(?:常务)?副?(?:委员长|主任委员|主任|秘书长|委员|代表|来宾|嘉宾|领导|同志们?|朋友们?)"
SALUTATION_RE = re.compile(either_script(rf"^{AUDIENCE}(?:[、，,]{AUDIENCE})*[:：]$"))
# A meeting record's attendance (GB/T 9704 10.3, 纪要格式): '出席', '请假' and '列席', perhaps '…人员' and the body's
# own '本府' before them ('本府出席人员：'), then a colon and the names: who sat in, where a 公文's 主送 names the
# organs it is sent to. A scanner's spaces inside the label are none of it.
ATTENDANCE = r"(?:本[\u4e00-\u9fa5])?(?:出席|列席|请假|缺席|参加)(?:会议)?(?:人员|单位|者|名单)?"
ATTENDANCE_RE = re.compile(either_script(rf"^{ATTENDANCE}[:：]"))
# When the meeting sat: its date in the record's head ('开会日期', '会议时间'), in words or as a web page's
# timestamp ('2020-12-22 09:00:00').
MEETING_DATE = r"(?:开会|会议)(?:日期|时间)"
MEETING_DATE_RE = re.compile(either_script(
    rf"^{MEETING_DATE}\s*[:：]?\s*(?:{DATE_RE.pattern}"
    rf"|(?P<iso>(?P<iso_year>{YEAR_DIGITS})-(?P<iso_month>\d{{1,2}})-(?P<iso_day>\d{{1,2}})(?!\d)))"),
    re.X)
# The fields of a record's head, each on a line of its own: who chaired and who kept the record, then who
# attended, and when; the label before its value after a colon, or alone on its line over it ('主席' / '王某某').
RECORD_FIELD_RE = re.compile(either_script(
    rf"^(?:{ATTENDANCE}|主持人?|主席|[纪记]录人?|{MEETING_DATE})(?:[:：]|(?P<alone>$))"))


# A turn of a press conference's or an interview's record: who speaks, named by role and perhaps by name, or by
# post and name in brackets, then a colon ('主持人 黄某：', '记者：', '某某日报记者：', '主持人（省某某厅宣教处处长杨某）：');
# each turn opens a paragraph of its own.
SPEAKER_TURN_RE = re.compile(either_script(r"^(?:主持人|[\u4e00-\u9fa5]{0,10}记者)"
                                           r"(?:\s*[\u4e00-\u9fa5·]{2,5}|\s*[（(][^（）()]{2,40}[）)])?\s*[:：]"))


# The organ a 解读 names as its author in a field at its end, as the 政策解读 of a government's portal prints
# it ('解读机关：XX县农业农村局', '解读单位：', '解读部门：'), over the 解读人 and the contact lines.
EXPLAINING_ORGAN_RE = re.compile(either_script(r"^解读(?:机关|单位|部门)\s*[:：]\s*(?P<organ>\S.*?)\s*$"))
# The fields that close a 解读 as a signature closes a 公文: its organ, who explains it and how to reach them
# ('解读人：…', '联系电话：…'), each alone on its line, no sentence after its value (a body's '…,联系电话:8271
# 7780。请…' the wrap set at a line's head is none). The text ends there: a title under them opens the next one.
EXPLAINING_FIELD_RE = re.compile(either_script(
    r"^(?:解读(?:机关|单位|部门|人)|联系(?:人|电话|方式)|咨询电话)\s*[:：]\s*[^\s。，；,;！？!?][^。，；,;！？!?]*$"))

# A number to call, under its label and colon, alone on its line ('监督电话：0356——3846005', '举报电话:…', '服务热线：…'):
# figures, dashes and brackets, no sentence; a scanner's spaces read through ('监督电 话:…'). The label may name the
# office that answers it, as the contact of a 附注 does (GB/T 9704 7.3.6: '价格与收费管理股 电话:2534617'); a fax's
# number is printed the same way, under the telephone's or alone ('传真:88580908').
PHONE_FIGURES = r"\d\-—－()（）\s、,，/"  # what telephone numbers are printed with, several parted by 、 or commas
PHONE_LINE_RE = re.compile(either_script(rf"^(?:[\u4e00-\u9fa5]\s*){{0,16}}(?:电\s*话|热\s*线|传\s*真)\s*[:：]\s*[{PHONE_FIGURES}]{{5,}}$"))
# A directory of numbers to call, one office a line: its name, a colon and its number, no 电话 word in the label
# ('某某市法律援助中心：2968066', '某某仲裁委秘书处:8240399'), as a notice that opens its services lists where to
# call under the sentence that announces them ('咨询或预约电话：'). Read with the line's spaces taken out.
DIRECTORY_ROW_RE = re.compile(rf"^[\u4e00-\u9fa5（）()]{{2,30}}[:：][{PHONE_FIGURES}]{{5,}}$")
# The contact lines a reply to a 建议 or 提案 prints about its signature and date, each a field's label and its colon
# ('联系单位：县教育局', '联 系 人：张某 联系电话：…', '经 办 人：王某', '联系人及电话：…', '联系科室、人员及电话：…'):
# the 附注's contact (GB/T 9704 7.3.6) set out as a form's fields, no line of a title: a label that opens with 联系,
# a few words at most before its colon.
CONTACT_LINE_RE = re.compile(either_script(r"^(?:联\s*系(?:\s*[\u4e00-\u9fa5、]){0,10}?|经\s*办\s*人|承\s*办\s*人)"
                                           r"\s*[:：]"))
CONTACT_LINES = 4  # the contact lines a text may close with: 联系人, 联系电话, 地址, 邮箱


def over_contact(texts: list[str], k: int, name: str) -> Optional[int]:
    """The line above the contact lines that stand right over line k, the
    organ's name: a field's label that opens with 联系 and its colon
    ('联系人:…', '联系电话:…'), or a number to call under its label, the
    contact a text closes with (GB/T 9704 7.3.6), perhaps headed by the same
    organ's name alone, the office to reach ('…请向某某局反馈。' / '某某局' /
    '联系人:…' / '联系电话:…' / '某某局'), or run into the first of them as
    one paragraph. None where no contact line stands right over line k."""
    j = k - 1
    while j >= 0 and k - j <= CONTACT_LINES:
        text = re.sub(r"\s", "", texts[j])
        field = text[len(name):] if text.startswith(name) and len(text) > len(name) else text
        if len(field) > 40 or not (CONTACT_LINE_RE.match(field) or PHONE_LINE_RE.match(field)):
            break
        j -= 1
        if field != text:
            break  # the organ's name run into its first contact line, as one paragraph: the contact's head
    if j == k - 1:
        return None
    if j >= 0 and re.sub(r"\s", "", texts[j]) == name:
        j -= 1  # the organ's name over its contact, printed again under it as the signature
    return j if j >= 0 else None


# An organ named by the public-service number it answers (the 12xxx short numbers the 电信网码号资源管理办法 reserves
# for public services, the government hotline's 12345 among them, 国办发〔2020〕53号: '12345政务服务便民热线'): the
# office that runs a hotline signs as '12345政府综合服务热线管理办公室', the figures the first of its name, then the
# words that name the service the number answers. The figures are that name's, no contact number run in before it.
HOTLINE_FIGURES = r"12\d{3}"
HOTLINE_NUMBER = rf"{HOTLINE_FIGURES}(?=政务|政府|市民|便民|民生|热线|服务)"

# The same field run in after a text's body, its label one of a contact's ('联系电话:', '咨询电话:', '举报电话:') or
# the wrap having turned the figures onto a line of their own, an extension's 转 among them: the figures end on a
# digit, where the next words begin. Figures a 年, 月 or 日 follows are a date's or a year's, no number to call
# (an 附件说明's item '2、2014年…名单' alone on its line, its item number and the year that opens the file's name).
# Read in either script, as the grammar is ('投訴舉報電話:…' on a page in traditional characters).
CONTACT_NUMBERS = either_script(rf"(?:(?:联\s*系|咨\s*询|举\s*报|监\s*督|投\s*诉|电\s*话)[\u4e00-\u9fa5]{{0,6}}[:：]|^)"
                                rf"[{PHONE_FIGURES}转]{{5,60}}?(?<=\d)(?![\d年月日])")

# A form's field left blank under a notice served on a shop or a party, its short label and colon alone on the
# line ('签收人:', '执法人员：'): what the receiver fills in, under the 署名 (GB/T 9704 7.3.5), no sentence.
BLANK_FIELD_RE = re.compile(r"[\u4e00-\u9fa5]{2,6}\s*[：:]")

FIELD_HEAD = 16  # characters a record field's label and colon take, a scanner's spaces and all


def _field_head(text: str) -> str:
    """The opening of text without a scanner's spaces, and the character after it (that the
    text goes on): a long paragraph is not squashed whole for a label at its head."""
    return re.sub(r"\s+", "", text[:FIELD_HEAD]) + text[FIELD_HEAD:FIELD_HEAD + 1]


def attendance_line(text: str) -> bool:
    """An attendance list's line (ATTENDANCE_RE), read without a scanner's spaces ('本府出席 人员：')."""
    return bool(ATTENDANCE_RE.match(_field_head(text)))


def record_field(text: str) -> Optional[re.Match]:
    """A line of a record's head (RECORD_FIELD_RE), read without a scanner's spaces."""
    return RECORD_FIELD_RE.match(_field_head(text))


def meeting_date(text: str) -> Optional[str]:
    """The date of the meeting a record's head field gives ('开会日期' and its value, run into one text), as
    YYYY-MM-DD."""
    match = MEETING_DATE_RE.match(text.strip())
    if not match:
        return None
    if not match.group("iso"):
        return iso_date(match.group(0))
    year, month, day = (int(match.group(g)) for g in ("iso_year", "iso_month", "iso_day"))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# A speaker's byline: a name, perhaps after the post and a space ("周明",
# "杭州市人民政府市长 徐立毅").
SPEAKER_RE = re.compile(r"^(?:(?P<post>[\u4e00-\u9fa5]{2,24})\s+)?[\u4e00-\u9fa5]{2,4}$")


# A chronicle (大事记) is a run of entries, each opening with the day it tells of.
# The month may be printed once, as a heading ("7月") or in the title
# ("政务大事记（2019年7月）"), and left out of the entries ("1日").
UNTIL = r"\s*[—–\-－~～─―至到]\s*"  # a page may draw the dash with the box-drawing line ('1月11─14日')
# What a figure opening a line counts when it is no day: a unit, a date's or a
# list's mark ("10个…", "7时…", "3.…", "2、…"), or a range ("7—9…" is read above).
BARE_DAY_NOT = r"日月年时号个人名项家件次届期点分秒天周岁万亿元%％.．、，,:：—–\-－~～至到"
# A gazette may set each entry under a bullet, as a list's items are set ('●4月2日，…', '★8月3日 …'): the mark
# opens the entry, the date after it anchors it.
ENTRY_BULLETS = "●★◆■◇□◎•"
CHRONICLE_ENTRY_RE = re.compile(rf"""
    ^(?P<mark>[{ENTRY_BULLETS}]\s*)?                 # ●: the entry's bullet
    (?P<when>
        (?:(?P<year>{YEAR})\s*年\s*)?                 # 2019年: a full date in every entry
        (?:(?P<month>{MONTH_OR_DAY})\s*月\s*)?         # 7月: left out under a month heading
        (?:
            (?P<day>{MONTH_OR_DAY})\s*                 # 1
            (?:{UNTIL}(?:{MONTH_OR_DAY}\s*月\s*)?{MONTH_OR_DAY}\s*)?    # 1—3日, 30—8月1日
            日
            (?:{UNTIL}(?:{MONTH_OR_DAY}\s*月\s*)?{MONTH_OR_DAY}\s*日)?  # 3日至4日, 30日—8月1日
          | (?P<period>上旬|中旬|下旬|月初|月中|月底|月末)   # a part of the month
          | (?<=月)(?P<part>初|底|末)(?![一二三四五六七八九十])  # "1月初": its part after the month printed
          | (?P<bare_day>\d{{1,2}})(?:\s*[—–~～]\s*\d{{1,2}})?(?!\s*[\d{BARE_DAY_NOT}])
            # "3  省委…": the day's figure alone; "1—5" over its event: a span of days printed without 日
          | (?<=月)(?=\s*[，,])                        # "1月，…": an event known by its month alone
        )
      | (?P<same_day>同日|是日|当日|当天|[△▲])          # the day of the entry above ("△ 卢小亨…")
      | (?P<same_month>同月|本月|月内)                 # its month
      | (?P<same_year>(?:是年|同年|当年|年内|全年|年初|年底|年末|上半年|下半年
                       |(?:春|夏|秋|冬)季?(?:起|间|末)?)(?=\s*[，,]))  # "是年，", "秋季起，": the year's, no month
    )
    (?P<sep>[\s，,、：:]*)
    (?P<what>.*)$
""", re.X | re.S)


# The heading of a 目录, an issue's or a text's own: 目录, or as some print it 目次, 要目 or 本期目录, perhaps with
# its English word ('目　录 CONTENTS').
TOC_HEAD_RE = re.compile(either_script(r"^(?:本\s*期\s*)?(?:目\s*[录次]|要\s*目)(?:\s*(?i:contents))?$"))
# The heading of a long text's front matter over its first division: its own 目录, or its 前言
# (序言), as a 规划纲要 begins.
FRONT_MATTER_RE = re.compile(either_script(r"^(?:目\s*录|[前序]\s*言)$"))
# The 前言 (序言) alone: the heading of a long text's front matter, over the text's own words on its ground and aim.
PREFACE_RE = re.compile(either_script(r"^[前序]\s*言$"))
# A 目录 entry's line ends on its leaders (close or spaced) or a space, then its page, bare or
# in brackets: "…的通知……3", "…的通知 . . . . (54)", "第一章 总则……1".
ENTRY_END_RE = re.compile(r"(?:(?:[.…·・]\s*){2,}|\s)\s*(?P<open>[（(])?\d{1,3}(?(open)[）)])$")
# An entry's page the wrap put on a line of its own, with its leaders or without, bare or in
# brackets ("3", "……3", ". . . (54)", "(54)" under a line of leaders, as a scanned issue's text layer has it).
PAGE_ALONE_RE = re.compile(r"(?:[.…·・\-]\s*)*(?P<open>[（(])?(?P<page>\d{1,3})(?(open)[）)])")
# A 目录 lists a long text's tables, figures and boxes (专栏) beside its headings, each by its caption's label and a
# colon, as the caption is printed over the table ('表:“十四五”时期全县民政事业发展主要指标', '专栏2：重点工程',
# '图1 规划范围'): the colon after the label parts the label from the name, it ends no clause of a sentence.
CAPTION_LABEL_RE = re.compile(either_script(r"^(?:附?表|图|专栏)\s*[\d一二三四五六七八九十]*(?:[-－.．]\d+)?\s*[:：]"))


def _entry_sentence(text: str) -> bool:
    """The line holds a sentence's punctuation, which no 目录 entry does: a
    caption's label and its colon aside (CAPTION_LABEL_RE)."""
    return bool(re.search(r"[。；;：:，,]", CAPTION_LABEL_RE.sub("", text.strip())))


CONTENTS_LINES = 80  # lines a text's own 目录 may take before its first heading is printed again
CONTENTS_ENTRY_MAX = 40  # characters of a 目录 entry: a heading, no sentence


def own_contents(texts: list[str], skip: set[int] = frozenset()) -> set[int]:
    """A text may print its own 目录 (立法技术规范 for a code's 编章节; an
    应急预案's numbered sections, '1 总则', '1.1编制目的'): '目录' alone on its
    line, then its headings one a line, up to the line where its first
    heading is printed again over the text (an entry compared without the
    page it gives). The indexes of its entries (of the texts given: lines or
    paragraphs), the issue's own 目录 (skip) aside: no title, each entry a
    line of its own, no provision. Where the first heading is not printed
    again (the excerpt ends inside the 目录, or the page kept one row of
    it), the entries that each end on their page are the 目录: no heading
    of the text gives a page; where none gives a page, the entries that
    open with their headings' numbers are (a text printed whole may set its
    目录 over its title: _numbered_entries_end)."""
    found: set[int] = set()
    for i, text in enumerate(texts[:-1]):
        if i in skip or i in found or not TOC_HEAD_RE.match(text.strip()):
            continue
        first = _key(OWN_ENTRY_PAGE_RE.sub("", texts[i + 1].strip()))
        end = i + 1
        while end < min(len(texts), i + CONTENTS_LINES) and not (end > i + 1 and first and _key(texts[end]) == first):
            entry = texts[end].strip()
            if not entry or len(entry) > CONTENTS_ENTRY_MAX or _entry_sentence(entry) \
                    or DATE_LINE_RE.match(entry.replace(" ", "")) \
                    or end + 1 < len(texts) and TOC_HEAD_RE.match(texts[end + 1].strip()):
                break  # (a line over another '目录' is the title of the next text, whose own 目录 that is)
            end += 1
        if end < len(texts) and end > i + 1 and first and _key(texts[end]) == first:
            found.update(range(i + 1, _numbered_entries_end(texts, i, end)))
            continue
        paged = k = i + 1
        while k < end:
            k += 1
            while k < end and not opens_contents_entry(texts[k]):
                k += 1  # the lines of an entry the measure wrapped
            if not OWN_ENTRY_PAGE_RE.search(texts[k - 1].strip()):
                break
            paged = k
        if paged == i + 1 and opens_contents_entry(texts[i + 1]):
            paged = _numbered_entries_end(texts, i, len(texts))  # no pages: the entries numbered, over a title
        found.update(range(i + 1, paged))
    return found


def _fills(text: str, full: float) -> bool:
    """Whether a line of a 目录 was cut by the measure (full: its widest line):
    as wide within a character; an entry's first line, set in as a
    paragraph's first line is, two characters short of that."""
    return width(text.rstrip()) >= full - 1 - (PARAGRAPH_INDENT if opens_contents_entry(text) else 0)


def _entry_under(texts: list[str], k: int, end: int, full: float) -> bool:
    """Whether another entry of a 目录 begins under the entry that line k goes
    on with: past the lines of it that fill the measure, under its last."""
    while k < end and _fills(texts[k], full) and not opens_contents_entry(texts[k]):
        k += 1
    return k + 1 < end and opens_contents_entry(texts[k + 1])


def contents_over_title(texts: list[str]) -> int:
    """How many of a part's paragraphs open it with its own 目录 (own_contents:
    its heading and entries), printed over the title of a text printed whole
    or right under it: the text's frame and genre are read under them."""
    if not texts or not TOC_HEAD_RE.match(texts[0].strip()):
        return 0
    found = own_contents(texts)
    k = 1
    while k in found:
        k += 1
    return k if k > 1 else 0


def _numbered_entries_end(texts: list[str], i: int, end: int) -> int:
    """Where the entries of the 目录 headed at line i end (before end), when
    they open with their headings' numbers: a text printed whole (a report, a
    plan) may set its 目录 over its title, so what follows the last entry is
    its title block, numbered by nothing. A line that opens no number is the
    rest of an entry only where the measure cut it: under a line as wide as
    the widest entry line before, with another entry under it (_entry_under)
    or one cut before. Entries numbered by nothing run to end; i + 1 where the 目录
    holds one numbered entry or none, or where a sentence follows the
    numbered lines (they are the text's own headings under a bare '目录').
    An entry's name set on the line under its bare label ('第六章' / '法律责任':
    a row is the division's label and its name, 立法技术规范) is that entry's."""
    if not opens_contents_entry(texts[i + 1]):
        return end
    widest, cut, numbered = 0.0, False, 0
    k = i + 1
    while k < end and not _entry_sentence(texts[k]) \
            and not (k + 1 < len(texts) and TOC_HEAD_RE.match(texts[k + 1].strip())):  # (the next text's title)
        if opens_contents_entry(texts[k]):
            numbered += 1
        elif CAPTION_LABEL_RE.match(texts[k].strip()):
            pass  # a table's, figure's or box's entry among the numbered headings
        elif BARE_DIVISION_RE.fullmatch(texts[k - 1].strip()) and _entry_name(texts[k]):
            pass  # the name under its bare label
        elif _fills(texts[k - 1], widest) and (cut or _entry_under(texts, k, end, widest)):
            cut = True
        else:
            break
        widest = max(widest, width(texts[k].rstrip()))
        k += 1
    if k < end and _entry_sentence(texts[k]):
        return i + 1
    return k if numbered >= 2 else i + 1


# The page an entry of a text's own 目录 gives: after leaders or a space, run on after its
# heading where the page lost the tab between them ('1 总则1', '1.1 编制目的 1', '总则……3'),
# or alone on the line the measure carried it to.
OWN_ENTRY_PAGE_RE = re.compile(r"(?:(?<=[^\d\s.．])(?:(?:[.…·・]\s*){2,}|\s+)?|^)\d{1,3}$")


# The 成文日期 and the 附注 under it (GB/T 9704 7.3.5, 7.3.6) run on after the body's last sentence, as the
# text of a .doc may come, one line for the document ('…请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开) …'),
# the signature lost: the note in its brackets after the date says it is the close, no date a sentence tells.
DATE_NOTE_RUN_IN_RE = re.compile(rf"""^(?P<body>.*[。！？])\s*(?P<date>{DATE_RE.pattern})
    \s*(?P<note>[（(]此件[\u4e00-\u9fa5]{{2,6}}[）)])\s*(?P<rest>.*)$""", re.X)
# Or the 署名 run in too, between the last sentence's stop and the date (GB/T 9704 7.3.5: the signing organ, then
# the 成文日期, then the 附注 in brackets, '…的工作。某某市某某局2017年7月21日（此件主动公开）'): the words between are
# the signature when they end as an organ's name ends (the caller checks), and no sentence goes on after a stop
# with a name, a whole date and a 公开 note. The 附件说明 (7.3.4) may stand between the stop and the signature, run
# in as a table-built page keeps it ('…落实。 附件：《…》（某建质〔2020〕5号） 某某市住房和城乡建设局 2020年10月30日
# （此件公开发布）', the spaces perhaps lost): '附件：' and the annex's name up to the space, or the closing mark (a
# title's 》, its number's ）, a quote's ”), the organ's name begins after.
SIGNED_DATE_NOTE_RUN_IN_RE = re.compile(rf"""^(?P<body>.*[。！？])\s*
    (?:(?P<annex>{either_script("附件")}\s*[:：]\s*\S.*?)(?:(?<=[》）)”"」])|\s))?\s*
    (?P<signature>[\u4e00-\u9fa5（）()]{{2,30}}?)
    \s*(?P<date>{DATE_RE.pattern})
    \s*(?P<note>[（(]此件[\u4e00-\u9fa5]{{2,6}}[）)])\s*(?P<rest>.*)$""", re.X)


# A 目录 entry's leaders (four dots or more: no sentence of a 公文's body has them) and the page they
# lead to, ending a line: the entry ends there, whatever the line holds before it (a whole 目录 run
# into one line, as the text of a .doc may come).
ENTRY_PAGE_END_RE = re.compile(r"[^\d\s.．…·・](?:[.．…·・]\s*){4,}\d{1,3}$")


def ends_on_entry_page(text: str) -> bool:
    return bool(ENTRY_PAGE_END_RE.search(text.rstrip()))


def _key(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text)


# How an entry of a text's own 目录 begins: its heading's number ('第一章', '1', '1.1', '一、', '（一）').
CONTENTS_LABEL_RE = re.compile(rf"^\s*(?:第[{CN_NUMERAL}\d]+[编章节]|\d{{1,2}}(?:[.．]\d{{1,2}})*(?![\d年月日])"
                               rf"|[{CN_NUMERAL}]+、|[（(][{CN_NUMERAL}\d]+[）)])")


# A 编's, 章's or 节's label alone on its line, no name after it ('第六章', '第 六 章').
BARE_DIVISION_RE = re.compile(rf"第\s*[{CN_NUMERAL}\d]+\s*[编章节]")
CONTENTS_NAME_MAX = 16  # characters of a division's name ('法律责任', '监督检查和法律责任')


def _entry_name(text: str) -> bool:
    """A division's name alone: a few words, no sentence's or clause's mark, no label."""
    text = text.strip()
    return 0 < len(text.replace(" ", "")) <= CONTENTS_NAME_MAX and not re.search(r"[，。；：,;:！？!?、]", text) \
        and not CONTENTS_LABEL_RE.match(text)


def opens_contents_entry(text: str) -> bool:
    """A line of a text's own 目录 that begins an entry: its heading's number,
    not the page the measure carried onto a line of its own."""
    return bool(CONTENTS_LABEL_RE.match(text)) and not re.fullmatch(r"\s*\d{1,3}\s*", text)


def contents_entries(texts: list[str], wrapped: list[bool]) -> set[int]:
    """The lines that begin a paragraph in and under a text's own 目录: its
    heading, each entry, the first heading printed again, and the line
    under that. An entry the measure wrapped goes on in the next line: when
    the 目录's entries begin with their headings' numbers, a line that does
    not is the rest of the one above; when they do not, a line under one
    that fills the measure (wrapped) is."""
    contents = own_contents(texts)
    numbered = {k for k in contents if opens_contents_entry(texts[k])}
    starts = set()
    for k in sorted(contents):
        if k - 1 not in contents:
            starts.update({k - 1, k})  # the 目录 heading, and its first entry
        elif k in numbered if numbered else not wrapped[k - 1]:
            starts.add(k)
        if k + 1 not in contents:
            starts.add(k + 1)  # the first heading again, or the title block of a 目录 over it
            if k + 1 < len(texts) and opens_contents_entry(texts[k + 1]):
                starts.add(k + 2)  # and the text under that heading
    return {k for k in starts if k < len(texts)}


def order_number(title: str, match: re.Match) -> str:
    """'荆州市人民政府令' and '第 12 号' → '荆州市人民政府令第12号': an order
    or announcement titled by its organ's name alone is cited by that title
    and its serial; one with a 事由 ('关于…的通告') by its serial alone. The
    serial keeps the mark it prints: a page in traditional script prints 號."""
    hao = "號" if "號" in match.group(0) else "号"
    if match.groupdict().get("bracketed"):
        serial = re.sub(r"\s", "", match.group("bracketed"))
    elif match.groupdict().get("year_first"):
        batch = f"-{int(match.group('batch'))}" if match.groupdict().get("batch") else ""
        serial = f"〔{match.group('year_first')}〕{match.group('di') or ''}{int(match.group('serial'))}{batch}{hao}"
    else:
        year = f"{match.group('year')}{match.group('nian') or ''}" if match.groupdict().get("year") \
            else re.sub(r"\s", "", match.groupdict().get("term") or "")
        serial = f"{year}第{cn_to_int(match.group('no'))}{hao}"
        if match.groupdict().get("organ"):
            return match.group("organ") + serial  # the organ the number names is how it is cited
    named = ORGAN_END_RE.search(re.sub(r"(?:命令|令|公告|通告)$", "", title)) or order_organ(title) \
        or SESSION_NAME_RE.search(re.sub(r"公告$", "", title))
    return (title if named else "") + serial


# A people's congress's session by its name: the body, its 届 and the sitting ('…第十八届人民代表大会第二次会议'), in
# whose name its 主席团 publishes a 公告 (grammar.is_order_name).
SESSION_NAME_RE = re.compile(either_script(rf"人民代表大会第[{CN_NUMERAL}]{{1,4}}次会议$"))


# A 命令 that puts a compulsory measure in force, or commends (党政机关公文处理工作条例 第八条), is named by
# what it orders: a 戒严令, the 禁火令, 禁令 or 封山令 a government issues in the fire season (森林防火条例:
# it may 发布命令，严禁一切野外用火), a 嘉奖令, a 动员令. Its title is the organ, the matter and that word.
MEASURE_ORDER = r"(?:戒严|禁火|封山|禁|嘉奖|动员)令"


def order_organ(title: str) -> Optional[str]:
    """The organ a 令's 发文机关标志 names: its full name and 令 (GB/T 9704
    10.1), nothing else on the line: '商务部令' → '商务部', '中华人民共和国主席令'
    → '中华人民共和国主席' (the President, who promulgates laws by 主席令, 宪法
    第八十条). None for a title with a 事由 ('…关于…的命令', '…森林防火禁火令')."""
    match = re.fullmatch(r"(?P<organ>[\u4e00-\u9fa5]{2,30}?)(?<!命)令", title)
    return match.group("organ") if match and not re.search(rf"关于|的|{MEASURE_ORDER}$", title) else None


# The 附注 under the 成文日期 (GB/T 9704-2012 7.3.6): the 公开方式 an issuer
# prints ("公开方式：主动公开"), or a note in brackets ("（此件公开发布）"), or
# that note's 公开属性 formula with the brackets a page lost ("此件公开发布",
# "此件主动公开", "此件依申请公开"): '此件' and a few words ending on 公开 or 发布,
# alone on its line, which no title and no sentence of a body is.
NOTE_LINE_RE = re.compile(rf"^(?:{either_script('公开方式')}\s*[:：]\s*\S{{2,8}}|[（(][^（）()]*[）)]"
                          rf"|{either_script('此件')}[\u4e00-\u9fa5]{{0,4}}{either_script('(?:公开|发布)')}[。.]?)$")


def is_note_line(text: str) -> bool:
    """A 附注 line, not a bracketed 发文字号 or date (paren_frame). A web page
    may print it between the signature and the 成文日期 (signature,
    （此件公开发布）, date): it parts them without ending the signature."""
    return bool(NOTE_LINE_RE.match(text)) and not paren_frame(text)


# A body with no seal of its own (a 指挥部's or a 领导小组's office, a temporary body) signs with the seal of the organ
# it sits in, and the signature prints that organ's name with the note '(代章)' after it ('XX市生态环境局XX县分局
# (代章)', under the office's name or alone): a signer's line all the same, the note no part of the name. A page
# that gives the text without its seal's image may mark where it stood ('XX县教育局（盖章）', '（印章）', '（公章）'):
# the same note. The note shortened to its verb, '(代)' ('XX县社会信用体系建设领导小组办公室(代)': the office the
# organ it sits in signs for), is the same note: no organ's name ends in it.
SEAL_NOTE_RE = re.compile(either_script(r"\s*[（(]\s*(?:(?:代|盖|印|公|签)?\s*章|代)\s*[）)]\s*$"))


def unsealed(text: str) -> str:
    """A signature line without the '(代章)' note after its organ's name."""
    return SEAL_NOTE_RE.sub("", text)


# The 结束语 that closes a body ("特此公告", "特此通知。", "特此批复"), or its short form without
# 特 ("此通知", "此复", "此令", "此致"): it ends in a kind word but is never a title.
CLOSING_FORMULA_RE = re.compile(r"^(?:特此[\u4e00-\u9fa5]{2,3}|此(?:复|致|令|布|函|函复|批复|通知|通告|公告|报告))"
                                r"[。.！!]?$")

# Below the body: the list of attachments ("附件：1.…") and the copy list ("抄送：…").
# The 附件说明 (GB/T 9704 7.3.4: "附件：1.XXXX"), or its first item set right after 附件 with the
# colon left out ("附件1.XXXX", the next item under it "2.XXXX"), or the older "附：XXXX" with its title.
ANNEX_LIST_RE = re.compile(r"^附\s*(?:件\s*(?:[:：]|(?=1\s*[.．、]\s*\D))|[:：](?=\s*\S))")
# An item's number in the 附件说明, in sequence from 1: it opens the item even before a figure
# ("2.2018年民生实事任务分解表"), where elsewhere "2.2018" would be a decimal a wrapped line begins with.
ANNEX_ITEM_RE = re.compile(r"^(?P<no>\d{1,2})\s*[.．、]\s*(?P<rest>\S.*)$")


def closed_annex_list(text: str) -> bool:
    """An 附件说明 that has closed the titles and brackets it opened: a line
    under it is no more of it. GB/T 9704 7.3.5.1 sets the 署名 there, under
    the 正文 or the 附件说明, also where an excerpt ends before the date."""
    return bool(ANNEX_LIST_RE.match(text)) and text.count("《") == text.count("》") \
        and text.count("（") + text.count("(") == text.count("）") + text.count(")")
CC_RE = re.compile(r"^抄\s*送\s*[:：]")
# A file a web page links under the text, named with its extension ("附件：…名录.docx", "….pdf"):
# the name ends there, and what it names is a download, not an 附件 printed below.
FILE_NAME_END_RE = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$", re.IGNORECASE)
# The 主题词 line of the 版记 (GB/T 9704-1999, dropped in 2012 but still printed
# by many issuers): the last lines of a document, with 抄送 and 印发, never a title.
SUBJECT_WORDS_RE = re.compile(either_script(r"^主\s*题\s*词\s*[:：]"))
# The end of the 版记's 印发 line (GB/T 9704 7.4.3, "XX办公室 2018年1月17日印发") that
# the wrap or a page break left on a line of its own.
# GB/T 9704-1999 closed the line with the copies printed ('…印发（共印 65 份）').
COPIES = r"(?:\s*[（(]\s*共印\s*\d+\s*份\s*[）)])?"
PRINTED_TAIL_RE = re.compile(either_script(rf"^(?:(?:\d{{0,2}}|[〇○零一二三四五六七八九十]{{1,3}})\s*日)?\s*印\s*发{COPIES}$"))
# The whole 印发 line, its office and date before 印发: the 版记's last line, never a title's.
PRINTED_LINE_RE = re.compile(either_script(rf"[\d〇○零一二三四五六七八九十]\s*日\s*印\s*发{COPIES}$"))
# The line that opens an attachment's own text (GB/T 9704 8: "附件" and its number, alone at
# the top left): "附件", "附件2", "附件2：", "附件1." (the number's stop kept), or the older "附：", and the older
# marks that number the 附件 in Chinese numerals: "附一：", "附件二"; and "附表" ("附表1", "附表一"), under which a
# notice that sets prices or fees attaches its table after the 成文日期 as GB/T 9704 8 prints an 附件.
ANNEX_MARK_RE = re.compile(r"^附\s*(?:[件表]\s*(?:(?P<no>\d{1,2})\s*[.．]?)?\s*[:：]?|[:：]|[件表]?\s*[一二三四五六七八九十]{1,2}\s*[:：]?)$")

# 标题 = 发文机关 + 关于 + 事由 + 文种 (GB/T 9704-2012 7.2.5); a notice that passes a
# text on says so: 转发, 印发, 批转.
ABOUT_RE = re.compile(either_script("关于"))
ISSUING_WORDS = either_script("关于|转发|印发|批转")

# What a 方案, 规划, 计划 or 大事记 may carry after its kind word: its period or
# scope, each in brackets of its own ("规划（2021—2025年）（征求意见稿）"); a
# bracket that closes past other text ("规划(2021-2025年)》…的通知》(X发〔2020〕
# 43号)", a title run into a citation) is none.
QUALIFIED = r"(?:[（(][^（）()]*[）)])*"
# A government named short, as its portal names it in the titles of its meetings: '区政府', '县政府', '市人民政府'.
GOVERNMENT_SHORT = r"[省市县区州旗镇乡]人?民?政府"
# The period a chronicle's title names after its name: the year and month run in ('2020年4月'), or a part's era after
# a dash, perhaps with the part's circled number ('——社会主义现代化建设新时期②').
CHRONICLE_PERIOD = rf"(?:{YEAR}\s*年(?:\s*{MONTH_OR_DAY}\s*月份?)?|——[\u4e00-\u9fa5]{{2,24}}[①-⑳]?)?"
# The one who chairs a meeting, named after the meeting a title names by its count, as a portal's news of it is
# titled ('…第120次常务会召开某某主持'): 召开, the chair's name (two to four characters) and 主持; not a record's
# '…会议纪录' over its '主持' field, which names no one on the title's line.
CHAIRED = r"召开[\u4e00-\u9fa5]{2,4}主持"
# Kinds of documents, by the word that ends their title (in either script: 通報, 議案, 規定).
KINDS = [
    # A chronicle: 大事记, 要事记, or the month's 记事 / 纪事 ("宁波市二O一九年十月份记事"); or the month's
    # 大事要览, the name a local chronicle (a Party history office's or a 方志 office's) gives its month's entries
    # ("2020年1月大事要览"): a chronicle's name all the same, its entries each opening with the day they tell of.
    # A chronicle may run the period it covers in after its name, unbracketed ('…大事记2020年4月'), and a chronicle
    # printed in parts names a part's period after a dash ('…大事记(四)——社会主义现代化建设新时期②').
    ("大事记", rf"(?:大事|要事)记{QUALIFIED}{CHRONICLE_PERIOD}|大事要览{QUALIFIED}|[记纪]事{QUALIFIED}"),
    # A 任免 is titled by its organ, 任免 and whom it appoints and removes: 人员, a body's
    # 工作人员 or 官员 ('国务院任免国家工作人员', '国务院任免香港特区主要官员'), or 名单.
    ("任免", r"任免(?:[^\s，,。；;：:、]{0,16}?(?:人员|官员|干部))?(?:名单|通知)?|人事任免"),
    # A 主持词 is what the chair says at a meeting: a speech too; and a 发言, what a member or a newly elected head
    # delivers there ('在…会议上的表态发言', '…上的交流发言'). The speech's text as its drafter files it is titled
    # so with the draft's word after the genre's ('…上的讲话稿', '…上的讲话提纲', '…上的讲话材料').
    ("讲话", r"(?:讲话|致辞|发言|献辞|献词|贺词)(?:稿|提纲|材料)?|主持词|报告会上的.*"),
    ("通知", r"通知"),
    ("意见", r"意见(?:[（(]试行[）)])?"),
    ("办法", r"办法(?:[（(]试行[）)])?"),
    ("方案", rf"(?:方|预)案{QUALIFIED}"),  # an 应急预案 is a plan too
    ("措施", r"措施"),
    ("规则", r"规则|规程|细则"),
    ("规划", rf"规划{QUALIFIED}"),
    # A 规定 is titled by its matter ('…管理规定', '关于…的规定'); 规定 as the object of the verb that keeps to it
    # ('不按规定', '按照规定', '根据规定', '违反规定') is a sentence's words, no 文种, wherever the wrap ends a line on it.
    ("规定", r"(?<!按)(?<!按照)(?<!依照)(?<!参照)(?<!遵照)(?<!根据)(?<!依据)(?<!违反)(?<!遵守)(?<!执行)规定"),
    ("决定", r"决定"),
    ("通告", r"通告"),
    ("公告", r"公告"),  # a 文种 of its own (党政机关公文处理工作条例 第八条), not a 通告
    # A 简章 is what an organ or its personnel bureau publishes to recruit or select staff (事业单位公开招聘人员暂行
    # 规定 第十二条, 发布招聘信息: a 招聘简章, a 选调简章, a 招考简章), titled by the organ or place, the recruitment and
    # the word, a lead ending '公告如下：' and numbered parts under it, as a 公告 has: a document of its own. Not the
    # brochure a sentence names ('本简章', '该简章', '招聘简章。').
    ("简章", r"(?<![本该此])简章"),
    ("批复", r"批复"),
    # A government's account of how it handled the 建议 of 人大代表 or the 提案 of 政协委员, published without the
    # word 报告 ('关于市八届人大三次会议代表建议批评和意见的办理情况'): a report of that handling. So is what a
    # 价格主管部门 publishes of the prices it monitored over a month or a 旬 (价格监测规定: its 价格监测机构 reports
    # the results on a schedule), titled by the place, the period and the words, without 报告 ('某某县2021年10月
    # 县城主要商品价格监测情况', '某某区1月上旬价格监测分析'): a report of that monitoring.
    ("报告", r"报告|(?:建议|提案|议案|批评和意见)的?办理情况|价格监测(?:情况|分析)"),
    ("制度", r"制度"),
    ("要点", r"要点"),
    ("名单", r"名单"),
    # The division of work among a government's or an organ's leaders, published on its own under its heading
    # ('市长、副市长工作分工', '县政府领导班子成员工作分工', '区政府领导工作分工调整'): each leader's name and post, then
    # what he 负责, 分管 and 联系. Only the leaders' 工作分工 (领导, a head's post, 成员, 同志 before it), no task's
    # ('重点工作任务分工', a 方案's table of who does what).
    ("分工", r"(?:领导|[省市县区州旗镇乡]长|成员|同志)工作分工(?:调整|安排)?"),
    # A 函 that answers or approves names itself so ('…建议的答复函', '…的批复函'): one kind word, the 函 its 文种, so
    # that a title the wrap cut after 答复 or 批复 goes on to it ('…的答复' / '函', kind_word_goes_on).
    ("函", r"(?:答复|批复)?函"),
    # The 文种 of the 1950s to the 1980s that the 党政机关公文处理工作条例 no longer names: the 指示 (a
    # superior's directions on a task), the 指令 (an order on a particular matter) and the 布告 (a notice posted
    # to the public), as the 国家行政机关公文处理暂行办法 of 1981 lists them beside 命令, 决定, 通知 and 批复.
    # A title joins its 事由 to them by 的 ('…关于…工作的指示', '…的紧急指示'); a sentence's '…的重要指示' (批示精神),
    # a leader's words it cites, ends none.
    ("指示", r"(?<!重要)(?:的|紧急)指示"),
    ("指令", r"的指令"),
    ("布告", r"布告"),
    # A 告示 is what an organ posts to the public on a matter of the service it renders (a court's, an arbitration
    # institute's during an epidemic: its hours, its hearings put off), as a 布告 is: titled by the organ and the
    # word ('XX市劳动人事争议仲裁院告示', the organ's name over '告 示'), or by its matter joined by 的. Not the object
    # a sentence names ('宣传告示', '张贴告示'), its verb or modifier before it.
    ("告示", r"(?<!宣传)(?<!张贴)告示"),
    # A 声明 is what an organ states to the public on its own (a 严正声明 or 郑重声明 that a notice, a seal or a
    # meeting using its name is forged, that it never authorised an event): titled 声明 alone, by its manner
    # (严正声明, 郑重声明) or by its matter joined by 的 ('关于…的声明'), signed and dated as a 公告 is. Not the
    # closing formula (特此声明) nor a site's links (免责声明, 版权声明, 隐私声明), which state no organ's position.
    # So is a joint declaration of two or more governments (联合声明, 共同声明, a 宣言 or 共同宣言 they adopt
    # together), titled by its parties and, after 关于, its matter ('…和…关于…的联合声明'); a year in brackets after
    # it tells one of a series from the next ('…联合声明(2010年)').
    ("声明", rf"(?:(?<!特此)(?<!免责)(?<!版权)(?<!隐私)声明|(?:联合|共同)?宣言){QUALIFIED}"),
    # The other 文种 of the 党政机关公文处理工作条例 and the names of rules.
    # An order's 发文机关标志 is the organ's name and 令 (GB/T 9704 10.1), perhaps with its serial run in before
    # 令 ('XX指挥部2号令', '…第3号令', as an organ that numbers its orders titles them); the President's is
    # 主席令 (宪法 第八十条); or the order is named by the measure it puts in force (MEASURE_ORDER). A
    # commission's and the central bank's orders publish their 规章 too (立法法 第九十一条: '…委员会令', '中国人民银行令').
    ("令", rf"命令|(?:政府|[部委局署院厅会]|银行|主席)(?:第?[\d{CN_NUMERAL}]{{1,4}}号)?令|{MEASURE_ORDER}"),
    ("条例", r"条例(?:[（(]试行[）)])?"),
    ("通报", r"通报"),
    ("决议", r"决议"),
    # What a government submits to a 人大 or 政协 standing committee; not the 案 of a 争议案件 (a dispute's case) the
    # wrap cut before its 件 ('…发生的劳动人事争议案' / '件。'): 争议 is the word, 案件 the next.
    ("议案", r"(?<!争)议案"),
    ("公报", r"公(?<!政府公)(?<!务院公)报"),  # a 统计公报; not a gazette's own name (XX人民政府公报, 国务院公报)
    ("公示", r"公示"),  # names and plans put up for comment
    # An agreement two or more parties sign and a government publishes whole (行政协议 between governments, or a
    # government and a university or an enterprise): a 框架协议, 合作协议 or 协议书, a 备忘录 (合作备忘录), a 协定; its
    # parties named over its title or in it, its 甲方 and 乙方, its articles (第X条 or 一、) and a signature block of each
    # party. A document of its own, though no 公文 of the 15 kinds: no notice issues it, one only publishes it (印发).
    ("协议", rf"(?:协议书?|备忘录|协定书?){QUALIFIED}"),
    # The reply to a 人大 建议 or a 政协 提案; an office may title it with 回复 for 答复 ('对…第69号建议的回复',
    # '关于…1号建议的回复'), the word the rules on handling 建议 and 提案 use beside 答复 (办理…回复 代表). Only as the
    # reply to what it names: a 建议's, 提案's or 议案's 回复, no other '…的回复' a sentence may end on.
    ("答复", r"答复|(?:建议|提案|议案)的?回复"),
    ("请示", r"请示"),
    # A 纪要 records a meeting's 主要情况 and 议定事项 (党政机关公文处理工作条例 第八条); a gazette titles its
    # record of the government's own meetings (工作规则: 全体会议, 常务会议, 办公会议) '…常务会议情况', the
    # meeting's 纪录 or 记录 ('…市政會議紀錄'), or the meeting by its ordinal, as the government's portal lists
    # them, perhaps with 召开 or the chair before it: '市政府第103次常务会议', '…人民政府第21次常务会议召开',
    # '第36次县长办公会议召开', a body's standing meeting named by its own word after the count ('第317次主管会报',
    # '…第2122次市政会议', '新北市政府387次市政会议纪录': a count in figures may drop its 第; '召开第3次会议' names none);
    # a count in Chinese numerals after the government's term drops its 第 too ('区政府召开八届六十六次常务会议'); the
    # meeting named by the government's short name, perhaps short of its 议 ('2021年第十一次区政府常务会'), or short of
    # its 议 with the government named before the count when the chair follows ('区政府第120次常务会召开某某主持'; a
    # sentence the wrap cut there, '…市人民政府第97次常务会' / '议审议通过', names no chair); or the
    # government's 常务会议 or 全体会议 with 召开 after it and no count, as a portal's news of it is titled ('县政府常务会议召开'),
    # or with 召开 before it after the government's name or the chair's ('县政府召开常务会议', '区长某某主持召开区政府
    # 常务会议'), the head's 办公会议 too (工作规则: 县长办公会议, 区长办公会议), perhaps short of its 议 ('…主持召开区长
    # 办公会'). The meeting so named ends the title: a title that goes on after it ('…主持召开区长办公会议精神的通知') is
    # of the kind it ends in; only the one who chairs it may follow, as a portal's news of the meeting names him after
    # it (工作规则: the 常务会议 is called and chaired by the head): '区政府第120次常务会召开某某主持', '…常务会议召开
    # 某某主持' — 召开, a name of two to four characters and 主持, nothing after.
    ("纪要", rf"纪要|(?:常务|全体|办公)会议情况|会[议报][纪记]录|(?:第[\d{CN_NUMERAL}]{{1,4}}|\d{{1,4}}|届[{CN_NUMERAL}]{{1,6}})次"
            rf"(?:[\u4e00-\u9fa5]{{1,4}}?会[议报](?:召开|[纪记]录|{CHAIRED})?|{GOVERNMENT_SHORT}?(?:常务|全体)会(?:{CHAIRED})?"
            rf"|(?:常务|全体)会{CHAIRED})"
            rf"|{GOVERNMENT_SHORT}(?:常务|全体)会议(?:召开|{CHAIRED})"
            rf"|(?:{GOVERNMENT_SHORT}|主持)召开(?:(?:{GOVERNMENT_SHORT})?(?:常务|全体)|[省市县区州旗]长办公)会议?(?![\u4e00-\u9fa5])"),
    # A draft's 起草说明 (关于《…》的说明), a report of how a task was done (…完成情况说明); not a
    # table's column of notes ('产业说明'), whose header a table laid one cell a line prints alone.
    ("说明", r"(?:的|情况|起草|编制|修订|修改)说明"),
    # A 政策解读 explains a document and is titled by it ('《…》政策解读', '…关于《…》的解读'), as the
    # 政府信息公开条例 has organs publish beside what they issue; not a sentence's '解读如下'. A 政策问答
    # explains one in questions and answers ('…医疗保险政策问答'): a 解读 too.
    ("解读", r"解读|问答"),
    # The record of a press conference a government, its 新闻办 or a department holds (新闻发布会, 记者会, 记者招待会,
    # 政策吹风会, 新闻通气会; the 政府信息公开条例 第二十四条 and the 新闻发布 rules have organs publish them): titled by
    # the conference, the organ or place that held it, its theme or its day before ('…厅召开10月新闻发布会', '…市七届
    # 人大一次会议记者会', '…举行新闻发布会'), perhaps with the word for its record after (实录, 文字实录, 全文, in
    # brackets or not), or 举行 / 召开 / 举办 before 新闻发布 alone, a headline's short form. Its body is the host's and
    # the speakers' turns, each opening on the speaker's name and a colon; an online interview (在线访谈) is recorded so
    # too ('…在线访谈实录', '…访谈文字实录').
    ("发布会", r"(?:新闻发布|发布|记者|记者招待|吹风|通气)会(?:[（(]?(?:文字|现场|全程)?实录(?:全文)?[）)]?)?"
               r"|(?:举行|召开|举办)新闻发布(?!会)|(?:在线)?访谈(?:文字)?实录"),
    # A legal interpretation: the 人大常委会's of a law's article (立法法 第四十八条) and the courts' and procuratorate's
    # 司法解释 ('…若干问题的解释', '…问题的解答'), titled by what it interprets and joined to it by 的.
    ("解释", r"的解[释答]"),
    # A 司法协助 arrangement between the mainland's courts and a 特别行政区's, published as a 司法解释 is
    # ('…法院相互委托送达民商事司法文书的安排').
    ("安排", r"的安排"),
    ("准则", r"准则|守则|章程"),
    # The convention a community's or a village's meeting adopts for its members, as the 城市居民委员会组织法
    # (第十五条) and the 村民委员会组织法 (第二十七条) have it: a 居民公约, a 村规民约; a city's 市民公约 too.
    ("公约", r"公约|村规民约"),
    ("纲要", r"纲要"),
    # A 工作总结: the account an organ gives of its year's or period's work, published on its own as a 报告 is, its
    # headings the fields of that work (一、…完成情况, （一）…); the next period's plan often follows it under the
    # same title, joined by 及, 和, 与, 暨 or 以及 ('…局2022年工作总结和2023年工作计划', '…工作总结暨…工作安排', '…打算',
    # '…思路', '…要点'). The title ends on the plan's word, but the document is the 总结, a document of its own; a
    # 工作计划 alone stays a text a notice may issue (计划).
    ("总结", rf"(?:工作|情况)总结(?:(?:以及|[及和与暨、])[^，,。；;：:《》]{{0,24}}?(?:计划|打算|安排|思路|要点|谋划|设想))?{QUALIFIED}"),
    ("计划", rf"(?:行动|工作|实施)计划{QUALIFIED}"),
    # A 办事指南 (政务服务事项办事指南: its item's 设定依据, 办理条件, 申请材料, 办理流程, 办理时限, 收费标准, 咨询方式) or its
    # older name, the 办事程序 ('不动产登记办事程序'); a site that lists a series of guides under one headline names the
    # item after a bar ('2019年不动产登记办事指南|国有建设用地使用权…首次登记'): no 公文's title holds a bar.
    ("指南", r"指南(?:[|｜][^|｜]{2,40})?|指引|办事程序"),
    # A notice served on the parties it concerns (a land 转用告知书, a 权利告知书).
    ("告知书", r"告知书"),
    # A decision or reply served on the parties to a case (行政复议法 第七十五条, 行政处罚法 第五十九条, 政府信息公开条例
    # 第三十六条): a 行政复议决定书, a 驳回 or 不予受理…申请决定书, a 行政处罚决定书, a 信息公开申请答复书.
    ("决定书", r"决定书"),
    ("答复书", r"答复书"),
    # A letter an organ writes to the public or to another body, under a salutation where a 公文 has its 主送 and
    # signed and dated as one is: a 公开信 to those it names ('致全市人民的公开信'; not the 公开信息 a wrapped line
    # may end on), '致全县父老乡亲的一封信', a 感谢信, 慰问信, 表扬信 or 贺信, and an 倡议书, an appeal in a letter's form.
    ("信", r"的(?:一封)?公开信|(?:感谢|慰问|表扬|贺|一封)信|倡议书"),
    # A collection of 典型案例 an organ publishes of its own work (the 行政执法, 行政复议 and 安全生产执法 cases the
    # 行政执法公示 and 法治政府 rules have it publish, a 营商环境 bureau's cases), titled by its field, its batch or
    # its period and the words 典型案例, perhaps with its period or batch in brackets after them ('…执法典型案例
    # （第一季度）', '…第一批行政复议典型案例'), or as a 选编 or 汇编 of them: each case under its ordinal ('案例一')
    # with its 基本案情 and 处理结果. A case's own heading ('…典型案例之一') goes on past the words: no title.
    ("案例", rf"典型案例(?:选编|汇编)?{QUALIFIED}"),
]
# The elements a 办事指南 sets out under its title, each a label alone on its line or before its value after a colon,
# perhaps numbered (一、申请材料, （一）申请材料): its item's name and type, the grounds it is set on (设定依据), who
# handles it and where (受理机构, 受理窗口), whom it serves, its conditions, materials, procedure, time limits, fees,
# hours, address and the telephone to ask or complain on. A 公文's body opens on none of them alone.
GUIDE_FIELD_RE = re.compile(either_script(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?\s*"
    r"(?:事项(?:名称|类型|概述)|(?:设定|办理|实施|法定|法律|办事)依据|(?:受理|办理|实施|决定)(?:机构|机关|窗口|部门|地点)"
    r"|(?:办理|服务|申请)对象|(?:适用|办理|受理)范围|(?:办理|申请|申报|受理|前置)条件|(?:申请|申报|所需|办理|提交)材料"
    r"|[\u4e00-\u9fa5]{0,2}(?:流程|程序)|(?:办理|法定|承诺)(?:时限|期限)|收费(?:标准|情况|依据)"
    r"|(?:办理|办公)(?:地点|地址|时间)|(?:咨询|联系|监督|投诉)(?:电话|方式))\s*(?:[:：]|$)"))
# The stage of a draft, in brackets after its name (立法技术规范: 草案, 修订草案, 修正草案·二审稿,
# 征求意见稿, 送审稿), or its marking as provisional (试行, 暂行).
DRAFT_STAGE = r"[^（）()]{0,12}(?:草案|稿|试行|暂行|修订|修正)[^（）()]{0,8}"
# Any kind may be marked provisional or carry its draft's stage: …规定（试行）, …办法（暂行）,
# …条例（修订草案）, the kind word's line holding it as the line under a title may hold it alone
# (split.titles.draft_stage); or carry the serial of its batch or issue, in brackets, as a series of
# notices does (…告知书（XX县2025年度第4批次）, …公告（第3期）), or its number in the series, as a 公告 of
# a standing committee or its office does (…办公室公告（第7号）), or a series of 司法解释 on one law
# (…若干问题的解释（二）, …的补充规定（五））; or, the year first, a 公告's number in its year, set on the
# title's line (中国人民银行公告〔2006〕第3号, …公告（2016）第2号, 海关总署公告2019年第1号), and after it, as a web
# page lists it, its subject in brackets ('…公告〔2020〕第5号（标准化债权类资产认定规则）').
SERIES_NUMBER = rf"第[\d{CN_NUMERAL}]{{1,4}}{HAO}"
YEAR_SERIES_NUMBER = rf"(?:[〔［\[（(]\s*\d{{4}}\s*[〕］\]）)]\s*第?|\d{{4}}\s*年\s*第)\s*\d{{1,4}}\s*{HAO}"
LISTED_SUBJECT = r"(?:[（(][^（）()]{2,80}[）)])"
# A note's reference mark after the word it explains, '…普查公报[1]（第一号）': a 统计公报 or 普查公报 lists its
# notes (注释) under the text, the first often on its title; no word of the title, so the kind word before it ends it.
NOTE_MARK = r"(?:\[\d{1,2}\]|［\d{1,2}］)"
# A heading in lenticular brackets alone on its line, a short name and no sentence's punctuation: a collection of
# cases heads each part of a case so ('【基本案情】', '【案情简介】', '【处理结果】', '【典型意义】'; a mirror's pinyin in
# brackets after a character kept, '【案情簡(jiǎn)介】'); its part's text follows it.
BRACKETED_HEADING_RE = re.compile(r"【(?:[\u4e00-\u9fa5]|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]){2,12}】")
# A case's ordinal alone on its line at the head of the case, as a collection of 典型案例 numbers its cases: '案例一',
# '案例一：', '【案例一】', '案例1'. It heads a case, as an 议题's head heads an item: no 主送 though it ends in a colon.
CASE_ORDINAL_RE = re.compile(either_script(r"^(?:【案例[一二三四五六七八九十\d]{1,3}】|案例[一二三四五六七八九十\d]{1,3})\s*[:：]?$"))
# A question-and-answer item an organ publishes on its own (a 政策问答's or 常见问题's entry: '哪些单位可以享受…？'),
# its question for its title and its answer under it opening on 答 and a colon. The question stands alone: no
# numbering label and no 问 or 记者 before it (a question so marked is one of a series under the text's title).
QUESTION_TITLE_RE = re.compile(either_script(r"^(?!问\s*[:：]|记者|[一二三四五六七八九十\d]{1,3}\s*[、.．])[^。！!]{4,80}[？?]$"))
ANSWER_OPENING_RE = re.compile(either_script(r"^答\s*[:：]"))
# Batches of appointments, each under a heading (任命：, 免去：, the date of the decision) or a preamble
# (市人民政府决定：), one person per item (stages.genres.appointments); the heading names what the batch does,
# no 主送.
APPOINTMENT_BATCH_RE = re.compile(r"""
    ^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*   # 一、 （二）
    (?:决定)?(?:任命|免去|免职|任职|聘任|聘用|解聘|提名|委任|试用期满)           # what the batch does
    [^，,。；;：:\d]{0,8}                                                       # 人员, 职务, 名单
    [：:]?$
""", re.X)
# Or the 题注's date alone in brackets, set on the title's line instead of under it, as a list printed under a
# heading carries the day it was drawn up ('…河长、湖长名单(2021年11月22日)'), or the month a monthly list
# covers ('…任免人员名单（2021年3月）').
TITLE_NOTE_DATE = rf"[\d{CN_NUMERAL}〇○零]{{4}}年[\d{CN_NUMERAL}]{{1,2}}月(?:[\d{CN_NUMERAL}]{{1,3}}日)?"
# Or the edition of a 法规 or a list, its year in brackets, as a law library or a wiki library tells one text's
# versions apart ('…自治条例(2005年)', '…目录（2023年版）', '…条例（2010年本）'; with the revision named, '(2007修正)',
# it is a DRAFT_STAGE's); such a page may set a space between the kind word and the bracket ('…自治条例 (2005年)').
EDITION_YEAR = r"(?:19|20)\d{2}\s*年(?:版|本)?"
# Or the day a progress report's figures run to, as a 督查通报 on a year's tasks notes it after its 文种
# ('…推进情况的通报(截至11月底)', '…（截至2024年6月30日）', '(截止9月末)'): a 题注 of the title, as a list's date is.
CUTOFF_NOTE = rf"截[至止](?:[\d{CN_NUMERAL}〇○零]{{4}}年)?[\d{CN_NUMERAL}]{{1,2}}月(?:底|末|[\d{CN_NUMERAL}]{{1,3}}日)?"
# Or how many a recruitment announcement recruits, as a recruitment site heads it after the 文种 ('…招聘社区工作者公告
# (72人)', '…公开招聘工作人员简章（64人）', '（招55名）'): a 题注 of the headline, figures and 人 or 名, no sentence.
HEAD_COUNT = r"[招共]?\d{1,5}\s*[人名]"
# Or the day a page posted or updated the text, as a reposting page notes it after the 文种 ('…的通告(更新时间:4月11日)',
# '（发布时间：2022-04-11）', '(发布日期:2022年4月11日)'): a 题注 of the page, as a list's date is one of the list; its
# label, a colon perhaps and the day (its hour perhaps), no sentence and no word of the 事由.
POSTED_LABEL = r"(?:更新|发布|公布)(?:时间|日期)"
POSTED_NOTE = (rf"{POSTED_LABEL}\s*[:：]?\s*(?:\d{{4}}\s*[年\-./])?\d{{1,2}}\s*[月\-./]\s*\d{{1,2}}\s*日?"
               r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
# That note cut by the wrap right after its label's colon ('…的通告(更新时间:' / '4月11日)'): the colon ends no
# sentence, the bracket goes on.
POSTED_NOTE_CUT_RE = re.compile(rf"[（(]{POSTED_LABEL}\s*[:：]$")
PROVISIONAL = rf"{NOTE_MARK}?(?:[ \u3000]?[（(](?:{DRAFT_STAGE}|{TITLE_NOTE_DATE}|{EDITION_YEAR}|{CUTOFF_NOTE}|{HEAD_COUNT}|{POSTED_NOTE}" \
              rf"|[^（）()]{{0,16}}第[\d{CN_NUMERAL}]{{1,4}}(?:批次|批|期)" \
              rf"|{SERIES_NUMBER}|[{CN_NUMERAL}]{{1,3}})[）)]|{YEAR_SERIES_NUMBER}{LISTED_SUBJECT}?)?$"
# A 公告 or 通告 closed by its number in the series ('…办公室公告（第7号）', '…公告〔2006〕第3号'), or a 公报 (a census's bulletins
# are numbered so: '…人口普查公报[1]（第一号）'): a whole title, which a sentence citing it runs on before, not
# after (split.title_blocks).
NUMBERED_TITLE_RE = re.compile(rf"(?:[公通]告|公报){NOTE_MARK}?(?:[（(]{SERIES_NUMBER}[）)]|{YEAR_SERIES_NUMBER}"
                               rf"{LISTED_SUBJECT}?)$")
# A 公告 or 通告 titled by its organ and numbered in its series on the same line: '…办公室公告（第7号）',
# '中国人民银行公告〔2006〕第 3 号', '国家税务总局公告2018年第31号' (the 公告's number line under a title with its
# 事由, or its whole title), perhaps with the subject a web page lists it by after the number.
SERIAL_NOTICE_RE = re.compile(rf"^(?P<name>[\u4e00-\u9fa5 ]{{4,60}}[公通]告)\s*(?:[（(](?P<serial>{SERIES_NUMBER})[）)]"
                              rf"|(?P<bare>{SERIES_NUMBER})"
                              rf"|(?P<year_serial>{YEAR_SERIES_NUMBER})){LISTED_SUBJECT}?$")


def unnumbered_notice(title: str) -> str:
    """A 公告's name without the serial a page prints on its line ('…常务委员会公告（第16号）' →
    '…常务委员会公告'), as the 版头 prints it over its 第N号 (GB/T 9704 10.1); any other title as it is."""
    match = SERIAL_NOTICE_RE.match(title.strip())
    return match.group("name").replace(" ", "") if match and match.group("serial") else title


def notice_title_forms(title: str) -> list[str]:
    """The forms one 公告's title is printed in: as a web page lists it, its
    number and subject after it ('…公告〔2020〕第5号（…规则）'), the subject left
    out, and the number too (the print sets it under the title)."""
    if not NUMBERED_TITLE_RE.search(title):
        return [title]
    numbered = re.sub(rf"{LISTED_SUBJECT}$", "", title.strip())
    return [title, numbered, re.sub(rf"\s*{YEAR_SERIES_NUMBER}$", "", numbered)]


# The 期号 of a numbered series of circulars (a 督查通报, 督办通报 or 督查专报 is issued as one: '督查通报〔2024〕第9期',
# printed over the title where a 发文字号 stands, GB/T 9704 7.2.4) that a portal runs onto the title's line before a
# colon: the series' name (a word ending in 通报, 专报, 快报 or 简报), the year in brackets, 第N期; then the title.
ISSUE_SERIAL_LEAD_RE = re.compile(either_script(
    r"^(?P<serial>[\u4e00-\u9fa5]{0,6}(?:通报|专报|快报|简报)\s*[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*"
    r"第\s*\d{1,4}\s*期)\s*[:：]\s*(?P<title>\S.*)$"))


def issue_serial(title: str) -> Optional[tuple[str, str]]:
    """A title's line that opens on its series' 期号 and a colon
    (ISSUE_SERIAL_LEAD_RE): the serial, the document's number, and the
    title after the colon, which ends on a 文种; None for any other."""
    match = ISSUE_SERIAL_LEAD_RE.match(title.strip())
    if not match or not kind_of(match.group("title")):
        return None
    return re.sub(r"\s", "", match.group("serial")), match.group("title")


def serial_notice_number(text: str) -> Optional[str]:
    """Such a line's number, as the 公告 is cited: its organs and kind, then
    the serial ('…公告第7号', '…公告〔2016〕第2号' for '…公告（2016）第 2 号')."""
    match = SERIAL_NOTICE_RE.match(text.strip())
    if not match:
        return None
    serial = match.group("serial") or re.sub(r"\s", "", match.group("bare") or match.group("year_serial"))
    return match.group("name").replace(" ", "") + re.sub(r"^[［\[（(](\d{4})[］\]）)]", r"〔\1〕", serial)


# One alternation finds where a kind word ends a title; each kind's own
# pattern then names it. A plain alternation of words is searched ~3× faster
# than one of named groups (every pattern begins with a character, none with
# a lookbehind, so the regex engine skips the positions no kind can start at),
# and the title finder asks for the kind of every line and run of lines.
# The 15 文种 of the 党政机关公文处理工作条例 (第八条) and the older ones it dropped (指示, 指令, 布告; and the 告示 an
# organ posts to the public as a 布告 was), and the 说明 a body delivers on its own (a
# draft's 起草说明 to a 人大, a report of a task done) and the 解读 it publishes of what it issued: a
# document's own kinds, as against the texts (规定, 办法, 方案, 名单, 规则) a document issues, forwards or
# attaches; and a letter, which an organ sends on its own as it sends a 函; and a collection of 典型案例, which an organ
# publishes on its own as it publishes a 通报 of what it handled (a notice that issues one keeps it as its part); and
# the record of a press conference, which its organ publishes on its own as it publishes a 解读 (no 公文 issues one);
# and a 工作总结, the account of a year's work an organ publishes on its own as it publishes a 报告; and a 简章, the
# recruitment brochure an organ publishes on its own as it publishes a 公告.
DOCUMENT_KINDS = frozenset(("决议", "决定", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示",
                            "批复", "议案", "函", "纪要", "说明", "解读", "信", "指示", "指令", "布告", "告示", "案例", "发布会",
                            "总结", "协议", "声明", "简章"))
# The kinds of an instrument its parties sign (an agreement, a joint declaration), which a treaty series or a
# government's page prints with the day, and the place, it was signed right under its title or after it on its line
# ('2010年3月21日', '2023年7月10日于北京市'), where a 公文 has its 发文字号.
SIGNED_KINDS = ("协议", "声明")
# The place after the day an instrument was signed ('2023年7月10日于北京市', '…于达卡签署'): 于 and a short name.
SIGNED_PLACE_RE = re.compile(either_script(r"于[\u4e00-\u9fa5]{2,6}?(?:签署|签订|签字)?$"))


def signed_day(text: str) -> Optional[str]:
    """The day alone on its line, or with the place it was signed at after 于
    ('2023年7月10日于北京市'), as an agreement or a joint declaration prints
    it under its title or at its foot: the day, ISO, or None."""
    squeezed = text.replace(" ", "")
    day = SIGNED_PLACE_RE.sub("", squeezed) if DATE_RE.match(squeezed) else squeezed
    return iso_date(day) if day.endswith("日") and DATE_LINE_RE.match(day) else None
KIND_RE = EndAnchoredAlternatives([either_script(p) for _, p in KINDS], either_script(PROVISIONAL))
KIND_PATTERNS = [(name, re.compile(either_script(f"(?:{p}){PROVISIONAL}"))) for name, p in KINDS]


# A 转发 or 批转 title that closes on the forwarded text's own title in 《》, the notice's '的通知' left off
# ('XX局转发财政部、水利部《关于颁发〈…办法〉的通知》'): the verb, the forwarded issuers, the quoted title.
FORWARDED_QUOTE_RE = re.compile(either_script(r"(?:转发|批转)(?P<organs>[\u4e00-\u9fa5、]{2,60})《(?P<title>[^《》]+)》$"))


# A reply to a 建议 or 提案 that a site lists with the subject of what it answers after its own title and a colon
# ('对县十八届人大五次会议第3号建议的答复：某某小学筹建风雨操场的建议'), or in brackets closing the title
# ('…第033号提案的答复(关于疏通某某路的建议)'): the reply's kind, the subject no part of it. Only a reply's kinds
# take it, and only a subject that is a 建议's, 提案's or 议案's.
ANSWERED_SUBJECT_RE = re.compile(either_script(r"^(?P<reply>.{6,80}?(?:建议|提案|议案).{0,12})(?:[:：]"
                                               r"(?P<subject>[^:：，。；,;]{2,60}(?:建议|提案|议案))"
                                               r"|[(（](?P<bracketed>[^:：，。；,;()（）]{2,60}(?:建议|提案|议案))[)）])$"))
REPLY_KINDS = ("答复", "函", "意见")
# The same title's first line where the wrap fell right after its colon ('对…第3号建议的答复：' / '…风雨操场的建议').
ANSWERED_LEAD_RE = re.compile(either_script(
    r"^(?P<reply>.{6,80}?(?:建议|提案|议案).{0,12})[:：][^，。；：、,;:！？!?“”《》()（）]{0,20}$"))


def answered_lead(text: str) -> bool:
    """The line is a reply's title up to the colon its answered subject follows ('…第3号建议的答复:'), the wrap
    having cut there or a few words into the subject ('…的答复:镇西镇' / '中心小学筹建风雨操场的建议')."""
    lead = ANSWERED_LEAD_RE.match(text.replace(" ", ""))
    return bool(lead) and kind_of(lead.group("reply")) in REPLY_KINDS


# A news site's headline that names the 文种 first, as the column it files the text under, then a bar and the matter
# ('公告 | 某某县人大常委会将对这些部门开展专项工作评议', '通知｜…'): one of the 15 文种 of 党政机关公文处理工作条例
# 第八条 (or 公示) alone before the bar, one run of the matter after it (a table's row holds more bars).
COLUMN_KIND_RE = re.compile(either_script(r"^\s*(?P<kind>决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|公示)"
                                          r"\s*[|｜]\s*[^|｜\s][^|｜]{3,80}$"))


@lru_cache(maxsize=1 << 16)  # asked of every line and run of lines, many times over, while titles are sought
def kind_of(title: str) -> Optional[str]:
    """The 文种 that ends the title (GB/T 9704 7.2.5); a 转发 title that ends
    on the forwarded title in 《》 is of that title's kind, as long as what
    stands between the verb and the 《 is the forwarded organs' names; a news
    site's headline that names its 文种 first, before a bar and the matter
    (COLUMN_KIND_RE), is of that kind, though none ends it."""
    match = KIND_RE.search(title)
    if not match:
        if column := COLUMN_KIND_RE.match(title):
            return column.group("kind")
        quoted = FORWARDED_QUOTE_RE.search(title.replace(" ", ""))
        if quoted and all(ORGAN_END_RE.search(name) for name in quoted.group("organs").split("、")):
            return kind_of(quoted.group("title"))
        answered = ANSWERED_SUBJECT_RE.match(title.replace(" ", ""))
        if answered and kind_of(answered.group("reply")) in REPLY_KINDS:
            return kind_of(answered.group("reply"))
        return None
    return next(name for name, pattern in KIND_PATTERNS if pattern.match(title, match.start()))


def kind_word_goes_on(title: str, following: str) -> bool:
    """The character after a title's kind word makes a longer kind word of it
    ('…行政复议决定' / '书', '…申请答复' / '书': a 决定书, an 答复书): the title
    ends no sooner, whatever comes after (a 发文字号 whose 代字 the 书 would
    seem to open, or the sentence the kind word was cited in)."""
    if not following:
        return False
    shorter, longer = KIND_RE.search(title), KIND_RE.search(title + following[0])
    return bool(shorter and longer) and longer.start() <= shorter.start()


def iso_date(text: str) -> Optional[str]:
    match = DATE_RE.search(text)
    if not match:
        return None
    year, month, day = (cn_to_int(match.group(g)) for g in ("year", "month", "day"))
    if not (year and month and day) or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# A 成文日期 whose 年, 月 and 日 extraction lost: the digits alone run together
# ("2024228"), or run together with the closing 日 kept ("201893日": only
# the 年 and 月 lost), or parted by the spaces that stood for the lost characters
# ("2017 6 23"), perhaps after a bracket the page left stray ("{ 2017 6 23"),
# or after the 年 the page kept ("2023年127": 月 and 日 lost, three or four
# figures after it); or only its closing 日 lost, the date's last character ("2018年3月13"); or
# the year's figures lost before 年, the rest whole ("年3月21日"), which still
# closes the signature above it but names no year; or its day left off, the
# year and month alone ("2006年12月", "二〇〇六年十二月": GB/T 9704 7.3.5 writes
# the 成文日期 with its day, a page that prints the month only still closes the
# signature with it), which names no day. Read only where GB/T 9704
# 7.3.5 prints the date, under the signature, and only when one split of month
# and day is a date.
DAMAGED_DATE_RE = re.compile(rf"""
    ^(?:[{{{OPEN_BRACKETS}]\s*)?                                          # a stray opening bracket
    (?: (?P<year>{YEAR_DIGITS}) (?: (?:\s*年\s*(?=\d{{2,4}}日?$))? (?P<rest>\d{{2,4}})日?   # 2024228, 201893日, 2023年127, 2026年18
                                | (?:\s+|\s*年\s*)(?P<month>\d{{1,2}})      # 2017 6 23, 2018年3月13
                                  (?:\s+|\s*月\s*)(?P<day>\d{{1,2}}) )
      | 年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日                                # 年3月21日
      | {YEAR}\s*年\s*{MONTH_OR_DAY}\s*月 )$                                  # 2006年12月, no day
""", re.X)


# A 成文日期 line a web page rendered twice, each copy with its 年月日 lost and the two run together
# ('20197192019719': '2019719' twice, one date field the page's template printed two ways): figures alone, the same
# run twice. It stands where the 成文日期 stands (GB/T 9704 7.3.5), under the signature, and is read as no date: the
# converter does not choose a copy.
GARBLED_DATE_RE = re.compile(r"(?P<once>(?:19|20)\d{4,6})(?P=once)")


def damaged_date_line(text: str) -> bool:
    """A 成文日期 line extraction damaged, where GB/T 9704 7.3.5 prints the date under the signature: its 年月日
    lost ('2018525', DAMAGED_DATE_RE) or the line printed twice so (GARBLED_DATE_RE)."""
    text = text.strip()
    return bool(DAMAGED_DATE_RE.match(text) or GARBLED_DATE_RE.fullmatch(text))


def damaged_date(text: str, latest: Optional[str] = None) -> Optional[str]:
    """The ISO date a damaged date line can only be ("2024228" → 2024-02-28,
    "201893日" → 2018-09-03, "2017 6 23" → 2017-06-23, "2026年18" (its 年 kept, the month's
    and the day's one figure each) → 2026-01-08, "2023107" → 2023-10-07, not 1 and 07, a day
    padded under a month that is not; "2024112", 1 December or 11 February, and
    "年3月21日", of no year, are none). A day after latest (the day of the
    gazette issue that prints the text, written by then) is no reading:
    "2024115" in an issue of 15 January 2024 is the 15th, not 5 November."""
    match = DAMAGED_DATE_RE.match(text.strip())
    if not match or not match.group("year"):
        return None
    year, rest = int(match.group("year")), match.group("rest")
    splits = [(rest[:k], rest[k:]) for k in (1, 2) if 1 <= len(rest) - k <= 2] if rest \
        else [(match.group("month"), match.group("day"))]  # the month's digits, the day's the rest
    readings, padded = set(), set()
    for month, day in splits:
        try:
            reading = datetime.date(year, int(month), int(day)).isoformat()
        except ValueError:
            continue
        if latest and reading > latest:
            continue
        readings.add(reading)
        if len(month) == len(day) or not (month.startswith("0") or day.startswith("0")):
            padded.add(reading)
    if len(readings) > 1:  # a date pads both its month and its day to two figures or neither ('2023年10月7日',
        readings = padded  # '2023年01月07日'): '2023107' is 10 and 7, not 1 and 07
    return readings.pop() if len(readings) == 1 else None


def normal_doc_number(text: str, padded: bool = False) -> Optional[str]:
    """The 发文字号 in the text, its brackets 〔〕 and its spaces dropped; padded keeps the serial's figures as
    printed: GB/T 9704 (7.2.4) numbers with no 虚位 (1, never 01), but an issuer that pads its serials
    ('某自然资矿告〔2025〕0001号') prints its own number so, and the record keeps it."""
    match = DOC_NUMBER_RE.search(text)
    if not match:
        return None
    batch = re.search(r"\d\s*[-－]\s*(\d{1,3})\s*\S$", match.group(0))  # one notice of a 征地 batch: '…25-4号'
    nian = "年" if re.search(rf"[{CLOSE_BRACKETS}]\s*年", match.group(0)) else ""  # kept as printed: '(2021)年25-4号'
    serial = match.group('serial') if padded else int(match.group('serial'))
    place = re.sub(r"\s", "", match.group("place") or "")  # the place's code before an enforcement 代字, as printed
    series = re.sub(r"\s", "", match.group("series") or "")  # its case's series letter, as printed ('k-39号')
    # The 发文机关标志 ends with 文件 (GB/T 9704-2012 7.2.3), the 发文字号 under it (7.2.4); a page that runs the two
    # onto one line ('某某县委办公室文件 某办发〔2020〕4号') puts the 版头's last words before the 机关代字, which never
    # holds 文件 (元办发, 国办发): the number is what follows it.
    prefix = match.group("prefix").rsplit("文件", 1)[-1]
    return f"{place}{prefix}〔{int(match.group('year'))}〕{nian}{match.group('di') or ''}{series}{serial}" \
        + (f"-{int(batch.group(1))}" if batch else "") + match.group("hao")


ORGAN_END_RE = EndAnchored(re.compile(ORGAN_ENDING + "$"))
# An organ's name ends so unmistakably: a one-character ending (会, 局, 部) ends
# other words too (社会, 大局, 全部), and a line of such words is no signature.
ORGAN_NAME_END_RE = EndAnchored(re.compile(
    "(?:" + "|".join(either_script(e) for e in ORGAN_ENDINGS if len(e) > 1) + ")$"))
ORGAN_NAME_RE = re.compile(ORGAN_ENDING)  # an ending anywhere in a run of names


COMMITTEE_END_RE = re.compile(r"委[员員][会會]$")  # a 委员会's ending, which its short name gives as 委
OFFICE_END_RE = re.compile(either_script(r"办公[室厅]$"))  # an office's ending, which its short name gives as 办
NAME_DASH_RE = re.compile(r"[—\-－]")  # a dash inside a name, of whatever shape


def same_body(short: str, full: str) -> bool:
    """A title names its issuer as it likes (国务院, 市政府办公室, XX交警大队)
    and the signature in full (中华人民共和国国务院, XX市人民政府办公室,
    XX交通警察大队): a short name (简称) keeps the full name's characters in
    order, and the same organ-name ending; a 委员会 is called 委 in its short
    name (XX市发展改革委 for XX市发展和改革委员会, 卫生健康委), an 办公室 办 (XX县安委办
    for XX县安全生产委员会办公室, 市政府办); the dash that joins
    two places' names may be typed as a hyphen in one and a dash in the other
    ('太统-崆峒山…管理局', '甘肃太统—崆峒山…管理局')."""
    short, full = NAME_DASH_RE.sub("", short), NAME_DASH_RE.sub("", full)
    full = COMMITTEE_END_RE.sub("委", full) if short.endswith("委") else full
    full = OFFICE_END_RE.sub("办", full) if re.search(either_script("办$"), short) else full
    ends = [ORGAN_END_RE.search(name) for name in (short, full)]
    if not all(ends) or not full.endswith(ends[0].group(0)):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


# 标题 = 发文机关 + 事由 + 文种, 关于 left out (GB/T 9704 7.3.1) where the 事由 opens with the year it
# covers: "XX县审计局2022年度政府信息公开工作年度报告". No organ's name holds a year, so the whole name before it,
# an office or department of a government too ("XX市人民政府办公室2022年…"), is the organ the title names. The
# 政府信息公开工作年度报告 every organ publishes (政府信息公开条例 第五十条) is named so with or without the year, whose
# 年 may be dropped before that 事由 ("XX区教育局政府信息公开…", "XX委员会2021政府信息公开…").
YEAR_TITLE_RE = re.compile(
    rf"^(?P<issuer>[\u4e00-\u9fa5]{{2,30}}?{ORGAN_ENDING})(?:{YEAR}\s*年|(?:{YEAR}\s*)?(?=政府信息公开))")
# 标题 = 发文机关 + 事由 + 文种, 关于 left out where the 事由 opens with a quoted term, the name of a scheme or a
# campaign ("XX县教育体育局“双随机、一公开”抽查工作细则", "XX局“放管服”改革实施方案"): a quotation mark opens no
# organ's name, so the whole name before it is the organ the title names. Not an incident's name, its date in
# figures quoted ('XX有限公司“11·5”一般触电事故调查报告'): the body named before it is the one it befell, the party an
# inquiry reports on, not the report's author.
QUOTED_SUBJECT_TITLE_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fa5]{{2,30}}?{ORGAN_ENDING})"
                                     r"(?=[“「『\"](?![\d\s·.．•・]+[”」』\"]))")
# A title that names the place its 事由 covers and the year, with no organ's name: a 统计公报's, compiled by the
# place's 统计局 for the place ("XX市2019年国民经济和社会发展统计公报", "2019年XX省XX县国民经济…统计公报").
# A sentence opens with its verb ("根据XX市2019年…") before any place. A 乡 or 镇 is such a place too, the report of
# its year named so by its government ("XX乡2020年政府信息公开工作年度报告", "XX镇2021年…"); not the 乡镇 a sentence
# takes together ('各乡镇2022年…', '全镇', '我镇', '本镇').
PLACE_YEAR_TITLE_RE = re.compile(either_script(
    rf"^(?!为|根据|按照|依据|依照|经|据|在|对|从)(?:(?:[\u4e00-\u9fa5]{{2,10}}?[省市县区州旗盟]"
    rf"|(?!各|全|本|我|该|乡镇)[\u4e00-\u9fa5]{{2,10}}?(?<!乡)[乡镇])\s*{YEAR}\s*年"
    rf"|{YEAR}\s*年\s*[\u4e00-\u9fa5]{{2,10}}?[省市县区州旗盟](?!政府|人民|委|局|办))"))
# A 决议 is what a meeting adopts (党政机关公文处理工作条例 第八条): titled by the session of the body
# that adopted it, "第十届全国人民代表大会第四次会议关于…的决议", that session is its author.
SESSION = rf"[\u4e00-\u9fa5]{{2,30}}?(?:{ORGAN_NAME_RE.pattern})" + either_script(rf"第[{CN_NUMERAL}\d]{{1,4}}次会议")
SESSION_RE = re.compile(rf"^{SESSION}$")
# The words a zone's kind is made of, as 县 or 市 ends a county's or a city's name: 经济技术开发区, 高新技术产业开发区,
# 综合保税区, 工业园区. A zone's 管委会 governs it as a government governs its county (a 派出机构 of the city's), so a
# zone's full name, its place and its kind ('某某经济技术开发区'), begins an organ's name as a county's does, though
# longer than the level's six characters after the place allow.
ZONE_WORDS = r"(?:经济|技术|高新|产业|开发|综合|保税|工业|出口|加工|园)"
# How an organ's name begins: a place (…省/市/县/区/州), or 中共/中央/国家/国务院/
# 中国/共青团, or the state's full name before a central organ's or its post's
# ('中华人民共和国XX海关', '中华人民共和国XX边防检查站'). Where the second name of a joint signature printed without a
# separator may begin; a signature line that begins otherwise ("组办公室") is
# the rest of a name the measure wrapped. An autonomous area is named by its
# place, its peoples and its level (民族区域自治法 第十二条: "前郭尔罗斯蒙古族自治县",
# "长阳土家族自治县"), a name longer than other places' that ends 族自治县 (旗, 州, 区); a zone by its place and
# its kind (ZONE_WORDS: "某某经济技术开发区"). 法治 before 省, 市, 县 or 区 ends no place but names the aim a Party
# committee's commission is named by (中共XX市委全面依法治市委员会, as 中共中央全面依法治国委员会): the rest of that
# name (长治市 is a city).
ORGAN_START_RE = re.compile(either_script(
    r"^(?:中华人民共和国|中共|中央|国家|国务院|中国|共青团|[\u4e00-\u9fa5]{1,24}?族自治(?:区|州|县|旗)"
    r"|[\u4e00-\u9fa5]{0,6}?(?:自治区|(?<!法治)[省市县区]|州|盟|旗)"
    r"|[\u4e00-\u9fa5]{2,6}?" + ZONE_WORDS + r"+区)"))


# A zone's kind with no place before it ('经济技术开发区', '技术开发区', '高新区', '新区', '综合保税区'): the words a
# zone's name ends in, as 市 ends a city's, never a place of its own; what the wrap leaves of the name at the head
# of a line ('中共XX经济技术开发区委 XX经济' / '技术开发区管理委员会关于…').
ZONE_KIND_RE = re.compile(either_script(rf"^(?:{ZONE_WORDS}|新)+区$"))


def from_its_place(name: str) -> bool:
    """The name begins with a place's full name ("广西壮族自治区…", "定州市…"),
    or 中共, 国家…, not a level alone ("市财政局") nor a zone's kind alone
    ("技术开发区管理委员会": ZONE_KIND_RE)."""
    place = ORGAN_START_RE.match(name)
    return place is not None and len(place.group(0)) > 1 and not ZONE_KIND_RE.match(place.group(0)) \
        and not ONE_CHARACTER_PROVINCE_RE.match(place.group(0))


SIGNER_CHARS = (5, 30)  # a name from its place on: a county's and a word of its own at least, a long one at most
SIGNER_RE = re.compile(r"^[\u4e00-\u9fa5（）()“”]+$")  # one run of words, a bracketed or quoted one in it


def named_by_its_place(text: str) -> bool:
    """A name over the 成文日期 is the signer's whatever it ends in (GB/T 9704
    7.3.5.1: the 署名 stands alone on the line over the date): the bodies that
    sign are more than any list of endings holds (a 站, a 所, a 场, a
    学校). A line that opens on a place's full name and is one run of words,
    no sentence, no title and no head's post and name ('自治区主席陈武', a 令's),
    is such a name."""
    text = text.strip()
    return SIGNER_CHARS[0] <= len(text) <= SIGNER_CHARS[1] and bool(SIGNER_RE.match(text)) \
        and from_its_place(text) and not kind_of(text) and not ABOUT_RE.search(text) \
        and not SIGNER_POST_RE.match(text) and not WHOLE_PLACE_RE.match(text) and not PEOPLE_END_RE.search(text)


# A place named by a pronoun or 全 ('全县', '本市', '我区', '各乡镇') is no body's name: the words that follow it are a
# sentence's or a call's ('全县人民团结起来'); and the people a text calls on, a place's public ('清河县各族干部群众',
# '全市广大青年朋友们'), sign nothing, an 倡议书's or a letter's 称谓 in the place of a signature.
WHOLE_PLACE_RE = re.compile(r"^[全本我各该此][省市县区州旗盟镇乡村]")
PEOPLE_END_RE = re.compile(either_script(r"(?:群众|人民|朋友们?|同志们?|干部|居民|市民|村民|青年|职工|师生|家长|同胞|网友)$"))


# A letter's 问候语 (its greeting) set on a line of its own under the 称谓 ('您好！', '大家好!', '同志们好！'): the
# courtesy a letter, an 倡议书 or a 公开信 opens its body with, no sentence of it.
GREETING_LINE_RE = re.compile(either_script(r"^(?:您|你|大家|各位|同志|朋友)们?好[!！。]?$"))
GREETED_MAX = 40  # characters of a letter's 称谓 (grammar.LETTER_SALUTATION_MAX)


def greeted(text: str, below: str) -> bool:
    """A letter's 称谓 whose colon the page lost: whom the letter addresses, the people by their class
    ('亲爱的市民朋友们', '全县广大青年', PEOPLE_END_RE), no sentence's mark in it, right over the greeting the
    letter sets on a line of its own (GREETING_LINE_RE: '您们好！'). A line of a sentence goes on with words,
    never with a greeting alone, so the two are the 称谓 and the 问候语 a letter opens with where a 公文's 主送
    stands (GB/T 9704 7.3.2)."""
    text = text.strip()
    return 2 <= len(text) <= GREETED_MAX and not re.search(r"[。；;！？!?:：，,\s]", text) \
        and bool(PEOPLE_END_RE.search(text)) and bool(GREETING_LINE_RE.match(below.strip()))


# Every province's name holds two characters or more before 省 (河南省, 黑龙江省): one character and 省 is what a
# wrap leaves of one at a line's head ('…名单 湖' / '南省人民政府'), no place.
ONE_CHARACTER_PROVINCE_RE = re.compile(r"^[\u4e00-\u9fa5]省$")

# The 发文机关标志 above a document's frame (GB/T 9704-2012 7.2.2: the issuer's
# name, full or short, and 文件: "国务院办公厅文件"), the heading a 目录 groups the
# issuer's documents under, or a running header that repeats it: no title line.
# A government prints its 行政规范性文件 under a 标志 of their own ('重庆市某某区人民政府行政规范性文件',
# '某某市人民政府规范性文件'): the same 版头, the class of text before 文件.
# A name may hold its own brackets ('某某示范区(试验区)治霾领导小组办公室文件'), closed before the organ's ending, and
# open on the service number a hotline's office answers (HOTLINE_NUMBER: '12345政府…办公室文件').
ISSUER_MARK = (rf"(?:(?:{HOTLINE_NUMBER})?[\u4e00-\u9fa5](?:[\u4e00-\u9fa5、]|[（(][\u4e00-\u9fa5]{{1,12}}[）)]){{0,29}}{ORGAN_ENDING}"
               rf"(?:[（(][\u4e00-\u9fa5]{{1,12}}[）)])?"  # an alias: …领导小组（指挥部）文件
               rf"|{SESSION})"  # a congress's session issues its 决议 under its own: 'XX市第十七届人民代表大会第三次会议文件'
               + either_script("(?:(?:行政)?规范性)?文件"))
ISSUER_MARK_RE = re.compile(f"^{ISSUER_MARK}$")

# The 主送机关 (GB/T 9704 7.3.2) printed without its colon, as web pages and
# extractors give it: organ names parted by 、 or ，, each ending as an organ's
# name or a body of them ends (部门, 单位, 办事处), places sharing the name
# after them ("各省、自治区、直辖市人民政府"), the last perhaps followed by its
# 、 or ，; the body's first sentence begins on the next line. Two names or
# more, or one addressed to a class (各…), so that one organ's name (a
# signature, a 发文机关标志) is never taken for it. A name may carry its alias in brackets ("各管理局（管委会）");
# a level's government may be named by its level alone ("各街办事处、镇政府"), and the classes of a
# government's departments by their last character, as in "各委、办、局", the first perhaps alone after 各 ("各办、各社区，
# 各相关单位": a street office's own offices, 党政办, 综治办 …). The bodies of the levels
# under a county, a township's government and the villages' and communities' committees (村民委员会
# 组织法 第二条, 城市居民委员会组织法 第二条), are addressed by their level after 各: "街道办事处、各村",
# "各镇、各村（社区）". A department addresses its own offices by their kind, 科室 or 处室 ("委机关各处室").
# A town's 人民武装部 addresses the militia's units as it addresses the villages they stand in (民兵工作条例 第八条:
# 民兵 organized by 营、连、排 in the villages and units; '各村委会,民兵连'): a unit the word 民兵 names before it.
ADDRESSEE_NAME = rf"[\u4e00-\u9fa5（）()]{{2,30}}?(?:{ORGAN_ENDING}|{either_script('部门|单位|机关|机构|科室|处室|办事处|企业|学校|院校|团体')}" \
    rf"|{either_script('(?<=民兵)(?:[营连排]|分队)')})"
ADDRESSEE_PLACE = r"[\u4e00-\u9fa5]{1,10}?(?:省|市|县|区|州|旗|盟|乡|镇)"
ADDRESSEE_LEVEL = either_script("各(?:乡镇|乡|镇|街道|村|社区)")
ADDRESSEE_LISTED = rf"(?:(?:{ADDRESSEE_NAME}|{ADDRESSEE_LEVEL})(?:[（(][\u4e00-\u9fa5]{{1,12}}[）)])?|{either_script('[省市县区乡镇](?:人民)?政府')})"
# A government addresses its departments by their kinds after 各, each kind by the character or word its
# name ends in, the kinds a list of their own joined by 、 ('省人民政府各委、办、厅、局', '县人民政府各委、局、办、
# 中心', '县直各委、办、局', '各委、办、局'); such a list may close the 主送, its last kind no name of its own.
ADDRESSEE_KIND = either_script("(?:[委办局厅室]|中心)")
ADDRESSEE_KINDS = rf"(?:{ADDRESSEE_LISTED}|{either_script('[省市县区]直')})?{either_script('各')}{ADDRESSEE_KIND}(?:、{ADDRESSEE_KIND})*"
ADDRESSEE_NAMES_RE = re.compile(
    rf"^(?:(?:{ADDRESSEE_LISTED}|{ADDRESSEE_PLACE}|{either_script('各?[委办局厅室]')})[、，,])*"
    rf"(?:{ADDRESSEE_LISTED}|{ADDRESSEE_KINDS})[、，,：:]?$")
ADDRESSEE_ITEM_RE = re.compile(f"(?:{ADDRESSEE_NAME}|{ADDRESSEE_PLACE})")


# A 主送 to one body and the class of parties it stands for, as a notice
# served on those a measure concerns addresses them: "XX村村民委员会及有关居民",
# "XX村及有关农户", "XX局及有关单位".
ADDRESSEE_CLASS_RE = re.compile(either_script(
    rf"^(?:{ADDRESSEE_NAME}|{ADDRESSEE_PLACE}|[\u4e00-\u9fa5]{{1,12}}?[村社])及有关(?:单位和个人|单位|个人|居民|农户|村民|部门)[:：]?$"))


# GB/T 9704 7.3.2: the 主送机关 names the organs by their full names, short names or 统称; the 统称 of every party the
# matter concerns ('有关单位', '各有关部门') is one whole 主送, alone on its line, the colon lost or printed. No sentence
# is the class's name alone.
CONCERNED_CLASS_RE = re.compile(either_script(
    r"^各?有关(?:单位|部门|企业|企事业单位|单位和个人|市县|县区|区县|乡镇|镇街)[:：]?$"))


# The words a body's first sentence opens with, which no organ's name begins with: the purpose or
# ground of the text ("为贯彻落实自治区党委、自治区政府…", "根据…", "按照…"), a preposition (ADVERBIAL_OPENERS) or the
# verb of carrying a policy out.
ADVERBIAL_OPENERS = r"为了?|根据|按照|依据|依照|遵照"
SENTENCE_OPENER_RE = re.compile(either_script(rf"^(?:{ADVERBIAL_OPENERS}|贯彻|落实)"))


# What no 主送 holds: a sentence's closing marks, a 目录's leaders, the particle 了 of a sentence's verb ('会议分别听取了
# 区信访局、区环保局、' wrapped after the organs it names: no organ's name holds it).
NO_ADDRESSEE_RE = re.compile(r"[。；;！？!?…了]")


# A 主送 to classes of organs whose 、 and ， an extraction lost with the rest of the full-width punctuation
# ('各乡党委政府县委各部门县级国家机关各人民团体各企事业单位'): names run together, each ending as an organ's or a
# class's name ends, the first addressed by 各 (GB/T 9704 7.3.2); within a line's reach (UNMARKED_ADDRESSEES_MAX).
UNMARKED_ADDRESSEES_RE = re.compile(rf"^各(?:{ADDRESSEE_NAME}){{2,}}$")
UNMARKED_ADDRESSEES_MAX = 60
# The same where the first name is a body's own (a 领导小组's members, '…领导小组成员单位') and a class follows it,
# addressed by 各 ('…成员单位各驻区金融机构'): every name after the first opens on 各, so the lost 、 stood before it.
UNMARKED_CLASSES_AFTER_RE = re.compile(rf"^(?:{ADDRESSEE_NAME})(?:各(?:{ADDRESSEE_NAME}))+$")


def addressee_names(text: str) -> bool:
    """The line is a 主送机关, with or without its colon: two names or more,
    one addressed to a class (各…), one body and the class of parties
    with it (…及有关居民), or the 统称 of the parties concerned alone
    ('有关单位', CONCERNED_CLASS_RE). A line that opens as a sentence opens ('为贯彻
    落实自治区党委、' wrapped after the organs it names) is the body's. A
    scanner's spaces inside the names ('各街 办事处、镇 政 府') are read through."""
    if NO_ADDRESSEE_RE.search(text):
        return False  # first: a line of a long run (a 目录 not read as one) would make the scan below quadratic
    text = re.sub(r"(?<=[\u4e00-\u9fa5、，,（）()])\s+(?=[\u4e00-\u9fa5（）()])", "", text.strip())
    if SENTENCE_OPENER_RE.match(text):
        return False
    return bool(ADDRESSEE_NAMES_RE.match(text)) and (text.startswith("各") or bool(re.search(r"[、，,].", text))) \
        or bool(ADDRESSEE_CLASS_RE.match(text)) or bool(CONCERNED_CLASS_RE.match(text)) or _organs_and_sectors(text) \
        or len(text) <= UNMARKED_ADDRESSEES_MAX and bool(UNMARKED_ADDRESSEES_RE.match(text)
                                                         or UNMARKED_CLASSES_AFTER_RE.match(text))


def semicolon_closed_addressees(text: str) -> bool:
    """GB/T 9704 7.3.2 closes the 主送 on a full-width colon; a page that
    typed a semicolon in its place ('各镇人民政府、街道办事处，区级各部门
    （单位）；') still prints the 主送 there, under the title: the line before
    its semicolon is organ names alone, as a 主送 printed without its colon
    is (addressee_names). A sentence's clause that ends on a semicolon
    ('各乡镇人民政府要加强领导，落实责任；') names organs and goes on to what
    they are to do: no 主送."""
    text = text.strip()
    return text.endswith(("；", ";")) and addressee_names(text[:-1])


# The body of a 批复 or 复函 opens by addressing the body that asked by its own word: '你局《关于…的请示》收悉',
# 你委, 你县, 你市; or by no word of its name, 你单位, 你们.
ANSWERING_RE = re.compile(either_script(r"^你(?P<word>单位|们|[\u4e00-\u9fa5])"))
ADDRESSEE_NAME_RE = re.compile(ADDRESSEE_NAME)  # one organ's name, or a body's (…办事处)


def answered(text: str, below: str) -> bool:
    """A 批复 answers the body that asked (党政机关公文处理工作条例 第八条), and its
    body opens by addressing it by its own word ('你局《关于…的请示》收悉').
    One organ's name alone, with no colon (the page lost it, GB/T 9704
    7.3.2), whose name holds the word the line under it then calls it by
    ('县林业局' over '你局…', '某某县人民政府' over '你县…'), is the 主送 that
    body answers; a name the body does not call so is not. A name printed
    with its colon is that 主送 also where it holds what no organ's ending
    reads ('某某公司“2.26”事故调查组:' over '你组关于…收悉'): one name, no
    sentence's stop or list's comma in it, its last word the one the body
    calls it by."""
    name, opening = text.strip(), ANSWERING_RE.match(below.strip())
    if opening and (named := COLON_NAME_RE.fullmatch(name)) and named.group("name").endswith(opening.group("word")):
        return True
    return bool(opening) and bool(ADDRESSEE_NAME_RE.fullmatch(name)) \
        and (opening.group("word") in ("单位", "们") or opening.group("word") in name) \
        or members_answered(name, below)


COLON_NAME_RE = re.compile(r"(?P<name>[^\s。．，,；;：:、！？!?]{2,60}?)[:：]")  # one name over its colon


# Whom a reply to a 建议 or 提案 is addressed to: the deputies or members who made it, by name and capacity
# ('谢开春委员', '贺文国、佟金菊委员', '纪占斌等3名代表'), or their group ('雨露乡委员小组', 'XX代表团'); not a
# speech's 称谓, which addresses a whole audience by their office ('各位代表', '全体委员').
MEMBERS_RE = re.compile(either_script(
    r"^(?!各|全体)(?:[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4}){0,5}(?:等\s*\d{1,3}\s*[位名人])?\s*(?:委员|代表)"
    r"|[\u4e00-\u9fa5]{2,10}(?:委员小组|代表小组|代表团))$"))
# The reply's first sentence addresses them ('您提出的…', '你们在…会议上提出的…') or quotes the 建议 or 提案 it answers
# ('《关于…的建议》收悉'); thanks may come first ('感谢您…', '首先感谢…').
MEMBERS_OPENING_RE = re.compile(either_script(r"^(?:您|你|《|首先|感谢)"))


def members_answered(text: str, below: str) -> bool:
    """A reply's 主送 printed without its colon (GB/T 9704 7.3.2; a page lost
    it): the deputies or members it answers, their names and capacity alone
    on the line, over a body that opens by addressing them or by quoting what
    they proposed. No sentence the wrap cut ends on a member's capacity and
    goes on so: its next words follow on from it ('…与贺文国等委员' / '进行了沟通')."""
    return bool(MEMBERS_RE.match(text.strip())) and bool(MEMBERS_OPENING_RE.match(below.strip()))


def self_word(name: str) -> Optional[str]:
    """How a department's text speaks of the department that signs it: 我 and
    the word its name ends in ('我局' for '某某县交通运输局', '我委' for a 委员会,
    '我办' for an 办公室, '我厅', '我院'). A government's '我市', '我县' or '我省'
    speaks of the place, as any text about it does: no word of its author."""
    name = re.sub(r"\s", "", name)
    if name.endswith("委员会"):
        return "我委"
    if name.endswith("办公室"):
        return "我办"
    return "我" + name[-1] if name[-1:] in SELF_ENDINGS else None


SELF_ENDINGS = "局厅委办院部署"


# A greeting a reply runs on after whom it addresses, before the colon ('尊敬的某某委员您好:'): no part of the 主送.
GREETING_BEFORE_COLON_RE = re.compile(either_script(r"[,，]?(?:您|你)们?好[!！]?(?=\s*[:：]$)"))


def without_greeting(text: str) -> str:
    """The 主送 line without the greeting run on before its colon ('尊敬的某某委员您好:' → '尊敬的某某委员:'):
    the addressees (GB/T 9704 7.3.2) are the persons or organs named, '您好' the courtesy a letter adds."""
    return GREETING_BEFORE_COLON_RE.sub("", text.strip())


def members_addressed(text: str, below: str) -> bool:
    """The line is a reply's 主送: the deputies or members it answers over
    its colon ('何某某代表：', '尊敬的朱某代表：', '贺某、佟某委员：'), a greeting
    perhaps run on before the colon ('尊敬的某某委员您好:'), or with
    the colon lost over a body that opens by addressing them (members_answered)."""
    text = without_greeting(text)
    return text.endswith((":", "：")) and bool(MEMBERS_RE.match(re.sub(r"^尊敬的", "", text[:-1]).strip())) \
        or members_answered(text, below)


ADDRESSEE_LISTED_RE = re.compile(ADDRESSEE_LISTED)
SECTOR_NAME_RE = re.compile(r"[\u4e00-\u9fa5]{2,6}")  # a sector by its short name: 农垦, 森工


def _organs_and_sectors(text: str) -> bool:
    """A 主送 may name, between the organs it addresses, sectors by their short
    names ('市直各部门、市域内农垦、森工、监狱所、龙镇镇政府、供热企业'): a class of
    organs first (各…), an organ or a class last, each name between short."""
    items = re.split(r"[、，,]", text.rstrip(":："))
    return len(items) >= 3 and "各" in items[0] and bool(ADDRESSEE_LISTED_RE.fullmatch(items[0])) \
        and bool(ADDRESSEE_LISTED_RE.fullmatch(items[-1])) \
        and all(SECTOR_NAME_RE.fullmatch(item) or ADDRESSEE_LISTED_RE.fullmatch(item) for item in items[1:-1])
