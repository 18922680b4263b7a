"""A 主送 run on after a title or a number (GB/T 9704 7.3.2): the names it
lists, the class it addresses by 各, a letter's 称谓, the member a reply
answers, the parties a notice is served on, and the body run on after it.
"""
from __future__ import annotations

import re
from typing import Optional

from ....text.frame import (ABOUT_RE, ADDRESSEE_CLASS_RE, addressee_names, ADDRESSEE_PLACE, answered, CLOSING_FORMULA_RE,
                            DATE_RE, kind_of, ORGAN_END_RE, ORGAN_START_RE, without_greeting)
from ....text.script import either_script
from ..grammar import (ADDRESSEE_RE, ADDRESSEE_WORDS, ADDRESSEE_WRAP, ANNEX_HEAD_RE, balanced, is_addressee_line,
                       is_date_line, join_title, LETTER_SALUTATION_MAX, organs_by_name, PASSING_ON_RE,
                       REPLY_OPENING_RE, REPORTED_LEAD_RE, TITLE_CHARS)
from .forms import PUBLISHED_KINDS


def addressees_opening(texts: list[str]) -> bool:
    """The lines given open with a 主送 closing on its colon (GB/T 9704
    7.3.2), on one line or wrapped over a few: names, with no figure, date
    or 附件 mark among them (a signature over its date, then the 附件's mark
    or the next title, read on into a colon, are no 主送)."""
    for k in range(1, len(texts) + 1):
        if k > 1 and (is_date_line(texts[k - 1]) or ANNEX_HEAD_RE.match(texts[k - 1])):
            return False
        joined = join_title(texts[:k])
        if is_addressee_line(joined) and not re.search(r"\d", joined) and not DATE_RE.search(joined):
            return True
    return False


def addressees_then_body(texts: list[str]) -> bool:
    """The lines given open with a 主送 closing on its colon, and the body's first sentence run on after the
    colon as an extractor that joins text boxes gives it ('…银行：现将《…》印发给你们，…'): what follows the
    colon opens as a body opens (BODY_OPENING_RE)."""
    joined = join_title(texts)
    colon = re.search(r"[:：]", joined)
    return bool(colon) and bool(BODY_OPENING_RE.match(joined[colon.end():])) and addressees_opening([joined[:colon.end()]])


def class_addressees_run_on(texts: list[str]) -> bool:
    """The lines given open with a 主送 that addresses a class of organs by 各
    ('各镇人民政府、街道办事处，各委、局，各直属单位：', GB/T 9704 7.3.2), closing
    on its colon, and the body run on after the colon as a page that runs a
    whole notice into one paragraph gives it, whatever the body's first
    sentence opens with ('…单位:西青区第十六届人民代表大会…批准了…'): no
    sentence opens on 各 and a list of organs and stops at a colon right
    after a title."""
    joined = join_title(texts).lstrip()
    colon = re.search(r"[:：]", joined)
    return bool(colon) and colon.end() < len(joined) and bool(CLASS_OPENING_RE.match(joined)) \
        and addressees_opening([joined[:colon.end()]])


def reply_addressee_run_on(texts: list[str]) -> bool:
    """The lines given open with one body's name over its colon, and the
    body's first sentence run on after the colon answers that body in the
    second person ('…公司:你公司《关于…的请示》收悉。', '…局：你局…'): a notice
    or 批复 that answers a 请示 opens so, addressing the organ that asked
    (GB/T 9704 7.3.2), so the name is its 主送 though one name alone over a
    colon is as often a list's lead (grammar._organs_only). Only a whole
    organ's name ending as organs end, with no sentence word in it."""
    joined = join_title(texts).lstrip()
    colon = re.search(r"[:：]", joined)
    if not colon or colon.end() >= len(joined):
        return False
    name = joined[:colon.start()].strip()
    return 2 < len(name) <= TITLE_CHARS and not re.search(r"[、，,；;。\s（）()《》]", name) \
        and bool(ORGAN_END_RE.search(name)) and not ABOUT_RE.search(name) \
        and bool(REPLY_OPENING_RE.match(joined[colon.end():].lstrip()))


CLASS_OPENING_RE = re.compile(either_script(r"^各[\u4e00-\u9fa5]"))


# How a body's first sentence opens (its purpose, ground or occasion), which no title goes on with after its 文种.
BODY_OPENING_RE = re.compile(either_script(r"^(?:为了?|根据|按照|依据|依照|遵照|近年来|随着|今年以来|当前|目前|经[^费济]"
                                           r"|现[将就对予]|自\d)"))


ADDRESSEE_CHARS = 80  # a 主送 of organs at its longest, run in after a title on a line that lost its colons


def comma_closing_addressees(rest: str) -> Optional[int]:
    """GB/T 9704 7.3.2 and 7.3.3: the 主送 (opening on 各, or on an organ's whole name and its 顿号) then the body's
    first sentence opening as bodies open (为…, 根据…), run in after a title's 文种 on a page that lost the text's
    colons, so the 主送 closes on a comma ('…的通知各区县人民政府、市新区管委会,市政府各工作部门,为贯彻落实…'). The
    names before that comma hold no sentence's mark; no sentence goes on from a title's kind word into a list of
    organs and then a purpose clause. Asked only where the run holds no colon at all and the title reads by its full
    grammar (its organ and 关于): a 主送 closing on its colon is read as it is printed."""
    text = rest.lstrip()
    if re.search(r"[:：]", text[:ADDRESSEE_CHARS]) or not (text.startswith("各") or organ_list_opens(text)):
        return None
    for comma in re.finditer(r"[，,]", text[:ADDRESSEE_CHARS]):
        names = text[:comma.start()]
        if re.search(r"[。；;！？!?《》“”]", names):
            return None
        if BODY_OPENING_RE.match(text[comma.end():].lstrip()):
            return len(rest) - len(text) + comma.end() if len(names) >= 4 and ADDRESSEE_WORDS.search(names) else None
    return None


def organ_list_opens(text: str) -> bool:
    """GB/T 9704 7.3.2: a 主送 that lists organs by their names opens on an organ's whole name (its place and its
    ending: frame.ORGAN_START_RE, ORGAN_END_RE) and the 顿号 that parts it from the next ('区发展改革委、区公安局、…：').
    No title goes on past its 文种 so: it goes on by 的, 》 or a bracket ('…的通报的通知'), or names its next text
    ('…实施方案、…办法的通知'), never an organ's name."""
    first = re.match(r"([\u4e00-\u9fa5]{2,30}?)、", text.lstrip())
    return bool(first) and bool(ORGAN_START_RE.match(first.group(1))) and bool(ORGAN_END_RE.search(first.group(1)))


# The words a body's sentence opens on, asking or telling (请各单位做好…的公示, 要…, 各…), which no title opens on.
SENTENCE_OPENER_RE = re.compile(either_script(r"^(?:请|要|应|须|各|现|经|对|在|由|将|把|按|依|为|如|凡|并|同时)"))


# The public a 通告 or 公告 (PUBLISHED_KINDS: 党政机关公文处理工作条例 第八条, 公告 向国内外宣布, 通告 在一定范围内公布)
# addresses, its 主送 named as a salutation names them ('广大市民朋友：'): 广大…, 全市…, 各位… or 尊敬的…, then the people (市民, 群众, 朋友, 游客…).
# A public body serving its visitors greets them by what they are to it ('尊敬的观众朋友：', '各位读者：', '尊敬的旅客：').
PUBLIC_SALUTATION_RE = re.compile(either_script(
    r"^(?:尊敬的(?:广大|全[\u4e00-\u9fa5]{1,4}?|各位)?|广大|全[\u4e00-\u9fa5]{1,4}?|各位)[\u4e00-\u9fa5、，,]{0,20}?"
    r"(?:朋友|群众|市民|居民|村民|同志|游客|家长|师生|同胞|乡亲|用户|车主|观众|读者|旅客|乘客|顾客|考生|患者|业主)们?[:：]$"))


# The kinds an organ addresses to the public so: the published kinds, and the 通知 a city service's organ gives the
# people it serves (条例 第八条: 通知 for what 有关单位 and the public should know: 停水, 延长供暖), saluting them as a
# 通告 does ('…关于延长我市供暖期的通知尊敬的广大市民朋友：').
PUBLIC_KINDS = PUBLISHED_KINDS + ("通知",)


# The parties a 通告 or 公告 binds (条例 第八条: a 通告 公布 what is to be obeyed 在一定范围内), its 主送 naming them
# by that area and by what they are ('全县危化品运输企业及驾驶员：', '全市成品油经营企业：'): 全 and the area, the trade,
# then the firms, operators, drivers or workers it binds, closing on the colon.
BOUND_PARTIES_RE = re.compile(either_script(
    r"^全[\u4e00-\u9fa5]{1,4}?[\u4e00-\u9fa5、，,]{0,20}?"
    r"(?:企业|单位|经营者|经营户|业户|驾驶员|驾驶人|从业人员)们?[:：]$"))


def salutation(rest: str, following: list[str], public: bool = False, bound: bool = False) -> bool:
    """A letter's 称谓 run in after its title ('…的公开信广大市民朋友们、同志们：'): whom it
    addresses, closing on its colon, no sentence in it, as short as a salutation is; public: the public a 通告
    or 公告 addresses so, run in after its title ('…的通告广大市民朋友：', PUBLIC_SALUTATION_RE); bound: or, a
    通告's or 公告's own, the parties in its area it binds ('…的通告全县危化品运输企业及驾驶员：', BOUND_PARTIES_RE)."""
    for k in range(len(following) + 1):
        colon = re.search(r"[:：]", join_title([rest] + following[:k]))
        if colon:
            text = join_title([rest] + following[:k])[:colon.end()]
            return bool(ADDRESSEE_RE.match(text)) and len(text) <= LETTER_SALUTATION_MAX \
                and not re.search(r"[。；;！？!?\d]", text) and not REPORTED_LEAD_RE.search(text) \
                and (not public or bool(PUBLIC_SALUTATION_RE.match(text))
                     or bound and bool(BOUND_PARTIES_RE.match(text)))  # ('贺信全文如下：')
    return False


# A reply to a 提案 or 建议 addresses its members ('某某某委员：', '尊敬的某某代表：', '某某、某某某代表：',
# '某某某等3名代表：'), under a title that may name no organ ('对…第31号建议的答复') or name it before 对, no 关于
# ('某某街道办事处对…建议的答复').
# Members named one after another as a list of names is set, apart by spaces (a two-character name padded to three
# with one: '刘俊华 徐航吉 魏 娜 赵玉芳委员'), some of which the layout stage may have closed up ('徐航吉魏娜').
SPACED_MEMBERS = r"(?:尊敬的)?[\u4e00-\u9fa5]{1,8}(?: +[\u4e00-\u9fa5]{1,8})+(?:委员|代表)"
MEMBER = r"(?:尊敬的)?[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*(?:等[0-9一二三四五六七八九十]{1,3}[名位])?(?:委员|代表)"


# A body not of government that a 批复, 决定书 or 通知 answers or binds, named from its place and ending on what it is
# (a works, a hall, a station: '某某区某某屠宰加工厂', '某某县火化殡仪馆').
PLACED_BODY = r"[\u4e00-\u9fa5]{4,24}(?:厂|馆|站|院)"


def named_addressees(rest: str, following: list[str]) -> bool:
    """The 主送 run in after a title names its addressees by name, right
    after the title's kind word, where a list's lead of duties ('县林业局：'
    over '负责…') stands on its own line: one body ('…的通知某某（上海）有限责任
    公司：'), a place's government by its place ('…的批复某某镇：', '…的函某某街道：'), the
    member a reply to a 提案 or 建议 answers ('…的答复某某某委员：'), or organs
    parted as a 主送's list is (frame.addressee_names). One body's name may carry
    its alias in brackets ('…交易中心（…拆借中心）：'), and a body not of government
    be named as a 所 (an exchange, an institute, a firm: '某某交易所：')."""
    for k in range(len(following) + 1):
        text = without_greeting(join_title([rest] + following[:k]))  # ('…委员您好:': a courtesy, no name)
        if re.search(r"[:：]$", text):
            names = text[:-1]
            name = re.sub(r"[（(][\u4e00-\u9fa5]{2,20}[）)]$", "", names)
            return bool(ADDRESSEE_RE.match(text)) and balanced(text) and (bool(re.fullmatch(MEMBER, names)) or (
                not re.search(r"\d", text)
                and ((organs_by_name([name]) or bool(re.fullmatch(r"[\u4e00-\u9fa5]{3,20}所", name))
                      or bool(ORGAN_START_RE.match(name)) and bool(re.fullmatch(PLACED_BODY, name)))
                     and not re.search(r"[，,、；;]", names)
                     or bool(re.fullmatch(rf"{ADDRESSEE_PLACE}|[\u4e00-\u9fa5]{{2,8}}街道", names))
                     or addressee_names(names) or shared_ending(names))))
    return False


# GB/T 9704 7.3.2: a 主送 to like organs of several places may name the places, then the level and the organ once,
# after the last ('蔡甸、江夏、黄陂、新洲区环保局': each district's 环保局): places' own names of two or three characters
# parted by 顿号, then the last place with its level and an organ's ending.
SHARED_ENDING_RE = re.compile(either_script(r"(?:[\u4e00-\u9fa5]{2,3}、)+[\u4e00-\u9fa5]{2,3}[省市县区州盟旗][\u4e00-\u9fa5]{1,12}"))


def shared_ending(names: str) -> bool:
    """The names a 主送 gives are places' names sharing the level and the
    organ the last of them is named with (SHARED_ENDING_RE)."""
    return bool(SHARED_ENDING_RE.fullmatch(names)) and organs_by_name([names.rsplit("、", 1)[-1]]) \
        and not organs_by_name(names.split("、")[:1])


def _run_in_to_colon(rest: str, following: list[str], spaced: bool = False) -> Optional[str]:
    """What is run in after a title up to its first colon, through it: the
    line's rest and the lines under it joined, over no more wraps than a
    主送 takes (ADDRESSEE_WRAP); None where no colon comes within them.
    spaced: the spaces between its words kept, and one where the wrap parts
    two lines (names set apart by spaces)."""
    for k in range(min(len(following), ADDRESSEE_WRAP) + 1):
        text = " ".join(re.sub(r" +", " ", line.strip()) for line in [rest] + following[:k]) if spaced \
            else join_title([rest] + following[:k]).strip()
        if colon := re.search(r"[:：]", text):
            return text[:colon.end()]
    return None


# The end of a reply's title to a deputy's 建议 or a member's 提案 (办理复文: '…第12号建议的答复', '…提案的复函'), the
# cited text's name perhaps closed in quotes before 的 ('…“关于…的建议”的答复').
ANSWERED_TITLE_END_RE = re.compile(either_script(r"(?:建议|提案|议案)[”\"’』》]?的?(?:答复|复函|回复)"
                                                r"(?:[（(][^（）()]{2,60}[）)])?$"))  # (the 事由 answered, bracketed after)


def member_answered(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as a reply to a 建议 or 提案 keeps it (办理复文): its title, read by its grammar (关于, or its
    organ and 关于), ends on 答复 or 复函 after the text it answers, and its 主送 is the member who made it, by name
    and office ('某某某代表：', '尊敬的某某委员：', MEMBER), closing on its colon. Run in after such a title under a
    line an excerpt was cut after mid-sentence, it parts the title as a 主送 of organs does (_about_led_title): no
    sentence goes on past a reply's name into a person's name, 代表 or 委员 and a colon."""
    if not ANSWERED_TITLE_END_RE.search(title):
        return False
    head, spaced = _run_in_to_colon(rest, following), _run_in_to_colon(rest, following, spaced=True)
    return head is not None and bool(re.fullmatch(rf"(?:尊敬的?)?{MEMBER}", head[:-1])) \
        or spaced is not None and bool(re.fullmatch(SPACED_MEMBERS, spaced[:-1].strip()))  # ('尊敬某某代表': 的 left out)


# The hundred commonest surnames (公安部户籍人口统计): a person named by surname and given name opens on one.
COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                   "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


def applicant_named(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as a 批复 to a citizen keeps it (a licence granted on an application, 行政许可法 第三十八条):
    its 主送 is the applicant who asked, by surname and given name ('陈某红：'), closing on its colon right after the
    title's 文种. Asked only where a title stands (under its 发文字号): a sentence that goes on past a 批复's name
    goes on in words ('…的批复指出：', '…的批复要求：'), which open on no common surname."""
    if kind_of(title) != "批复" or not title.endswith("批复"):
        return False
    head = _run_in_to_colon(rest, following)
    return head is not None and bool(re.fullmatch(rf"[{COMMON_SURNAMES}][\u4e00-\u9fa5]{{1,2}}", head[:-1]))


def asker_answered(title: str, rest: str, following: list[str], below: str) -> bool:
    """GB/T 9704 7.3.2 as a 批复 keeps it (党政机关公文处理工作条例 第八条: it answers the body that asked): its 主送
    is that body, one name over its colon, whatever the name holds (an accident's 调查组 named by the day in quotes,
    '某某公司“2.26”一般事故调查组：', 生产安全事故报告和调查处理条例 第三十二条), and its body opens by calling it
    by the name's last word ('你组关于《…》收悉', frame.answered). Run in after a 批复's title (its kind word
    last), that name and its colon part the title where the body under it (or run on after the colon) calls the
    name so: no sentence goes on past a 批复's name into a name the next sentence calls 你组, 你局 or 你公司. (Under
    a line an excerpt was cut after mid-sentence only the organ the title names parts it: organ_the_title_names.)"""
    if kind_of(title) != "批复" or not title.endswith("批复"):
        return False
    head = _run_in_to_colon(rest, following)
    if head is None:
        return False
    after = join_title([rest] + following).strip()[len(head):].strip()
    return answered(head, after or below)


def organ_the_title_names(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as an older 批复 or 复函 keeps it: its title names the organ it answers ('…标准给市乡镇企业局
    的批复'), and its 主送 is that organ, its name whole over its colon. Run in after such a title under a line an
    excerpt was cut after mid-sentence, the name the title gave, repeated, parts the title as a 主送 of organs
    does: no sentence goes on past a title into the very organ it named and a colon."""
    head = _run_in_to_colon(rest, following)
    name = head[:-1] if head else ""
    return 2 < len(name) <= TITLE_CHARS and not re.search(r"[、，,；;。\s《》]", name) \
        and bool(ORGAN_END_RE.search(name)) and re.search(rf"[给致对]{re.escape(name)}的", title) is not None


def parties_served(title: str, rest: str, following: list[str]) -> bool:
    """GB/T 9704 7.3.2 as a notice served on those a measure concerns keeps it (土地管理法实施条例 第二十六条, 第二十八条:
    the 征收土地预公告 and the 告知书 of a batch of land, served on the village and its households): the 主送 names one
    village or body and the class of parties with it ('某某镇某某村及有关农户：', frame.ADDRESSEE_CLASS_RE), closing on
    its colon, run in after a title that ends on its 文种 (perhaps its batch's serial in brackets after it) and opens
    as no sentence opens, no closing formula or passing-on ('特此公告', '现将…公告'). No sentence goes on past a kind
    word into a village's name, 及有关农户 and a colon: the title is parted there, wherever it stands."""
    if not kind_of(title) or CLOSING_FORMULA_RE.match(title) or PASSING_ON_RE.search(title) \
            or SENTENCE_OPENER_RE.match(title) or len(title) < 4:
        return False
    head = _run_in_to_colon(rest, following)
    return head is not None and bool(ADDRESSEE_CLASS_RE.match(head))
