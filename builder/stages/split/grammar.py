"""The document grammar the split reads a line at a time (GB/T 9704 公文格式).

What a title says (发文机关 + 关于 + 事由 + 文种), the lines of a document's
frame (发文字号, 主送机关, 成文日期, 题注, 版记) and what ends one: the
vocabulary every module of the split shares. Pure functions of a line or
two, some cached, since titles are sought by asking them of every line many
times over.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ...model import Line
from ...text.frame import (ABOUT_RE, ANNEX_LIST_RE, GUIDE_FIELD_RE, ISSUER_MARK_RE, CITING_WORD_RE, CLASS_AFTER_NUMBER, DATE_LINE_RE, damaged_date_line,
                           DATE_RE, DOC_NUMBER_RE, FILE_NAME_END_RE, ISSUING_WORDS, LISTED_SUBJECT, NOTE_LINE_RE, ORGAN_END_RE, SESSION_NAME_RE,
                           ORGAN_ENDING, ORGAN_START_RE, PLACE_YEAR_TITLE_RE, SALUTATION_RE, SUBJECT_WORDS_RE, attendance_line, classed_number,
                           coded_order_number, coded_serial_number, damaged_doc_number, kind_of, labelled_number, paren_frame, posted_number, registered_number,
                           serial_notice_number, year_first_number)
from ...text.lines import CLAUSE_MARK_RE, CLOSERS, SHORT_NAME_RE, bracket_depth, ends_sentence, squash
from ...text.numbering import LABEL_RE
from ...text.numerals import CN_NUMERAL
from ...text.script import either_script

# How many lines a title block may span. GB/T 9704 sets no length to a
# 标题, but a bound keeps a run of short lines (a list of names, a cover's
# 要目) from being read as one title: 120 characters, at the file's measure
# (two display columns a character), and never fewer than 6 lines; a title
# printed 9 characters a line (18 columns) may take 14.
TITLE_CHARS = 120
TITLE_LINES = 6


def title_lines(full_width: float) -> int:
    return max(TITLE_LINES, math.ceil(2 * TITLE_CHARS / full_width) if full_width else TITLE_LINES)


STANDALONE_KINDS = {"大事记", "讲话", "任免", "分工"}
# The names of a body's own rules (GB/T 9704 7.3.1: 发文机关 + 文种, perhaps with the meeting or the matter they
# govern): its 章程 (frame.KINDS reads 章程 and 守则 as 准则), its 工作规则 and 议事规则, its meeting's 议事制度, and
# the 公约 its members adopt (居民公约, 村规民约). Each is a whole text of its own, adopted for the body, never a
# list or a form a text attaches.
OWN_RULES_KINDS = frozenset(("规则", "制度", "准则", "公约"))
RULE_KINDS = frozenset(("条例", "规定", "办法", "规则", "实施办法"))  # the 文种 of what a 令 promulgates


# An organ's internal rules (机关内部管理制度: its 保密, 档案, 值班 制度) are titled as a 规章 is, its name, the matter
# and the kind word, here 制度, and set out in 条 as a 规章 is; the organ publishes them on their own, unsigned.
REGULATION_KINDS = RULE_KINDS | {"制度"}


def rule_titled_by_place(title: str) -> bool:
    """规章制定程序条例 第七条 and 立法技术规范: a rule's name is its place's
    or organ's name, its matter and its kind (规定, 办法, 条例, 规则, 实施办法,
    or an organ's internal 制度: REGULATION_KINDS), perhaps with (试行) after
    it; a title with a clause mark in it, or one that quotes another, is a
    sentence's."""
    title = title.replace(" ", "")
    return kind_of(title) in REGULATION_KINDS and balanced(title) and "《" not in title \
        and not CLAUSE_MARK_RE.search(title) and bool(ORGAN_START_RE.match(title))


# A rule that implements a 法规 is named by that 法规's whole name and its own kind (规章制定程序条例 第七条,
# 立法技术规范: '某市…条例实施办法'), the name in book-title marks as a page prints it ('《某市…促进条例》实施办法',
# '《中华人民共和国…法》实施细则'): the quoted name opens the title and the kind closes it, nothing between.
IMPLEMENTING_RULE_RE = re.compile(either_script(
    r"^《(?P<name>[^《》]+)》(?:实施办法|实施细则|实施规定)(?:[（(]试行[）)])?$"))
NATIONAL_LAW_RE = re.compile(either_script(r"^中华人民共和国[^，。；：,;:]+法$"))


def implementing_rule_title(title: str) -> bool:
    """The title is a rule's that implements the 法规 it names whole in
    book-title marks ('《某市…条例》实施办法'): the name a rule's by its own
    grammar (rule_titled_by_place) or a national law's."""
    match = IMPLEMENTING_RULE_RE.match(title.replace(" ", ""))
    return bool(match) and (rule_titled_by_place(match.group("name")) or bool(NATIONAL_LAW_RE.match(match.group("name"))))


def rule_title(title: str) -> bool:
    """A whole title of what a 令 promulgates: it ends on a rule's kind word, every bracket closed."""
    kind = kind_of(title)
    return kind in RULE_KINDS and title.endswith(kind) and balanced(title)
# A plan (规划, 纲要: a 五年规划 or a 专项规划) names its 规划期 in its title: the five-year plan's ordinal
# ('“十四五”', '第十二个五年') or its span of years ('（2021—2025年）', '2016-2020年'). Such a title, on lines of
# its own, is a plan's: no heading of a text says it (its headings are numbered) and no sentence ends on it.
PLAN_PERIOD_RE = re.compile(either_script(r"十[一二三四五六七八九]五|第[一二三四五六七八九十]{1,3}个五年"
                                          r"|\d{4}\s*年?\s*[-—–~～至到]\s*\d{4}\s*年"))


# The span of years a plan covers, printed after its kind word in brackets ('（2016—2020年）'), on the title's last
# line or one of its own: a text layer may lose the opening bracket and the dash between the years, set in another
# font ('…第十三个五年规划' / '20162020年)'), and the closing bracket stays.
PLAN_SPAN_TAIL_RE = re.compile(r"[（(]?(?:19|20)\d{2}\s*年?\s*[-—–~～至到]?\s*(?:19|20)\d{2}\s*年?\s*[）)]$")


def plan_title(title: str) -> bool:
    """The title is a plan's, named with its 规划期 ('五河县“十四五”教育事业发展规划'); its kind word is read
    before the span of years printed after it, whole or with its bracket and dash lost (PLAN_SPAN_TAIL_RE)."""
    kind = kind_of(title) or kind_of(PLAN_SPAN_TAIL_RE.sub("", title.strip()))
    return kind in ("规划", "纲要") and bool(PLAN_PERIOD_RE.search(title))


# A plan's title opens on the place it plans for ('扬州市“十二五”…', '某某县国民经济…'), not on the text's own
# words for it ('全市', '本县', '我区'), with which a heading's wrapped rest may go on.
PLACE_OPENING_RE = re.compile(either_script(r"^(?![全本我各该])[\u4e00-\u9fa5]{1,10}?[省市县区州盟旗]"))


def placed_plan_title(title: str) -> bool:
    """A plan's title that opens on its place's name ('扬州市“十二五”水利发展规划')."""
    return plan_title(title) and bool(PLACE_OPENING_RE.match(squash(title)))
ADDRESSEE_RE = re.compile(r"^[^。]{2,160}[:：]$")
# A 主送机关 that lists many organs one by one (GB/T 9704 7.3.2: 主送 to
# several bodies, parted by 、 and ，) runs past any sentence's length: a
# list of short names, ten or more, ending in the colon.
ADDRESSEE_LIST_RE = re.compile(r"^(?:[^。；;：:、，,]{2,24}[、，,]){9,}[^。；;：:、，,]{2,24}[:：]$")
# Whom a 主送 names: organs, or, for a notice served on the parties a measure
# concerns (a land 告知书 or 公告), a village and its 农户 or 居民; a standing
# committee by the 规范化简称 usage gives it (7.3.2), a report's '区人大常委会：'.
ADDRESSEE_WORDS = re.compile(either_script(r"各|人民政府|部门|单位|委员会|常委会|机关|科室|管委会|办事处|农户|居民"))
# 有关 addresses a class of organs as 各 does, by their level with the levels under it in brackets or after
# it ('有关市(州)、县(市、区)农业局', '有关县、市人民政府') or by the bodies a measure concerns ('有关种子企业'),
# or a district or county its 街道 and 乡镇 by that level's name, whole ('区有关街道、开发区：', '县有关乡镇：'):
# not the 有关 of a sentence's or a heading's words ('有关事项', '有关市场主体', '区有关街道要做好…：').
CLASS_ADDRESSED_RE = re.compile(either_script(
    r"(?:^|[、，,])有关(?:[省市县区州盟旗](?:[（(、，,]|人民政府)|[\u4e00-\u9fa5]{1,12}?(?:企业|学校|医院|机构))"
    r"|(?:^|[、，,])[区县市旗]?有关(?:街道|乡镇|镇|乡)(?:办事处)?(?=[、，,：:]|$)"))


FIGURE_OR_HAO_RE = re.compile(either_script(r"[\d号]"))
MARK_RUN_ON_RE = re.compile(r"^(?P<mark>.*?文件)\s*(?P<number>\S.*)$")  # a 版头, whatever follows it on its line


# A page whose template adds 号 to a number that already ends on one prints it twice ('某政办函〔2020〕4号号'): the
# number's own mark again, no word after it (GB/T 9704 7.2.4: the number is 代字, 年份, 序号 and its 号, alone on its line).
HAO_AGAIN = either_script("号")


@lru_cache(maxsize=1 << 16)  # asked of every line many times over, while titles are sought
def is_doc_number_line(text: str) -> bool:
    """A document's own 发文字号 stands on its line, not cited in a sentence:
    alone, or in brackets under the title (with or without the date); GB/T
    9704 (7.2.4) prints nothing after it but, in a 上行文, the 签发人; a 令号
    by its organ's code ('渝府令第121号', 10.2) stands so too. A
    number that a sentence's bracket, comma or 、 closes or joins, or that
    words follow, is cited in a wrapped line ("国规征预字〔2018〕18号),2019年4月10",
    "要根据中发〔1994〕8号文件关于“中央"), and so is one after a sentence's
    punctuation on its line, whose words the 代字 may seem to run back into
    ("处理费,其他具体的收费政策详见开价函[2008]09号" / "文件。"). A whole line
    that is a number extraction damaged ("X府办发〔202026") is one too, and
    so is one a page runs onto its 版头's line ('某某县委办公室文件 某办发〔2020〕4号',
    7.2.3-7.2.4: the number right under the mark), and one whose 号 a page's
    template printed twice ('…〔2020〕4号号', HAO_AGAIN)."""
    if not FIGURE_OR_HAO_RE.search(text):
        return False  # (every form below holds a figure or its 号, 〔〕号 too: a line with neither is read no further)
    if (run_on := MARK_RUN_ON_RE.match(text.strip())) and ISSUER_MARK_RE.match(run_on.group("mark").replace(" ", "")):
        return is_doc_number_line(run_on.group("number"))
    frame = paren_frame(text)
    if frame:
        return frame[1] is not None
    if (posted := posted_number(text)) is not None:
        return is_doc_number_line(posted)  # the day a page posted it after the number ('…第5號 2019-9-24')
    if (registered := registered_number(text)) is not None:
        return is_doc_number_line(registered)  # the 统一登记号 the page set before it on its line (7.2.1, 7.2.4)
    if damaged_doc_number(text) or coded_order_number(text) or labelled_number(text) or year_first_number(text) \
            or classed_number(text) or coded_serial_number(text) \
            or serial_notice_number(text) and not re.search(rf"{LISTED_SUBJECT}$", text.strip()):
        return True
    match = DOC_NUMBER_RE.search(text)
    return bool(match) and len(text) - len(match.group(0)) <= 12 and not ends_sentence(text) \
        and not re.search(r"[（(《》]", text[:match.start()]) \
        and bool(re.match(rf"\s*(?:签\s*发\s*人.*|{CLASS_AFTER_NUMBER}|{HAO_AGAIN})?$", text[match.end():])) \
        and not re.search(r"[、，,；;。]", text[:match.start()]) \
        and "的" not in text[:match.start("year")] \
        and not CITING_WORD_RE.search(text[:match.start("year")])  # a sentence's words the wrap left before a
    # number it cites ('人民政府作出的茶政处' / '决字〔2021〕2号', '…安置费按照山东省人民政府鲁政字[2020]74号' / '文件公布的…'):
    # no 代字 and no organ's name holds 的, nor a preposition that cites (按照, 根据, 依照…)


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE_RE.match(text.replace(" ", "")))


ADDRESSEE_WRAP = 5  # lines a 主送机关 may be wrapped over at the narrowest measure (some 80 characters at 18)


def is_addressee_line(text: str) -> bool:
    """The 主送机关 (GB/T 9704 7.3.2): organ names ending in a colon, every
    bracket they open closed; a colon inside an open bracket begins an
    enumeration within a sentence the wrap cut ("…农用地(其中:"). A
    scanner's space inside a name ('…黄山市人民 政府，…') is read through,
    as frame.addressee_names reads it. Names hold no date: a sentence that
    dates what it tells leads into its colon ('本院于一九四九年十二月九日颁布了…，该办法规定：'), nor
    cites a text: a sentence that cites a document by its title and its 发文字号 in brackets after it
    leads into its colon ('根据…《关于…的通知》（某发改〔2019〕144号），…调整后的标准为：'); a 发文字号
    alone before the names is the frame's own, run into its 主送. Nor is the body's 开头 one, a sentence that opens
    on its purpose or basis ('为有效预防…，…特发布本命令：', LEAD_CLAUSE_RE)."""
    text = OCR_GAP_RE.sub("", text.strip())
    return (bool(ADDRESSEE_RE.match(text)) or bool(ADDRESSEE_LIST_RE.match(text))) \
        and (bool(ADDRESSEE_WORDS.search(text)) or bool(CLASS_ADDRESSED_RE.search(text)) or _organs_only(text)) \
        and balanced(LEVELS_UNOPENED_RE.sub("(", text)) \
        and not DATE_RE.search(text) and not CITED_TEXT_RE.search(text) and not LEAD_CLAUSE_RE.match(text) \
        and not LABEL_RE.match(text) and not re.search(either_script(r"决定|如下|同志"), text) \
        and not LIST_COUNT_RE.search(text) and not SALUTATION_RE.match(text) \
        and not attendance_line(text) and not GUIDE_FIELD_RE.match(text)  # ('各位代表：' addresses people, '出席：'
    # names who sat in, a 办事指南's '办理机构：' labels its element)


# GB/T 9704 7.3.2: a 主送 to a class of organs names the levels under the first in brackets after it ('各县(市、区)委、
# 人民政府', '各市(州)、县(市、区)人民政府'); a page that lost the bracket's opening ('各县市、区)委', '各市州)、县市、
# 区)') still closes it after the levels it lists: the bracket is read as opened where the list begins.
LEVELS_UNOPENED_RE = re.compile(either_script(
    r"(?<=[各、][省市县区州盟旗])(?=(?:[\u4e00-\u9fa5]{0,2}[市县区州盟旗]、)*[\u4e00-\u9fa5]{0,2}[市县区州盟旗][）)])"))
OCR_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fa5])[ \t]+(?=[\u4e00-\u9fa5])")  # a space between two Han characters
# A text cited by its title and its 发文字号 in brackets after it ('《关于…的通知》（某发改〔2019〕144号）'): a sentence's.
CITED_TEXT_RE = re.compile(rf"》\s*[（(]\s*{DOC_NUMBER_RE.pattern}", re.X)
# The 开头 of a 公文's body (the 缘由 that leads into its 过渡语): it opens on the purpose or the basis of what it says
# ('为有效预防…，', '为了…，', '根据《…》…，', '按照…，', '依据…，') and runs on past a comma to the colon that hands on
# the body ('…特发布本命令：', '…现通告如下：'). A 主送 names organs: it opens on none of those words.
LEAD_CLAUSE_RE = re.compile(either_script(r"^(?:为了?|根据|按照|依据|依照|遵照)[^：:，,]{2,}[，,]"))


def _organs_only(text: str) -> bool:
    """A 主送 of a few bodies by name, each ending as organs end ('某某银行广州分行，拱北海关：'):
    no class (各…) among them, no word of the sentence. One name alone over its colon is a list's
    lead as often ('县林业局：' over its duties): organs_by_name."""
    names = re.split(r"[、，,；;]", text.rstrip(":："))
    return len(names) > 1 and organs_by_name(names)


def organs_by_name(names: list[str]) -> bool:
    return all(ORGAN_END_RE.search(name) for name in names)


# A list's heading counts its entries in brackets before its colon ('区三星级文明单位（4个）：', '一等奖(3名):'):
# the lead of an enumeration, which says how many; a 主送 names the organs addressed.
LIST_COUNT_RE = re.compile(rf"[（(][\d{CN_NUMERAL}]+[个名项家所人][）)][:：]$")


# A reply's first sentence addresses the organ that asked ('你们关于…的请示（…号）收悉', '你院《…》收悉'):
# a title names its issuer and never opens with the second person (GB/T 9704 7.3.1).
REPLY_OPENING_RE = re.compile(either_script(r"^你"))
# A text's opening sentence names the text it opens by 本 and its kind, as its purpose clause closes ('…结合实际，
# 制定本行动计划', '特制定本方案', '制订本办法'): a 标题 names the 文种 of the document it heads (GB/T 9704 7.3.1) and
# never points at it with 本, so a line that closes so is a sentence, though its punctuation was lost and its last
# words are a kind's. Only the kinds of the texts a document issues follow 本 ('关于制定本市…的通知' names a place).
SELF_NAMED_RE = re.compile(either_script(r"(?:制定|制订)本(?:[年季]度)?(?:行动|实施|工作|专项|三年|攻坚)*"
                                         r"(?:计划|方案|办法|细则|规定|规则|意见|要点|制度|标准|规划|预案|措施|清单|"
                                         r"指引|指南|守则|公约|纲要)$"))
# The verb that sentence closes its citation with ('…的请示（〔1996〕武司字第82号）收悉'; '已收悉', '均悉'): a title
# and number it follows are the text cited, however the line breaks before it, never a title over its own number.
ACKNOWLEDGED_RE = re.compile(either_script(r"^\s*(?:(?:已|均)?收悉|均悉)"))


# A sentence that cites a text opens on the ground it gives, or on the text it applies ('本办法…'); no title opens
# so (GB/T 9704 7.3.1: 发文机关, 事由, 文种).
CITING_OPENER_RE = re.compile(either_script(r"^(?:根据|按照|依据|依照|遵照|参照|违反|本(?:办法|条例|规定|细则|规则|章程|决定))"))
# A meeting's record tells what the meeting did, each paragraph opening on it ('会议听取了…', '会议还传达学习…的讲话',
# '会议指出，…'; 党政机关公文处理工作条例 第八条: a 纪要 records its 主要情况 and 议定事项): the meeting, an adverb or the
# verb's 了 or comma; no title opens so ('会议决定事项督办办法', the verb bare, names what a title may).
MEETING_VERBS = r"(?:传达|学习|听取|研究|审议|讨论|指出|强调|要求|认为|决定|同意|部署|议定)"
MEETING_NARRATIVE_RE = re.compile(either_script(
    rf"^会议(?:(?:还|也|又|并|同时|分别|先后|集中){MEETING_VERBS}|{MEETING_VERBS}(?:并?通过)?(?:了|[，,：:]))"))
# A 纪要 sets out the matters it took up one by one, each under its agenda item's head: 议题 and its number in Chinese
# numerals with 、 or a colon ('议题一、…方案审查:', '议题二：审议…'), as a 规划委员会's or a 常务会议's record numbers
# them. No title's line opens so: the record's first item begins under its title.
AGENDA_ITEM_RE = re.compile(either_script(rf"^议题\s*[{CN_NUMERAL}]{{1,3}}\s*[、，,：:．.]"))


# A space with no Latin letter or figure before it, or none after it. Written space first: the
# engine then skips to each space instead of trying both sides at every character (a title's
# lines are rejoined many times over while the split weighs where a title ends).
TITLE_SPACE_RE = re.compile(r" (?:(?<![A-Za-z0-9] )|(?![A-Za-z0-9]))")


def join_title(parts: list[str]) -> str:
    """Title lines rejoin without spaces; a space survives only between Latin words."""
    text = "".join(parts)
    return TITLE_SPACE_RE.sub("", text) if " " in text else text


def annex_name_turns(name_lines: list[str], rest: list[str]) -> bool:
    """name_lines are an 附件说明 ('附件:…', its lines the measure filled under
    it) whose name opened a title's 关于 and stops before its 文种 ('附件:某某
    办公室关于…有关'), and rest ends that name ('情况的通报', perhaps with its
    发文字号 in brackets after it): a name that says 关于 ends in 的 and its
    kind word (GB/T 9704 7.3.1), and a long one turns its line (7.3.4),
    however the page or the measure cut it. Those lines are the name's, no
    title of their own; a name closed by its 《》 or its kind word turns none,
    and lines that open a title of their own (an organ's name first, or a
    关于 of their own) are the next document's, the excerpt cut the name.
    So does a name its 发文字号 closes, in brackets after it ('…审计结果公告
    （某审公告〔2021〕11号）'): the number follows the name whole."""
    head = ANNEX_LIST_RE.match(name_lines[0].strip()) if name_lines else None
    if not head:
        return False
    name, tail = join_title([name_lines[0].strip()[head.end():]] + name_lines[1:]), join_title(rest)
    if NUMBER_CLOSED_NAME_RE.search(name):
        return False
    name = OPEN_BOOK_MARK_RE.sub("", name)  # a 书名号 the page opened before the name and never closed
    # ('附件:《…关于组织开展…征集工' / '作的通知(…号)'): the mark closes nothing, the name goes on to its kind word
    return bool(re.search(either_script("关于"), name)) and not re.search(r"[《》〈〉。；;，,]", name) \
        and not kind_of(name) and bool(kind_of(name + tail)) \
        and not re.search(either_script("关于"), tail) and not ORGAN_TITLE_RE.match(tail)


OPEN_BOOK_MARK_RE = re.compile(r"^[《〈](?=[^《》〈〉]*$)")  # a name's opening 书名号, no mark after it
NUMBER_CLOSED_NAME_RE = re.compile(rf"[（(]\s*{DOC_NUMBER_RE.pattern}\s*[）)]\s*$", re.X)  # a name closed by its 发文字号


# 标题 = 发文机关 + 事由 + 文种, 关于 left out: a place's organ by its full name first.
ORGAN_TITLE_RE = re.compile(rf"^{ORGAN_START_RE.pattern[1:]}[\u4e00-\u9fa5]{{0,24}}?{ORGAN_ENDING}[\u4e00-\u9fa5]{{4,}}$")


def is_order_name(text: str) -> bool:
    """The 版头 line of an order that promulgates a regulation: a 政府令's
    (GB/T 9704 10.2), the organ's name and 令, "XX市人民政府令"; or the 公告 by
    which a 人大常委会 promulgates a 地方性法规 (立法法: 由常务委员会发布公告予以
    公布), the organ's name and 公告 with no 事由, "XX省人民代表大会常务委员会公告".
    A title of its own, its 第N号 under it, under the regulation's title a
    gazette may print above it. A people's congress's session publishes so
    by the 公告 its 主席团 issues in the session's name (地方各级人民代表大会
    和地方各级人民政府组织法: the 主席团 presides over the session), "XX县第十八届
    人民代表大会第二次会议公告", the texts the session adopted printed under it."""
    if text.endswith("公告") and not figured(text) and SESSION_NAME_RE.search(text[:-2]):
        return True
    return (kind_of(text) == "令" or text.endswith("公告")) and not figured(text) \
        and bool(ORGAN_END_RE.search(re.sub(r"(?:命令|令|公告)$", "", text)))



def is_notice_mark(text: str) -> bool:
    """A 通告's 标志: the organ's name and 通告, no 事由 and no figure ('某某市公安局交通管理局通告'). An organ
    numbers its 通告 in series as it does its 公告 (党政机关公文处理工作条例 第八条; frame.NUMBERED_KINDS): the
    serial under the 标志 ('2023年第10号'), the full title, '关于…的通告', under that."""
    return text.endswith("通告") and not figured(text) and "关于" not in text \
        and bool(ORGAN_END_RE.search(text[:-2]))


def figured(text: str) -> bool:
    """An organ's name holds no figure: a 令's name with one ('正2019年9月29日XX省人民政府令',
    a 题注 the wrap cut) is a sentence's."""
    return bool(re.search(r"\d", text))


def organ_alone(text: str) -> bool:
    """One organ's name and nothing else on the line ('辽宁省人大常委会'): the 发文机关标志 of a 令 that prints its
    令号 by code under it, a signature's organ, a title's organ over its 关于. No name holds the words that open a
    title's 事由 (关于, 转发, 印发, 批转): '某市人民政府办公厅转发市卫生局' is a title's first line, ending on the organ
    it forwards."""
    return bool(ORGAN_END_RE.search(text)) and bool(JOINT_NAME_RE.match(text)) and not ISSUING_WORD_RE.search(text) \
        and not QUANTIFIER_OPENING_RE.match(text)


# A sentence's opening quantifier, 凡 ('凡在某某会展中心举办的展会…', 'whatever is held at …'): the subject of a rule
# that applies to every case it names, which no organ's name opens on (its place, 中共…, or the organ's own word
# open it); a line so opened that ends on an organ's word ('…会展中心') is a sentence the excerpt cut after its place.
QUANTIFIER_OPENING_RE = re.compile(either_script(r"^\s*凡"))


# A short name given in brackets to the words before it ('某市财政局（下称市财政局）', '…条例（以下简称《条例》）'), anywhere in a
# line (text.lines.SHORT_NAME_RE: the bracket opening it): only a sentence names something in short for the sentences
# after it; a title names itself in full (GB/T 9704 7.3.1), so a line that holds one is a sentence's, none of a title's.
SHORT_NAME_INSIDE_RE = re.compile(SHORT_NAME_RE.pattern.lstrip("^"))


JOINT_MASTHEAD_LINES = 4  # organs' names one a line over a title that a joint 版头 prints, at most


def masthead_name(text: str) -> bool:
    """One organ's name alone on its line as a joint 版头 prints it over a title (GB/T 9704 7.2.1, 联合行文: the
    organs that issue a text together, each named in full, the 主办 first; a page that leaves out the word 文件 keeps
    the names): a name that opens as an organ's opens (a place, 中共…) and ends as one ends, no kind word."""
    name = text.strip()
    return len(name) >= 4 and not re.search(r"\s", name) and organ_alone(name) and bool(ORGAN_START_RE.match(name)) \
        and not kind_of(name)  # (a list's row, a person and a unit parted by a space, '谭某 某市林业局', is none)


BRACKET_RE = re.compile(r"[（()）《》]")


def balanced(text: str) -> bool:
    """A title closes the brackets and 《》 it opens, and none before: '专利代理条例（1991年3月4日…
    国务院令' ends in 令 only halfway through the note under the title, '…的决定
    根据…《关于印发…实施方案' halfway through a citation of the body."""
    if not BRACKET_RE.search(text):
        return True  # (most lines: asked of every title's run and line, read character by character only with one)
    # (closing what it never opened, bracket_depth None, is a sentence's tail: '公布）、《…》（…公告')
    return all(bracket_depth(text, opening, closing) == 0 for opening, closing in (("（(", "）)"), ("《", "》")))


def flows_on(text: str) -> bool:
    """A body line that stops mid-sentence continues on the next line."""
    if text.count("《") > text.count("》"):
        return True  # a citation opened and not closed: what follows is quoted
    if ends_sentence(text) or is_date_line(text) or text.endswith(CLOSERS_END):
        return False
    return bool(re.search(r"[《“（(、，]$", text)) or bool(re.search(r"[。，；]", text)) \
        or bool(ASCII_CLAUSE_RE.search(text)) and bool(re.search(r"[\u4e00-\u9fa5]$", text)) \
        or bool(REPLY_OPENING_RE.match(text))  # a reply's sentence to the organ that asked


# A clause mark a page stores in ASCII ('…投身茂名教育事业,自觉践行四个'), as many sites and mirrors store the
# full-width ones: a sentence's as much as '，' and '；' are, where the line stops inside a word; not a figure's
# thousands separator ('1,000'), nor a line ending on a figure (a 大事记's entry that prints no full stop, '…增长3.73%').
ASCII_CLAUSE_RE = re.compile(r"(?<!\d)[,;](?!\d)")


JOINT_NAME_RE = re.compile(r"^[\u4e00-\u9fa5（）()“”]{2,40}$")  # an organ's name: words, a quoted or bracketed one


def organ_names(text: str) -> list[str]:
    """The names of a run parted by spaces, each ending as organ names end; none if one does not."""
    names = text.split()
    return names if all(JOINT_NAME_RE.match(name) and ORGAN_END_RE.search(name) for name in names) else []


CLOSERS_END = ("）", ")", "”", "》")


NOTE_LINES = 8  # lines a 题注 may take at the narrowest measure
NAME_LINES = 3  # lines one organ's name may take at the narrowest measure (a 署名 over its date, under a 结束语)


def stops_sentence(text: str) -> bool:
    """The line ends a sentence with a full stop, not with the colon that opens what follows (a 主送)."""
    return ends_sentence(text) and not text.rstrip(CLOSERS).endswith((":", "："))


def dated_at(lines: list[Line], k: int) -> bool:
    """Line k is a 成文日期: a date, or one the page printed without its
    年月日 ('2018525') where GB/T 9704 7.3.5 prints the date, under the signature, or printed twice so
    ('20197192019719', frame.GARBLED_DATE_RE)."""
    return is_date_line(lines[k].text) or damaged_date_line(lines[k].text) \
        and k > 0 and organ_alone(lines[k - 1].text.replace(" ", ""))


def ends_frame(lines: list[Line], k: int) -> bool:
    """Line k ends a document's frame: its 成文日期 (dated_at: under a name,
    perhaps with its 年月日 or its year's figures lost), perhaps with a 附注 such
    as （此件公开发布） or 公开方式：主动公开 under it, or the 主题词, 抄送 and 印发
    lines of the 版记; a 主题词 or 抄送 line a narrow measure wrapped ends
    where its last piece does, a few lines down. A 主题词 line that ends
    with its 文种 is whole (the 1999 版记 lists the 文种 last), and a
    发文字号 line goes on no 版记 line: both belong to what comes next."""
    k = closing_line(lines, k)
    if k >= 0 and (dated_at(lines, k) or re.search(either_script(r"印\s*发$"), lines[k].text)):
        return True
    for j in range(k, max(-1, k - RECORD_WRAP - 1), -1):
        text = lines[j].text
        if SUBJECT_WORDS_RE.match(text) or CC_LINE_RE.match(text):
            return j == k or not (SUBJECT_WORDS_RE.match(text) and kind_of(text))
        if (j < k and ends_sentence(text)) or is_doc_number_line(text):
            return False
    return False


def closing_line(lines: list[Line], k: int) -> int:
    """The line a close that ends at line k stands on: k, or the line over
    the 附注 (NOTE_LINE_RE) and the files a web page links that k ends
    (_above_file_links), the 成文日期's or the 版记's."""
    k = _above_file_links(lines, k)
    while k > 0 and NOTE_LINE_RE.match(lines[k].text) and not paren_frame(lines[k].text):
        k -= 1
    return k


RECORD_WRAP = 3  # lines a 版记 line (主题词, 抄送) may run on for at a narrow measure
# The 版记's 抄送 line, or the internal distribution issuers print under it ('内部发送：办公厅，…'), or the
# 抄报 line the older 版记 printed for the organs above (GB/T 9704-1999 7.4.3; a reply to a 建议 or 提案 still
# prints '抄 报：县政府办 县政协提案委' under its date).
CC_LINE_RE = re.compile(either_script(r"^(?:抄\s*[送报]|内部发送\s*[:：])"))


def _above_file_links(lines: list[Line], k: int) -> int:
    """The line above the 附件说明 that ends at line k when it lists the
    files a web page links for download ('附件：…名录.docx', perhaps
    wrapped): printed under the 成文日期, it is no text of the document and
    leaves the frame ended where the date ends it; else k."""
    if not ends_file_name(lines, k):
        return k
    for j in range(k, max(-1, k - FILE_LIST_LINES - 1), -1):
        if ANNEX_HEAD_RE.match(lines[j].text):
            return j - 1
        if j < k and ends_sentence(lines[j].text):
            break
    return k


FILE_LIST_LINES = 6  # lines a list of linked files (附件：1.….docx / 2.….pdf) may take at a narrow measure


def ends_file_name(lines: list[Line], k: int) -> bool:
    """Line k ends the name of a file a web page links ('附件：…名录.docx'),
    its extension whole (the layout stage set back a piece the wrap cut)."""
    return bool(FILE_NAME_END_RE.search(lines[k].text.strip()))


ANNEX_HEAD_RE = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]")
# An 附件's mark with its title run into its line, as web pages print it: "附件1：XX文件目录"; or the older mark that
# numbers its 附件 in Chinese numerals, 附 or 附件 and the ordinal ("附一：XX的请示报告", "附件二：…"); or an attached
# table's, 附表 and its number, the title after a colon or a space ("附表 XX县…划分成果表": GB/T 9704 8 sets the mark at
# the top left over the title; a page that ran the two together keeps them apart by the space, the table's name no
# sentence the mark could open).
ANNEX_RUN_IN_RE = re.compile(r"^(?P<mark>附\s*(?:件\s*(?P<no>\d{1,2})?|件?\s*[一二三四五六七八九十]{1,2}"
                             r"|表\s*(?P<table_no>\d{1,2})?))(?:\s*[:：]|(?<=表)\s+|(?<=表\d)\s+|(?<=表\d\d)\s+)"
                             r"\s*(?P<title>\S.{3,})$")
# 标题 = 发文机关 + 关于 + 事由 + 文种 (the issuer may be left out). No organ's name ends in 了, the particle
# of a verb's completed action: '会议听取了关于…规划' is a clause of a meeting's record, not a 发文机关 and its 关于.
# A joint document names all its 发文机关 before 关于: six or seven full names run past forty characters. An organ
# that is two organs by name names both, the second in brackets ('某区建设和管理委员会(某区水务局)关于…'): each
# name ends as an organ's does.
ISSUING_WORD_RE = re.compile(ISSUING_WORDS)
ALIASED_ORGAN_HEAD = rf"[\u4e00-\u9fa5、]{{1,40}}?{ORGAN_ENDING}[（(][\u4e00-\u9fa5]{{1,20}}?{ORGAN_ENDING}[）)](?:{ISSUING_WORDS})"
ALIASED_ORGAN_HEAD_RE = re.compile(f"^{ALIASED_ORGAN_HEAD}")
# Nor does an organ's name end in a preposition that takes a cited text ('门楼牌按照关于地名…', '根据关于…的通知'): a
# sentence citing a title by its 关于, the tail of an excerpt cut there, no 发文机关.
CITING_PREPOSITION = either_script("按照|根据|依据|依照|遵照|参照|对照")
# Joint issuers may be named by the first and the count of the rest, in figures ('市商务局等3部门关于…'), as a 联合
# 发文 is cited and listed; in Chinese numerals ('等十部门') the words are the organ's characters already.
JOINT_COUNT = either_script(r"等\d{1,2}个?(?:部门|单位)")
TITLE_GRAMMAR_RE = re.compile(rf"^(?:[\u4e00-\u9fa5、]{{2,60}}?(?<!了)(?<!{CITING_PREPOSITION})(?:{JOINT_COUNT})?(?:{ISSUING_WORDS})"
                              rf"|{ALIASED_ORGAN_HEAD}|{ABOUT_RE.pattern})")

# A town's or township's name first (行政区划: 乡 and 镇 under a county; a name of two to four characters before the
# ending, '某某镇', '某某坪乡'): the place a town's own text is titled by, as a city's or county's is by theirs
# (ORGAN_START_RE). The common nouns that end so ('城镇', '村镇', '集镇', '小镇', '乡镇') name no town.
TOWN_START_RE = re.compile(either_script(r"^(?!各|全|本|我|该|城|村|集|小|乡镇)[\u4e00-\u9fa5]{1,3}[\u4e00-\u9fa5](?<![城村集小重市乡])[乡镇]"))


def titled_by_own_grammar(title: str, year_first: bool = False, town_first: bool = False) -> bool:
    """A title by its own grammar, as a text printed alone is titled (GB/T 9704 7.3.1): its organ's or place's
    name first (ORGAN_START_RE) or 发文机关 + 关于 + 事由 (TITLE_GRAMMAR_RE), its 文种 last, no clause mark (a
    sentence's) and no 《》 (a title that quotes another passes it on, or a sentence cites it). year_first: a
    place's title led by its year too ('某某市2023年…工作要点', PLACE_YEAR_TITLE_RE); town_first: a town's name
    first too (TOWN_START_RE)."""
    title = title.replace(" ", "")
    return bool(kind_of(title)) and "《" not in title and not CLAUSE_MARK_RE.search(title) \
        and bool(ORGAN_START_RE.match(title) or TITLE_GRAMMAR_RE.match(title)
                 or year_first and PLACE_YEAR_TITLE_RE.match(title) or town_first and TOWN_START_RE.match(title))
# A passing notice's title with its 发文机关 and 关于 both left out (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种, 关于 the
# 事由's usual first word): the 事由 opens on the passing verb and quotes the text passed on, the 文种 通知 last
# ('印发《关于…的实施意见》的通知'; 党政机关公文处理工作条例 第八条: the 通知 that 印发, 转发 and 批转). Matched at the
# head of a line (its 主送 may run in after it, unfold); fullmatch for a whole title.
PASSING_TITLE_RE = re.compile(either_script(r"^(?:印发|转发|批转)《[^《》]{2,80}》的通知"))
# What a 印发/转发/批转 notice passes on: "关于印发XX办法的通知" → "XX办法".
# A sentence that passes a text on: 现将…印发/转发给你们, 现予公布, 现公布…, 予以印发, 附件：…;
# not one that only names a text passed on elsewhere ("主管部门印发的…").
PASSING_ON_RE = re.compile(either_script(r"(?:印发|转发|批转|下发)给|现将|现予|现(?:公布|发布|印发|转发)"
                                         r"|予以(?:公布|发布|印发|转发)|(?:公布|发布|印发)(?:施行|如下)"
                                         r"|附后|附\s*件|附\s*[:：]"))
PASSES_ON_RE = re.compile(either_script(r"(?:印发|转发|批转|公布|发布)(?P<object>.+?)(?:的)?(?:通知|决定|命令|令|批复|函)$"))
# A line in which an organ 发布s or 下发s a 通知 and names no matter ('某某县教育局发布紧急通知', '市卫健委下发了
# 一份重要通知'): the issuing reported, as a news site heads its repost, no 标题 (GB/T 9704 7.3.1: 发文机关 + 事由 +
# 文种, the matter named; '…关于发布…的通知' names the text it issues between the verb and its 文种). Words before the
# verb that hold a 关于 open the matter a 标题 names ('某局关于2018年企业薪酬调查结果发布通知', the 的 before its 文种 left
# out): no such report (reported_issuing).
REPORTED_ISSUING_RE = re.compile(either_script(r"(?:发布|下发|发出|印发)了?(?:一[则份个])?(?:紧急|重要|最新)?"
                                               r"(?:通知|通告|公告|通报)$"))


def reported_issuing(text: str) -> bool:
    """The line reports that an organ issued a notice and names no matter (REPORTED_ISSUING_RE): no 关于 before the
    verb."""
    match = REPORTED_ISSUING_RE.search(text)
    return bool(match) and not ABOUT_RE.search(text[:match.start()])


LETTER_SALUTATION_MAX = 40  # characters a letter's 称谓 runs to (metadata._addressed_to reads it so)
# A sentence's lead into what a letter says ('感谢信指出：', '信中写道：', '内容如下：'): no 称谓.
REPORTED_LEAD_RE = re.compile(either_script(r"指出|写道|表示|如下|全文|说[:：]$"))
LETTER_TITLE_MAX = 50  # characters a letter's title runs to ('中共…省委…省人民政府致广大农民工朋友的慰问信': 25)
# How a letter's title opens: on whom it is written to ('致全市人民的一封信', '给…的公开信'), on the place or organ
# that writes it ('吉首市人民政府感谢信'), or it is its kind, perhaps after the occasion ('新春贺信', '慰问信'): the
# title's first line opens so (LETTER_OPENING_RE), a whole title so or as the kind alone (LETTER_HEAD_RE).
LETTER_OPENING = r"(?:致|给|写给|[\u4e00-\u9fa5]{2,}?[省市县区州旗盟镇乡](?:委|人民政府|政府)?|[\u4e00-\u9fa5]{0,4}(?:感谢|慰问|表扬|贺|公开)信)"
LETTER_OPENING_RE = re.compile(either_script("^" + LETTER_OPENING))
LETTER_HEAD_RE = re.compile(either_script(r"^(?:致|给|写给|[\u4e00-\u9fa5]{2,}?[省市县区州旗盟镇乡](?:委|人民政府|政府)?"
                                          r"|[\u4e00-\u9fa5]{0,4}(?:感谢|慰问|表扬|贺|公开)信$)"))
