"""A document's parts: the texts it issues, forwards or attaches (印发/转发
layers, 附件), where each starts, and where a part's title ends and its body
begins.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from difflib import Match, SequenceMatcher
from typing import Optional

from ...model import Line
from ...text.frame import (ABOUT_RE, ADOPTION_NOTE_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, COUNT_NOTE_RE, OPEN_BRACKETS, ORGAN_END_RE,
                           SUBTITLE_RE, TOC_HEAD_RE, is_note_line, kind_of, normal_doc_number, same_body)
from ...text.lines import bracket_depth, ends_sentence, squash
from ...text.numbering import LABEL_RE
from ...text.rows import POST_LEAD_RE
from ...text.script import either_script
from .grammar import (ANNEX_HEAD_RE, ANNEX_RUN_IN_RE, NOTE_LINES, PASSES_ON_RE, PASSING_ON_RE, TITLE_LINES, dated_at,
                      ends_file_name, ends_frame, is_date_line, is_order_name, join_title, organ_names)
from .spans import DocSpan, TitleBlock
from .unfold import BODY_OPENING_RE, PUBLISHED_KINDS
from .titles import addressees_from, continues_title, draft_stage, titleish, untitled_end, wrapped


def _core(title: str) -> str:
    """A title without its issuer: what stays when a forwarding notice
    shortens '湖北省人民政府办公厅关于…' to '省政府办公厅关于…'."""
    key = squash(title)
    about = ABOUT_RE.search(key)
    return key[about.end():] if about else key


# 引用公文应当先引标题，后引发文字号 (国家行政机关公文处理办法 第二十三条): a sentence that passes a text on names it
# by its title in 《》 and gives its 发文字号 in brackets right after ('现将《…的通知》（某府办发〔2012〕4号）转发给
# 你们'). One 发文字号 is one 公文's (GB/T 9704 7.2.4: 机关代字, year and serial): a title with a number of its own under it
# is the text so named only when the two are one number; under another it is another 公文, whatever its title shares
# with the name (named_above).
CITED_NUMBER_RE = re.compile(r"\s*[（(]\s*(?P<number>[^（）()]{4,30}?)\s*[）)]")


def _number_given(name: str, numbered: dict[str, Optional[str]]) -> Optional[str]:
    """The 发文字号 a passing sentence gives the text of this name: after the name itself, or after the name it
    gives the same text by, which a title's 《》 may word otherwise (covers)."""
    if numbered.get(name):
        return numbered[name]
    return next((number for given, number in numbered.items() if number and covers(squash(given), squash(name))), None)


def named_above(lines: list[Line], opened: TitleBlock, block: TitleBlock, layers: list[str]) -> bool:
    """The document opened above names this title — the object of its (or a
    forwarded layer's: the titles in between) 印发/转发, a 《citation》 in a
    sentence that passes the text on ("现将《…》印发给你们", "…现予公布"), an
    entry of its 附件说明, or the text its own title quotes in 《》 printed
    after its signature and date ('关于《XX条例（草案）》公开征求意见的公告'
    publishes the draft, whatever the draft's 文种; a text with its own
    发文字号 or adoption 题注 under its title is a document of its own) — so
    the block is one of its parts, not a new document. A text only cited ("按照《…》执行") is
    another document. A 解读 is named by none of them: the organ publishes it beside the
    text it explains (政府信息公开条例; '《XX办法》政策解读' after the 办法 a notice issued), so
    the text its title quotes is cited, not named, as by a title over its own 主送. A name the
    sentence gives with a 发文字号 names no title under a number of its own that is another
    (CITED_NUMBER_RE)."""
    core = _core(block.title)
    if len(core) < 4:
        return False
    addressed = bool(addressees_from(lines, block.end))
    cited = _cited(block.title) if addressed or kind_of(block.title) == "解读" else set()
    cited |= _quoted_terms(block.title)
    if ends_frame(lines, block.start - 1) and block.follows not in ("note", "doc_number") \
            and any(covers(squash(name), core) for name in re.findall(r"《([^《》]{4,120})》", opened.title)
                    if squash(name) not in cited and not _other_kind(name, block.title, addressed)):
        return True
    if _submitted_for_approval(lines, opened, block, core):
        return True
    if _honours_listed(lines, opened, block):
        return True
    named = [m.group("object") for m in map(PASSES_ON_RE.search, map(squash, [opened.title] + layers)) if m]
    sentences = re.split(r"[。；;！？]", "".join(line.text for line in lines[opened.end:block.start]))
    # A sentence that passes a text on without naming it ('…制定了《XX指引》。现予公布，…') names the one before it.
    # A 公告 titled by its organ's or session's name alone (is_order_name) publishes what it tells was adopted
    # ('…第二次会议表决通过了《XX议事规则》。'), printed under its date.
    order = is_order_name(opened.title)
    passing = [sentence for n, sentence in enumerate(sentences) if PASSING_ON_RE.search(sentence) or (
        n + 1 < len(sentences) and PASSING_ON_RE.search(sentences[n + 1]) and "《" not in sentences[n + 1])
        or order and ADOPTION_TOLD_RE.search(sentence)]
    text = "".join(passing)
    # A name in a bracketed aside is the source the sentence cites, not what it passes on ('…工作（5月4日《督查通报》第9期
    # 发现问题）整改落实情况进行了“回头看”，现将有关情况通报如下'): GB/T 15834 4.9: brackets enclose a note.
    numbered = {}  # the 发文字号 a passing sentence gives after a name (CITED_NUMBER_RE)
    for sentence in passing:
        for quoted in re.finditer(r"《([^《》]{4,120})》", sentence):
            if not bracket_depth(sentence[:quoted.start()]):
                named.append(quoted.group(1))
                if cited_number := CITED_NUMBER_RE.match(sentence, quoted.end()):
                    numbered[quoted.group(1)] = normal_doc_number(cited_number.group("number"))
    own = normal_doc_number(lines[block.end].text) if block.follows == "doc_number" and block.end < len(lines) else None
    named = [name for name in named if not (own and (number := _number_given(name, numbered)) and number != own)]
    # A report or speech under the occasion it was delivered at is named whole, not by the genre its
    # title shares with every other ('《政府工作报告》有关内容名词注释' names no province's report after it).
    delivered = block.follows == "occasion"
    if any(_core(name) == core if delivered else covers(squash(name), core)
           for name in named if squash(name) not in cited and not _other_kind(name, block.title, addressed)
           and not _passes_on_the_same(block.title, name, opened.title)
           and not _rule_about(name, core)):
        return True
    if _issued_as_printed(lines, opened, block, core, named, layers):
        return True
    # Found in the text only: not enough against a title under which a 发文字号 stands.
    return block.follows != "doc_number" and core in squash(text)


def _other_kind(name: str, title: str, addressed: bool) -> bool:
    """GB/T 9704 7.3.1: a title closes on its 文种, and a name shortened for
    a sentence drops words of the 事由, never the 文种 ('关于分解落实《政府工作
    报告》的通知' for '关于分解落实2019年国务院〈政府工作报告〉重点工作的通知').
    A name ending on another 文种 than the title's, though it holds most of
    the title's words, names the text the title is about, not the title,
    where the title is a 公文 of its own: over its own 主送 (addressed, 7.3.2;
    '政府工作报告' in '关于做好2018年政府工作报告主要目标任务…的通知'), or a
    公告 or 通告, published to all under its own title (党政机关公文处理工作条例
    第八条; '现将《征收补偿安置方案》内容和有关事项公告如下' names no
    '…征地补偿安置方案公告')."""
    named, kind = kind_of(squash(name)), kind_of(title)
    return named is not None and named != kind and (addressed or kind in PUBLISHED_KINDS)


# A title that submits a text for approval (立法法 第八十一条: a 设区的市's 地方性法规 goes to the province's 人大常委会
# for 批准; a 自治条例 or 单行条例 likewise): '关于报请(审查)批准《XX条例》的报告/请示'.
SUBMITTED_FOR_APPROVAL_RE = re.compile(either_script(r"报请(?:审查)?批准《(?P<name>[^《》]{4,120})》的?(?:报告|请示)$"))


def _submitted_for_approval(lines: list[Line], opened: TitleBlock, block: TitleBlock, core: str) -> bool:
    """立法法 第八十一条: a city's 人大常委会 submits the 地方性法规 it adopted
    to the province's 常委会 by a 报告 (or 请示) that names it in its title,
    and prints the 法规 after its signature and date, under its own title and
    the 题注 that tells the session that adopted it. That 题注 belongs to the
    submitted text (its adoption, already done): the text stays the part of
    the report that submits it. A title with its own 发文字号 under it is a
    document of its own."""
    submitted = SUBMITTED_FOR_APPROVAL_RE.search(re.sub(r"\s", "", opened.title))
    return bool(submitted) and ends_frame(lines, block.start - 1) and block.follows != "doc_number" \
        and _core(squash(submitted.group("name"))) == core


# The words a 印发 notice's title and the issued text's own title must end on alike, the 文种 among them, where a
# store lost characters of either ('…“惠享美好生活爱购…”惠民消费券发放活动实施方案' over '…美好生活 购…惠民消费券
# 发放活动实施方案'): the 事由's last words and the kind, more than any 文种 with a word or two before it.
DAMAGED_NAME_TAIL = 10


def _issued_as_printed(lines: list[Line], opened: TitleBlock, block: TitleBlock, core: str, named: list[str],
                       layers: list[str]) -> bool:
    """党政机关公文处理工作条例 第八条 and GB/T 9704 8.1: a 印发 notice prints the
    one text it issues right after its 成文日期, under that text's own title,
    with no 发文字号 or 主送 of its own. That title may not read as the name
    the notice gave (covers): the store lost or put characters in either, so
    they end alike, the 事由's last words and the 文种 (ends_alike, against
    the one name the notice's title quotes in 《》); or the title as printed
    varies one word of the name the notice gives (_kind_word_varied, against
    the one name it passes on, no layer between). A title with its own frame
    under it is another document."""
    if not ends_frame(lines, block.start - 1) or block.follows in ("note", "doc_number", "addressee"):
        return False
    quoted = [squash(name) for name in re.findall(r"《([^《》]{4,120})》", opened.title)]
    if PASSES_ON_RE.search(squash(opened.title)) and len(quoted) == 1 and ends_alike(quoted[0], core):
        return True
    given = {squash(name) for name in named}
    return not layers and len(given) == 1 and _kind_word_varied(given.pop(), core)


def ends_alike(name: str, title: str) -> bool:
    """The name a notice gives the text it issues and that text's own title
    end on the same 文种 and on the same DAMAGED_NAME_TAIL characters."""
    name, title = squash(name), squash(title)
    if not kind_of(name) or kind_of(name) != kind_of(title):
        return False
    tail = 0
    while tail < min(len(name), len(title)) and name[-1 - tail] == title[-1 - tail]:
        tail += 1
    return tail >= DAMAGED_NAME_TAIL


# The 文种 of a rule (规章制定程序条例 第七条: a rule is titled by its place, its matter and its kind, 条例, 规定 or
# 办法; a 规范性文件's 细则 and 规则 likewise).
RULE_KINDS = ("条例", "规定", "办法", "细则", "规则")


def _rule_about(name: str, core: str) -> bool:
    """A text passed on by the name of a thing alone, with no 文种 ('关于公布
    市级烈士纪念设施的通知': the facilities it lists), names no rule about that
    thing: a title that ends on a rule's 文种 after the name ('某某市烈士纪念
    设施保护管理办法') titles a text of its own matter, the rule on what the
    name names, not the thing passed on."""
    return kind_of(squash(name)) is None and kind_of(core) in RULE_KINDS


# A 决定 or 通报 that names, commends or confers an honour (党政机关公文处理工作条例 第八条: 决定 for 奖惩, 通报 for
# 表彰先进) prints the list of those it honours after its 成文日期, under a title of its own that repeats the honour
# its title quotes ('关于命名2017年…“无烟单位”的决定' / '2017年…“无烟单位”名单'), whether or not its body says the
# list follows: that 名单 is its part. A 名单 of another term, or after a text that honours none, is not named so.
HONOURS_RE = re.compile(either_script(r"命名|表彰|授予|评为|认定|通报表扬"))


def _honours_listed(lines: list[Line], opened: TitleBlock, block: TitleBlock) -> bool:
    """The block is the list of those the opened text's title honours: a
    名单 after the frame's end that quotes the honour the title quotes."""
    if kind_of(block.title) != "名单" or block.follows in ("note", "doc_number", "addressee") \
            or not ends_frame(lines, block.start - 1) or not HONOURS_RE.search(opened.title):
        return False
    return bool(_quoted_terms(opened.title) & _quoted_terms(block.title))


def _quoted_terms(title: str) -> set[str]:
    """The terms a title quotes ('XX局“双随机、一公开”抽查工作细则'): the name of a scheme or a campaign, which a
    text above may set in 《》 too ('将《双随机、一公开》抽查工作计划…报办公室'); so set, it names the term, not this
    title's text."""
    return {squash(term) for term in re.findall(r"[“\"]([^“”\"]{2,30})[”\"]", title)}


# A sentence that tells a text was adopted, naming it: '…会议表决通过了《XX规则》'.
ADOPTION_TOLD_RE = re.compile(either_script(r"通过了《"))


def _entry_wrapped(lines: list[Line], block: TitleBlock, end: int) -> bool:
    """GB/T 9704 7.3.4: the 附件说明's entries, numbered in sequence ('1、…',
    '2、…'); the name of one the wrap carried onto the next line ends there.
    A title block between an entry's line (which ends no sentence) and the
    next entry's number is that entry's name going on, not a text printed
    with the notice, however it ends in a kind word."""
    above = lines[block.start - 1].text.strip() if block.start > 0 else ""
    entry = ANNEX_ITEM_RE.match(above)
    below = ANNEX_ITEM_RE.match(lines[block.end].text.strip()) if block.end < end else None
    return bool(entry and below) and int(below.group("no")) == int(entry.group("no")) + 1 \
        and not ends_sentence(above)


def _passes_on_the_same(title: str, name: str, above: str) -> bool:
    """The title itself passes on (公布, 印发, 转发…) a text of the name
    given, under an organ that the title above (the notice that names the
    text) does not name: another organ's notice that publishes a text so
    named ('巢湖市人民政府关于公布第三批市级非物质文化遗产名录的通知' under
    '聊城市人民政府关于公布第三批…名录的通知'), not a layer of the notice above.
    A 转发 names the organ whose notice it forwards ('…转发国务院生产办公室
    《…规定》的通知' over '国务院生产办公室印发《…规定》的通知'): that notice is
    the layer."""
    key = squash(title)
    passing = PASSES_ON_RE.search(key)
    if not passing or not covers(squash(name), squash(passing.group("object"))):
        return False
    organ = re.sub(r"关于$", "", key[:passing.start()])
    return len(organ) >= 3 and bool(ORGAN_END_RE.search(organ)) and not _forwards(squash(above), organ)


# The proper name of an organ's place, before its level word: '山东' of 山东省人民政府办公厅.
PLACE_PROPER_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{2,8}?(?=省|自治区|市|自治州|州|盟|县|旗|区)"))
# The organs a 转发 or 批转 names in a title, between the verb and what it forwards ('…转发省发展改革委关于…',
# '…批转市财政局、市税务局《…》').
FORWARDED_ORGANS_RE = re.compile(either_script(r"(?:转发|批转)(?P<organs>[\u4e00-\u9fa5、]{2,60}?)(?=关于|《|印发|$)"))


def _forwards(above: str, organ: str) -> bool:
    """The title above names the organ: whole, or as a 转发 names the organ
    whose notice it forwards, by a short name (frame.same_body) from its level
    on, its place's proper name left out ('…转发省政府办公厅关于…' for
    山东省人民政府办公厅, '…转发省发展改革委关于…' for 山东省发展和改革委员会),
    as a body of the province calls the province's organs."""
    if organ in above:
        return True
    place = PLACE_PROPER_RE.match(organ)
    levelled = organ[place.end():] if place else organ
    return any(same_body(name, levelled) for forwarded in FORWARDED_ORGANS_RE.finditer(above)
               for name in forwarded.group("organs").split("、"))


def _cited(title: str) -> set[str]:
    """The works a title quotes in 《》 or 〈〉. A title over its own 主送 (one
    line or wrapped) is a 公文 of its own (GB/T 9704 7.3.2), a layer of the document above only when
    that one names it: '…关于印发2022年《政府工作报告》重点任务分工的通知' is
    about the report, so a 《政府工作报告》 the document above cites ('对照
    《政府工作报告》确定的目标任务', an 附件说明's '…《政府工作报告》任务分解表')
    does not name it. (A text without a 主送, such as a draft's '《…》起草说明',
    stays the part of the notice that publishes the draft.)"""
    return {squash(name) for name in re.findall(r"[《〈]([^《》〈〉]{2,120})[》〉]", title)}


def covers(name: str, core: str) -> bool:
    """A forwarding text may shorten a title ('关于分解落实《政府工作报告》的
    通知' for '关于分解落实2019年国务院〈政府工作报告〉重点工作的通知'):
    most of the shorter one is found, in order, in the longer one. Shortening
    drops words and does not replace them: a title with other words in their
    place ('2023年新余市…要点' for '2023年宜昌市…要点') is another text's."""
    name = _core(name)
    short, long = sorted((name, core), key=len)
    if len(short) < 4:
        return False
    if _other_year(short, long):
        return False
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    own = set()  # where the shorter one names its own place as the whole of it ('全省' for '某某省')
    for before, after in zip([Match(0, 0, 0)] + blocks, blocks):
        missed, put = after.a - before.a - before.size, after.b - before.b - before.size
        if missed and put > missed:
            if _own_place(short[after.a - missed:after.a + 1], long[after.b - put:after.b]):
                own.add(after.a - 1)
                continue
            return False  # a word put in the place of the shorter one's ('…水法' for '…矿产资源法'): another text
    found = own.union(*(range(b.a, b.a + b.size) for b in blocks))
    replaced = sum(1 for k, char in enumerate(short) if k not in found and "\u4e00" <= char <= "\u9fa5")
    return len(found) / len(short) >= 0.85 and replaced <= REPLACED_WORDS


# The year a title names as its matter's ('关于开展2010年节能宣传周活动的通知', '2023年…工作要点'): GB/T 9704 7.3.1,
# the 事由 says which year's work the text is about.
TITLE_YEAR_RE = re.compile(r"(?<![0-9０-９])([0-9０-９]{4})(?=\s*年)")


def _other_year(short: str, long: str) -> bool:
    """GB/T 9704 7.3.1: a title's 事由 names the matter, and a matter that
    recurs each year (a 节能宣传周, a year's 工作要点) is named with its year:
    '关于开展2010年节能宣传周活动的通知' and '…开展2024年全国节能宣传周…的
    通知' are two years' texts, not one named short. Where both name years
    and share none, the shorter names another text however much of the rest
    matches (a shortened title drops words; it does not change the year)."""
    years = [{unicodedata.normalize("NFKC", year) for year in TITLE_YEAR_RE.findall(text)} for text in (short, long)]
    return all(years) and not years[0] & years[1]


REPLACED_WORDS = 1  # characters of the shorter title not found in the longer: a variant or a slip, not a word
# The level words that close a place's name ('某某市', '某某县'): a word varied before one is another place.
PLACE_LEVEL_RE = re.compile(r"[省市县区州旗盟乡镇村]")
VARIED_WORD = 2  # characters of one word of the 事由 a title printed after its notice's date may vary


def _kind_word_varied(name: str, core: str) -> bool:
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a 印发 notice names
    the one text it issues and prints that text right under its own 成文日期,
    a bare title with no 发文字号 or 主送 of its own. The text's title as
    printed may vary one word of the name the notice gave it, the word that
    qualifies its 文种 ('…行动计划' named, '…工作计划' printed): same length,
    same place, year and 文种, one run of at most two characters put in the
    place of as many. A run that closes on a level word (市, 县…) or is one
    (the place's own name, '新余市' for '宜昌市'), or a year's figures, makes
    another text: those stay covers' business."""
    if len(name) != len(core) or name == core or not kind_of(name) or kind_of(name) != kind_of(core):
        return False
    diff = [k for k, (a, b) in enumerate(zip(name, core)) if a != b]
    if diff[-1] - diff[0] + 1 > VARIED_WORD or diff[-1] - diff[0] + 1 != len(diff):
        return False
    run = range(diff[0], diff[-1] + 1)
    if any(not ("\u4e00" <= name[k] <= "\u9fa5" and "\u4e00" <= core[k] <= "\u9fa5") for k in run):
        return False
    after = diff[-1] + 1
    return not (PLACE_LEVEL_RE.match(name[after:after + 1]) or any(PLACE_LEVEL_RE.match(name[k]) or
                                                                    PLACE_LEVEL_RE.match(core[k]) for k in run)) \
        and after <= len(name) - len(kind_of(name))
OWN_PLACE_RE = re.compile(r"[全本我][省市县区州]")
PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fa5]{1,6}")


def _own_place(word: str, put: str) -> bool:
    """A text names its own place as the whole of it ('2023年全省…工作要点',
    '本市', '我省') where the notice that issues it names the place ('印发2023年
    某某省…工作要点'): word is the shorter title's missed character with the
    level word after it ('全' and '省'), put the place's name the longer one
    has before that level word ('某某')."""
    return bool(OWN_PLACE_RE.fullmatch(word)) and bool(PLACE_NAME_RE.fullmatch(put))


def part_starts(lines: list[Line], span: DocSpan, blocks: list[TitleBlock], block_starts: list[int],
                 full_width: float):
    """Parts are the texts a document issues, forwards or attaches. GB/T 9704
    puts them after the 成文日期 (附件 follow the 版记); a gazette that prints
    the date under the title leaves no date at the end, so a part also begins
    at a title the document names (at any depth of a 转发 chain), and at an
    附件 marker that is no 附件说明 (a marker followed by its numbered list).
    Above the 成文日期 a line that opens with 附件 is the 附件说明 (7.3.4),
    also where the page lost its colon and ran the title on ('附件2020年…名单')."""
    first_date = next((i for i in range(span.title.end, span.end)
                       if dated_at(lines, i) and not _dated_byline(lines, span.title.end, i)), None)
    parts = []
    first, last = bisect_left(block_starts, span.title.end), bisect_left(block_starts, span.end)
    titles = {b.start: b for b in blocks[first:last]}
    i = span.title.end
    while i < span.end:
        after_date = first_date is not None and i > first_date
        annex = ANNEX_MARK_RE.match(lines[i].text)
        if annex and not after_date and (first_date is not None or i + 1 >= span.end
                                         or LABEL_RE.match(lines[i + 1].text)) \
                and not (i + 1 in titles and titles[i + 1].follows == "doc_number"):
            annex = None  # the 附件说明 above the signature, not an 附件; but a 附件说明 names its files, and a title
            # with its own 发文字号 under the bare mark is a 公文 printed whole as the 附件 (GB/T 9704 8), the date
            # below its own
        if i in titles and first_date is not None and not after_date and re.match(r"^附\s*件", lines[i].text):
            i = titles[i].end  # the 附件说明 whose colon the page lost ('附件2020年…名单'), over the signature
            continue
        if i in titles and first_date is not None and not after_date and i > span.title.end \
                and _annex_name_above(lines[i - 1].text) and _signed_below(lines, titles[i].end, first_date):
            i = titles[i].end  # the 附件说明's name under its mark alone ('附件：' / '…办法'), or the rest of the name
            # its line began, the wrap turning its last words ('附件:…矿山' / '生态保护修复方案'), over the signature
            continue
        if i in titles and not after_date and not _entry_wrapped(lines, titles[i], span.end) \
                and named_above(lines, span.title, titles[i], [t.title for k, t in titles.items() if k < i]):
            parts.append((i, titles[i].title, None))
            i = titles[i].end
            continue
        if first_date is None and (unmarked := _annex_under_note(lines, span, i, full_width)):
            title, stop = unmarked
            parts.append((i, title, None))
            i = stop
            continue
        if not after_date and not annex:
            i += 1
            continue
        if after_date and (run_in := _run_in_annex(lines, i, span.end, full_width)):
            title, stop = run_in
            parts.append((i, title, ANNEX_RUN_IN_RE.match(lines[i].text).group("no") or ""))
            i = stop
            continue
        if annex:
            title = None
            nxt = i + 1
            if nxt in titles:
                title, nxt = titles[nxt].title, titles[nxt].end
                if (noted := _noted_tail_end(lines, span, i + 1, nxt)) > nxt:
                    title, nxt = join_title([line.text for line in lines[i + 1:noted]]), noted
            elif nxt < span.end and titleish(lines[nxt]):
                stop = _noted_tail_end(lines, span, nxt, untitled_end(lines, nxt, span.end, full_width))
                title, nxt = join_title([line.text for line in lines[nxt:stop]]), stop
            if title and (listed := _listed_annex_end(lines, span, i, i + 1, full_width)) > nxt:
                title, nxt = join_title([line.text for line in lines[i + 1:listed]]), listed
            if title and ends_file_name(lines, nxt - 1):
                i = nxt  # under its mark, the name of a file the page links ('附件：' / '…对比图.docx'): no annex
                continue
            parts.append((i, title, annex.group("no") or ""))
            i = nxt
            continue
        if i in titles:
            # The text the document names as what it issues runs to where that name ends, past a line
            # ending in a kind word the measure cut it after ('…公文处理实施细则' / '及文种式样').
            named_end = _named_title_end(lines, span, i)
            end = named_end if named_end and named_end > titles[i].end else titles[i].end
            whole = join_title([line.text for line in lines[i:end]])
            parts.append((i, titles[i].title if end == titles[i].end else whole, None))
            i = end
            continue
        if _under_date(lines, i) and (named := _printed_untitled(lines, span, i, full_width)):
            parts.append((i, named, None))
            i += 1
            continue
        if not (titleish(lines[i]) and _under_date(lines, i)
                and lines[i].text[:1] not in "（(" and not is_note_line(lines[i].text) and len(lines[i].text) >= 6
                and (not ORGAN_END_RE.search(lines[i].text) or _announces_appended(lines, span.title.end, i))):
            i += 1  # no title under a 成文日期 starts here, nor a 附注, in brackets or not (GB/T 9704 7.3.6: '（联系人：…）',
            # '此件公开发布' with the brackets a page lost)
            continue
        named_end = _named_title_end(lines, span, i)
        stop = named_end or untitled_end(lines, i, span.end, full_width)
        title = join_title([line.text for line in lines[i:stop]])
        if not ADOPTION_NOTE_RE.match(join_title([line.text for line in lines[i:i + NOTE_LINES]])) \
                and (named_end or not (re.search(r"[，；,;]", title) or BODY_OPENING_RE.match(title))) and (named_end or stop < span.end and (
                    not titleish(lines[stop]) or wrapped(lines[stop], full_width) or TOC_HEAD_RE.match(lines[stop].text))
                    and not is_date_line(lines[stop].text)
                    or stop == span.end and _passes_on(lines, span.title.end, i - 1)
                    and not re.search(r"[，。；：,;:]", title)):
            # An issued text whose title has no kind word ("…重点工作责任分解"), after a 成文日期:
            # one the notice names as what it issues (现将《…》印发给你们), whatever follows it, or
            # one with its text or its own 目录 under it, or, where the document ends at that title
            # (an excerpt cut there, the next document's title under it), one line with no sentence
            # in it under the date of a notice that passes a text on; not the 题注 of the regulation an order
            # promulgates, printed under the order's date, nor the first line of a text's body
            # under the date in brackets its title block ends with ("（二○一○年四月二十六日）").
            parts.append((i, title, None))
            i = stop
            continue
        i += 1
    return parts


def _annex_names(lines: list[Line], span: DocSpan, i: int, full_width: float) -> set[str]:
    """The names the 附件说明 above line i gives its annexes (GB/T 9704 7.3.4: '附件：XX表', or '附件：' and its
    numbered items, '1.XX表' / '2.XX名单'), squashed, each item without its number and read on over the lines the
    wrap filled ('附件:…项目验' / '收结果公示表')."""
    names: list[str] = []
    listing = False
    for k in range(span.title.end, i):
        text = lines[k].text.strip()
        if run_in := ANNEX_RUN_IN_RE.match(text):
            names.append(re.sub(r"^\d{1,2}\s*[.．、]\s*", "", run_in.group("title")))
            listing = True
        elif listing and (item := ANNEX_ITEM_RE.match(text)):
            names.append(item.group("rest"))
        elif listing and names and wrapped(lines[k - 1], full_width):
            names.append(names[-1] + text)  # (the name as it stands kept too: a line that seems to fill the measure
            # may end the name, the signature under it)
        elif ANNEX_LIST_RE.match(text):
            listing = True
        else:
            listing = False
    return {squash(name) for name in names}


def _listed_annex_end(lines: list[Line], span: DocSpan, mark: int, start: int, full_width: float) -> int:
    """Where the title of the annex under its bare mark (line mark, the title from line start) ends, when its lines
    read together give a name the 附件说明 above gives (GB/T 9704 8: the annex is printed under the title the 附件说明
    names it by, 7.3.4; the lines a centred title is broken over run on to that name, '…奖补项目' / '验收结果公示表',
    though the first ends on no kind word and stops short); start when they give none."""
    names = _annex_names(lines, span, mark, full_width)
    return next((stop for stop in range(min(span.end, start + TITLE_LINES), start + 1, -1)
                 if squash(join_title([line.text for line in lines[start:stop]])) in names), start)


def _annex_under_note(lines: list[Line], span: DocSpan, i: int, full_width: float) -> Optional[tuple[str, int]]:
    """(title, end) of an 附件 printed at line i right under the 附件说明
    that names it. GB/T 9704 7.3.4 names each annex in the 附件说明 as the
    annex's own title prints it, and 8 prints the annex after the notice
    under that title; a page that drops the signature, the 成文日期 and the
    annex's '附件' mark sets the title right under the 附件说明 ('附件：XX名录'
    / 'XX名录' / its rows). A title line there (with its text under it, no
    organ's name that would sign) that repeats the one name the 附件说明
    gives, perhaps a word short ('…第六批名录' for '…第六批县级名录'), opens
    the annex; the 附件说明's own name wrapped onto the lines above is read
    whole first."""
    k = i - 1
    while k > span.title.end and not ANNEX_RUN_IN_RE.match(lines[k].text) and wrapped(lines[k - 1], full_width):
        k -= 1  # back over the wrapped lines of the 附件说明's name
    match = ANNEX_RUN_IN_RE.match(lines[k].text) if k >= span.title.end else None
    if not match or LABEL_RE.match(match.group("title")) or ANNEX_ITEM_RE.match(lines[i].text) \
            or not titleish(lines[i]) or is_date_line(lines[i].text) or organ_names(lines[i].text) \
            or any(not wrapped(lines[j], full_width) for j in range(k, i - 1)):
        return None
    stop = untitled_end(lines, i, span.end, full_width)
    if stop >= span.end:
        return None  # nothing printed under it: no annex
    name = squash(join_title([match.group("title")] + [line.text for line in lines[k + 1:i]]))
    title = join_title([line.text for line in lines[i:stop]])
    short, long = sorted((squash(title), name), key=len)
    if len(short) < REPEATED_NAME_SHARE * len(long) or not covers(name, squash(title)):
        return None
    return title, stop


REPEATED_NAME_SHARE = 0.8  # of the 附件说明's name an annex's title repeats: a word may drop, not a phrase


def _annex_name_above(text: str) -> bool:
    """The line over a title block is the 附件说明's head (GB/T 9704 7.3.4): its mark alone ('附件：'), or its mark
    and a name that ends no sentence ('附件:…矿山'), which the block's words may go on from."""
    text = text.strip()
    return bool(ANNEX_MARK_RE.match(text) or ANNEX_LIST_RE.match(text) and not ends_sentence(text)
                and not ANNEX_ITEM_RE.match(ANNEX_LIST_RE.sub("", text).strip()))


def _signed_below(lines: list[Line], start: int, date: int) -> bool:
    """GB/T 9704 7.3.4-7.3.5: the 附件说明 stands under the body and over
    the signature and 成文日期; a page that prints its mark alone ('附件：')
    sets the annex's name on the line under it. That name is no text printed
    after the notice when only the signers' names stand between it and the
    date (an issued text's title has its body under it), or the list's
    further items, each its mark and its name ('附件2：' / '…日程安排', or
    '附件2：…' on one line), and then the signers' names."""
    k = start
    while k < date and (ANNEX_MARK_RE.match(text := lines[k].text.strip()) or ANNEX_LIST_RE.match(text)):
        k += 1
        if ANNEX_MARK_RE.match(text):
            k += 1  # the name under the mark alone
        turned = 0  # the lines the measure turned the name onto ('…日程安' / '排'): words only, no organ's name
        while k < date and turned < ANNEX_NAME_LINES and not ANNEX_MARK_RE.match(nxt := lines[k].text.strip()) \
                and not ANNEX_LIST_RE.match(nxt) and not re.search(r"[，。；：,;:]", nxt) and not organ_names(nxt):
            k += 1
            turned += 1
    return k < date and all(organ_names(line.text) for line in lines[k:date])


ANNEX_NAME_LINES = 2  # further lines an 附件说明 item's name takes at the narrowest measure


def _noted_tail_end(lines: list[Line], span: DocSpan, start: int, stop: int) -> int:
    """GB/T 9704 7.3.4 names each 附件 in the 附件说明 as its own title prints
    it (8): a line in brackets under an annex's title ('…规范性文件目录' /
    '（12件）') is a line of that title when the document names the annex with
    it ('附件：…规范性文件目录（12件）'), as a kind word's title goes on to
    '（试行）'; a bracket it names no annex with ('（单位：万元）') is the text's."""
    named = squash("".join(line.text for line in lines[span.title.end:start]))
    while stop < span.end and (continues_title(lines, stop) or COUNT_NOTE_RE.match(lines[stop].text.strip())) \
            and squash(join_title([line.text for line in lines[start:stop + 1]])) in named:
        stop += 1
    return stop


def _dated_byline(lines: list[Line], head: int, k: int) -> bool:
    """The date on line k closes the head, no text: a 公报 prints its authors
    and the date under its title, perhaps under its 副题 ('——全区常住人口情况'
    / 'XX区统计局 XX区人口普查领导小组办公室' / '2021年6月29日'), where GB/T
    9704 prints the 成文日期 under the signature at the text's end. Nothing
    but organs' names (and the 副题) stands between the title and it."""
    names = [line.text for line in lines[head:k] if not SUBTITLE_RE.match(line.text)]
    return bool(names) and bool(organ_names("".join(names)))


def _under_date(lines: list[Line], i: int) -> bool:
    """Line i is where GB/T 9704 prints what follows the 成文日期: right
    under it, or under the 附注 in brackets set under it (7.3.6:
    '（此件公开发布）'); not under a date in brackets, which a text's title
    block ends with ("（二○一○年四月二十六日）")."""
    return i > 0 and dated_at(lines, i - 1) and not re.match(rf"^[{OPEN_BRACKETS}]", lines[i - 1].text) \
        or i > 1 and is_note_line(lines[i - 1].text) and dated_at(lines, i - 2)


def _passes_on(lines: list[Line], body: int, date: int) -> bool:
    """The body above the 成文日期 passes a text on (现将…印发给你们, 现予公布):
    GB/T 9704 prints that text after the date, under its own title."""
    return bool(PASSING_ON_RE.search("".join(line.text for line in lines[body:date])))


APPENDED_RE = re.compile(either_script(r"附后"))  # '（名单附后）', '（分解表附后）': what the body says follows it


def _announces_appended(lines: list[Line], body: int, date: int) -> bool:
    """The body above the 成文日期 says a list or table is appended ('名单附
    后'): the line under the date is that list's title, though it ends like
    an organ's name ('…模范居委会'), not a signature printed after the date."""
    return any(APPENDED_RE.search(line.text) for line in lines[body:date])


def _run_in_annex(lines: list[Line], i: int, end: int, full_width: float) -> Optional[tuple[str, int]]:
    """(title, end) of an 附件 whose mark and title share line i ("附件1：XX目录",
    its title perhaps wrapped), after the 成文日期, where GB/T 9704 puts the
    附件 (above the signature, the same line is the 附件说明): one with its
    text under it, not an entry of a list ('附件：1.…', '2.…') nor a line
    above a date or over the 附件 themselves (an issued text's 附件说明: '附件：…' then '附件2：…',
    or the annex it names printed below under a mark of its own)."""
    match = ANNEX_RUN_IN_RE.match(lines[i].text)
    if not match or LABEL_RE.match(match.group("title")):
        return None
    stop = untitled_end(lines, i, end, full_width)
    if ends_file_name(lines, stop - 1):
        return None  # the name of a file the page links ('附件：…名录.docx'): no annex printed here
    if stop >= end or LABEL_RE.match(lines[stop].text) and not lines[stop].cells or is_date_line(lines[stop].text) \
            or ANNEX_HEAD_RE.match(lines[stop].text):
        return None
    head = squash(match.group("title"))[:ANNEX_TITLE_KEY]
    if any(ANNEX_MARK_RE.match(lines[k - 1].text) and squash(lines[k].text).startswith(head)
           for k in range(stop + 1, end)):
        return None
    return join_title([match.group("title")] + [line.text for line in lines[i + 1:stop]]), stop


ANNEX_TITLE_KEY = 8  # characters of an annex's title that a narrow measure leaves on its first line


def part_label(text: str, title: Optional[str]) -> str:
    """The mark a part is printed under ('附件2'), without the title run into its line."""
    match = ANNEX_RUN_IN_RE.match(text)
    return match.group("mark") if match and title_in(match.group("title"), title) else text


NESTED_QUOTES = str.maketrans("〈〉", "《》")  # a title quoted inside 《》 quotes its own 《》 as 〈〉


def _names_passed_on(lines: list[Line], span: DocSpan, i: int) -> set[str]:
    """The texts the document names, above line i, as what it issues or forwards: in a sentence
    that passes them on ("现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们") or
    as the object of its title's 印发/转发."""
    text = "".join(line.text for line in lines[span.title.end:i])
    passing = "".join(sentence for sentence in re.split(r"[。；;！？]", text) if PASSING_ON_RE.search(sentence))
    named = {squash(name.translate(NESTED_QUOTES)) for name in re.findall(r"《([^《》]{4,120})》", passing)}
    if match := PASSES_ON_RE.search(squash(span.title.title)):
        named.add(re.sub(r"^《|》$", "", match.group("object")))
    return named


def _named_title_end(lines: list[Line], span: DocSpan, i: int) -> Optional[int]:
    """Where a title that starts at line i ends, when the document names it,
    as printed, as the text it issues or forwards; None when it names none there."""
    named = _names_passed_on(lines, span, i)
    # The longest name printed there: the body may name a shorter text too, the one this one revises
    # ('《…实施细则》' of a notice issuing '…实施细则及文种式样').
    stop = next((stop for stop in range(min(span.end, i + 2 * TITLE_LINES), i, -1)
                 if squash(join_title([line.text for line in lines[i:stop]])) in named), None)
    if stop is None:
        return None
    while stop < span.end and (draft_stage(lines, stop) or continues_title(lines, stop)):
        stop += 1  # its stage or years in brackets under it: '（修正草案·二审稿）', '（2021—2025年）'
    return stop


SENTENCE_MARK_RE = re.compile(r"[，。；,;！？]")


def _printed_untitled(lines: list[Line], span: DocSpan, i: int, full_width: float) -> Optional[str]:
    """GB/T 9704 7.3.1: a 标题 holds no sentence's punctuation. A paragraph
    under the 成文日期 whose first line has it (or runs on to it, filling
    the measure) is the issued text printed without its title, when the
    notice names the one text it passes on: that name is the part's title."""
    k = i
    while k + 1 < span.end and not SENTENCE_MARK_RE.search(lines[k].text) and wrapped(lines[k], full_width) \
            and not LABEL_RE.match(lines[k + 1].text):
        k += 1  # a line that fills the measure goes on, unless an item's number opens the next
    if not SENTENCE_MARK_RE.search(lines[k].text) or POST_LEAD_RE.match(lines[i].text) \
            or lines[i].text[:1] in "（(" or ends_frame(lines, i) or ANNEX_MARK_RE.match(lines[i].text) \
            or addressees_from(lines, i):
        return None  # (a 主送 ending in its colon opens a frame, 7.3.2, under the day a page's field gives over it too;
        # a 主送 of many organs the measure wrapped, 回行时仍顶格, is read down its lines to that colon)
    named = _names_passed_on(lines, span, i)
    return next(iter(named)) if len(named) == 1 else None


def title_in(text: str, title: Optional[str]) -> bool:
    return bool(title) and re.sub(r"\s", "", text) in re.sub(r"\s", "", title)


def part_body_start(lines: list[Line], start: int, end: int, title: Optional[str]) -> int:
    """Skip the 附件 marker and the title lines at the top of a part."""
    i = start
    if ANNEX_MARK_RE.match(lines[i].text) or part_label(lines[i].text, title) != lines[i].text:
        i += 1  # the mark, alone or with the title's first words run into it
    if title:
        taken = ""
        while i < end and len(taken) < len(re.sub(r"\s", "", title)) and \
                re.sub(r"\s", "", lines[i].text) in re.sub(r"\s", "", title):
            taken += re.sub(r"\s", "", lines[i].text)
            i += 1
    if i == start:
        return start  # no mark and no title printed: the text opens at once, its title named above it
    return max(i, start + 1) if i < end else i
