"""Stage 8: a document's metadata, read from the frame of its first part.

Reads a Document whose parts have their blocks; writes its 发文字号, issuers,
成文日期, 主送机关, 抄送 and attachments, and refines paragraph roles.

The frame of a Chinese official document is fixed: title, 发文字号,
主送机关, body, signature (issuers), 成文日期, then 附件 and 抄送. The
roles the structure stage gave the paragraphs are confirmed or refined here, and
the document's fields filled in.
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import Optional, Sequence

from ..model import Diagnostic, Document, Gazette, Paragraph, Provision, Table
from ..text.frame import (older_order_heading, greeted, HOTLINE_NUMBER, without_greeting, compilers_line, foot_serial, issue_serial, FIGURE_DATE_LINE_RE, SIGNED_KINDS, signed_day, ABOUT_RE, ADOPTION_NOTE_RE, ANNEX_ITEM_RE, ANNEX_LIST_RE, ANNEX_MARK_RE, APPOINTMENT_BATCH_RE, BLANK_SERIAL,
                          CASE_ORDINAL_RE, CC_RE, CLOSE_BRACKETS, DAMAGED_DATE_RE, GARBLED_DATE_RE, DATED_BYLINE_RE, DATE_RE,
                          EXPLAINING_ORGAN_RE, GUIDE_FIELD_RE, HEAD_POST_RE, ISSUER_MARK_RE, ISSUING_WORDS,
                          NUMBERED_KINDS, OCCASION_RE, ONE_CHARACTER_PROVINCE_RE, OPEN_BRACKETS, ORDER_IN_NOTE_RE,
                          ORDER_NUMBER_RE, ORGAN_END_RE, ORGAN_NAME_RE, ORGAN_START_RE, PERIOD_END, PHONE_LINE_RE,
                          RECORD_NUMBER_RE, SALUTATION_RE, SEAL_NOTE_RE, SESSION_RE, SIGNER_POST_RE, SITTING_LINE_RE, SPEAKER_TURN_RE, STATE_PREFIX_RE,
                          QUOTED_SUBJECT_TITLE_RE, YEAR_TITLE_RE, addressee_names, semicolon_closed_addressees, adoption_date, adoption_note, answered, noted_issuing_number, attendance_line,
                          brief_head, classed_number, coded_order_number, coded_serial_number, contents_over_title,
                          damaged_date, damaged_doc_number, from_its_place, further_event, head_mark, is_note_line,
                          iso_date, kind_of, labelled_number, meeting_date, named_by_its_place, posted_number, registered_number, normal_doc_number, note_line,
                          noted_figure_date, noted_order_name, noted_order_number, one_adoption, order_issuer,
                          order_number, order_organ, orders_in_note, paren_frame, record_field, same_body,
                          serial_notice_number, unnumbered_notice, unsealed, whole_adoption_note, year_first_number)
from ..text.ids import city_of
from ..text.lines import CLAUSE_MARK_RE, cuts_word, ends_sentence, squash
from ..text.numbering import LABEL_RE
from ..text.numerals import CN_NUMERAL
from ..text.script import either_script
from .split import (ADDRESSEE_RE, BARE_ENDING_RE, approved_name, balanced, is_addressee_line, is_doc_number_line, is_notice_mark, is_order_name,
                    masthead_over, organ_alone, organs_by_name, promulgated, rule_title, TITLE_ORGAN_RE)

TITLE_ISSUER_RE = re.compile(rf"^(?P<issuer>.+?)(?:{ISSUING_WORDS})")
# A bid aggregator's region tag (the province, then the city, '四川泸州') run in before the title it copies, whose
# organ opens on the same place: no organ's name says its place twice running, so the organ begins where it is said
# again ('四川泸州' + '泸州市生态环境局关于…'). A place said once, or parted by its level ('吉林省吉林市'), is the organ's.
REGION_TAG_RE = re.compile(r"^[\u4e00-\u9fa5]{0,4}?(?P<place>[\u4e00-\u9fa5]{2,3})(?=(?P=place)[市县区州盟旗])")
# A site's tag in lenticular brackets run in before the title it files ('【文字+图解】', '【转载】'): GB/T 9704 7.3.1
# makes a title of the 发文机关名称, the 事由 and the 文种, and an organ's name holds no 【】; the organ the title names
# begins after the tag ('【文字+图解】XX县农业农村局关于…的政策解读'). A tag alone, with no organ after it, names none.
SITE_TAG_RE = re.compile(r"^\s*【[^【】]{1,12}】\s*")
# A site's validity tag in brackets before the headline it files ('(有效)', '（失效）', '(已废止)', '(全文废止)'): the
# status its 时效性 field gives (layout.PAGE_LABELS), no word of the title, which GB/T 9704 7.3.1 makes of the 发文机关名称,
# the 事由 and the 文种, and no organ's name opens on a bracket: the organ the title names begins after it
# ('(有效)XX旗人民政府关于…的通告').
VALIDITY_TAG_RE = re.compile(either_script(
    r"^\s*[（(](?:现行)?(?:有效|失效|已失效|废止|已废止|全文废止|部分废止|部分失效|已修改|已修订)[）)]\s*"))
# A press conference's record is titled as news titles an event: the organ that held it, then the verb it held it by
# (召开, 举行, 举办) and the conference ('…厅召开10月新闻发布会'); a site may set its column's name before a bar
# ('文字实录|…'). The organ so named is the record's issuer, as a 公文's 发文机关 is its title's; a place or a day
# before the verb ('9月13日某市举行…新闻发布会') names no organ.
HELD_BY_RE = re.compile(either_script(r"^(?:[^|｜]{1,12}[|｜])?(?P<issuer>[^|｜]+?)(?:召开|举行|举办)"))
# The lead of a press conference's record opens on the day it was held, with its year ('2021年5月19日（星期三）
# 中午12:30，在…举行…记者会'), as a news report's lead opens on its time and place: the record is dated by it.
LEAD_DATE_RE = re.compile(r"^\s*[\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日")
LEAD_PARAGRAPHS = 3  # the headline's lead is its first paragraph, under a column's note or a 'published' line at most
# A gazette of the 1980s and 1990s reprints some documents as summaries (摘要): the title and 发文字号 as the document
# prints them, then a lead that opens on the day its organ issued it and names it in 《》 ('1989年10月11日,省人民政府
# 发出《关于切实加强物价调控工作的通知》,主要内容如下:') and its points, with no signature and no date at the foot.
# The day the lead gives to the document its own title names is its 成文日期; a lead dating another document
# ('1990年5月3日,国务院发出《关于…的通知》,现就贯彻…') tells what the document answers, not when it was written.
SUMMARY_LEAD_RE = re.compile(LEAD_DATE_RE.pattern + either_script(
    r"\s*[,，]?\s*[^《》,，。:：]{0,30}?(?:发出|印发|下发|发布|颁发)了?\s*《(?P<cited>[^《》]{4,})》"))
SUMMARY_LEAD_PARAGRAPHS = 6  # the organ's line, the title's lines and the 发文字号 stand over the lead
# A reply of the 1950s to the 1980s names what it answers by 对 where a later one has 关于 ('国务院对…的报告的批复',
# '…部对…问题的复函'): the organ's name before 对 is the title's 发文机关.
REPLY_TITLE_RE = re.compile(r"^(?P<issuer>[\u4e00-\u9fa5]{2,30}?)" + either_script("对"))
REPLY_KINDS = ("批复", "函", "答复")
# A decision or reply served on the party to a case (行政处罚法 第五十九条: the 决定书 names the organ that made it and
# bears its seal; 政府信息公开条例 第三十六条's 答复书) is titled by that organ's whole name, the decision's kind and
# 书, no 关于 ('XX县生态环境局不予行政处罚决定书', 'XX市自然资源局行政许可决定书'): unsigned (a page cut before its
# seal), that organ is its issuer, as an unsigned 公告's named so.
SERVED_KINDS = ("决定书", "答复书")
# An organ's internal rules (机关内部管理制度: its 保密, 档案, 值班 制度) are its own, adopted for itself and published
# unsigned, titled by its whole name, the matter and 制度 (GB/T 9704 7.3.1, 关于 left out: 'XX县审计局非涉密计算机
# 保密管理制度'): that organ is their issuer, as it is of its 章程 or 工作规则 (OWN_RULES_TITLE_RE). A government
# titles its own in full (人民政府: GOVERNMENT_TITLE_RE); 政府 bare before the matter is the matter's attribute, a
# term of its own ('XX县政府信息公开保密审查制度', 政府信息公开条例's term; 政府采购, 政府投资): no organ is named so.
OWN_KINDS = ("制度",)
BARE_GOVERNMENT_RE = re.compile(r"(?<!人民)政府$")
# A title of the 1950s may set the verb its organ issues by between the organ and 关于 ('中央人民政府政务院发布关于…
# 的指令'): no part of the organ's name.
PROMULGATING_RE = re.compile(either_script(r"(?:发布|颁布|公布)$"))
# 标题 = 发文机关 + 事由 + 文种 without 关于 ("方城县人民政府拟征收土地启动公告"):
# the issuer is the first organ name, a place and its ending, before the 事由; with the other name it goes by
# in brackets after it, as a signature prints one ("XX县人民政府(XX示范区管委会)土地征收启动公告", a county and
# the zone it runs under one 管委会): one organ, as signed.
# A government's office named by its charge goes on after 人民政府 as one organ, as GOVERNMENT_TITLE_RE reads it
# ('XX区人民政府征兵办公室兵役登记公告': the 征兵办公室 of the district's government, not the government).
GOVERNMENT_OFFICE_RE = re.compile(either_script(r"(?<=人民政府)(?!关于)(?:(?![与和同关])[\u4e00-\u9fa5]){1,6}?(?:办公室|办公厅)"))
# A Party committee's department or office goes on after the committee's short name as one organ ('XX县委宣传部',
# 'XX市委组织部', 'XX县委办公室': 中国共产党地方委员会工作条例, its 工作机关), not the committee and a 事由 after it.
PARTY_DEPARTMENT_RE = re.compile(either_script(r"(?<=委)(?:[\u4e00-\u9fa5]{2,4}?部(?![门分])|办公室)"))
NAMED_ISSUER_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fa5]{{2,12}}?(?:{ORGAN_NAME_RE.pattern})"
                             rf"(?:{GOVERNMENT_OFFICE_RE.pattern}|{PARTY_DEPARTMENT_RE.pattern})?"
                             rf"(?:[（(][\u4e00-\u9fa5]{{2,30}}?(?:{ORGAN_NAME_RE.pattern})[）)])?)[\u4e00-\u9fa5]{{4,}}")
# 标题 = 发文机关 + 事由 + 文种, 关于 left out (GB/T 9704 7.2.5), the organ a
# government, its office (its 办公室, or one named by its charge: "XX区人民政府外事办公室") or its
# 人大常委会 named in full: "XX县人民政府工作规则"; not one of the parties the 事由 joins
# ("落实XX省人民政府与XX集团合作备忘录…纪要"). A township's government (乡, 镇: 宪法 第三十条) titles its
# texts the same way: "XX区XX镇人民政府自然灾害救助应急预案".
GOVERNMENT_TITLE_RE = re.compile(either_script(
    r"^(?P<issuer>[\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|省|市|县|区|州|盟|旗|乡|镇)"
    r"(?:人民政府(?:(?:(?![与和同])[\u4e00-\u9fa5]){0,6}?(?:办公厅|办公室))?|人民代表大会常务委员会))"
    r"(?![与和同])[\u4e00-\u9fa5]{2,}"))
# A body's own rules, titled by its whole name and the kind alone, 发文机关 + 文种 with no 事由
# (GB/T 9704 7.3.1): "XX基金会章程", "XX委员会工作规则", "XX委员会议事规则", "XX委员会工作制度"; or
# by the meeting of the body they govern, its 主任办公会议, 局务会议, 常务会议 or 全体会议, and 议事:
# "XX管委会主任办公会议事制度", "XX局局务会议议事规则". The body adopts them for itself, unsigned: it is
# their author ("中国共产党章程", "XX学校招生章程" name no organ so).
OWN_MEETING = r"(?:主任办公|主任|局务|厅务|委务|院务|常务|全体|办公|行政)会议?"
OWN_RULES_TITLE_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fa5]{{2,30}}?(?:{ORGAN_NAME_RE.pattern}))"
                                + either_script(rf"(?:工作(?:章程|规则|制度)|(?:{OWN_MEETING})?议事(?:章程|规则|制度)"
                                                r"|章程|规则)$"))
# A title may name its 发文机关 by its level alone, as a body of that place
# calls itself ("市政府关于…", "县人民政府办公室关于…"): with no signature, that
# short name is the issuer (a city's gazette then names the city, ids.city_of).
LEVEL_RE = re.compile(either_script("^(?:自治区|自治州|省|市|县|区|州|盟|旗)"))
LEVEL_ORGAN_RE = re.compile(rf"{LEVEL_RE.pattern}(?:{ORGAN_NAME_RE.pattern})+$")
# A title may name its 发文机关 by the place whose government it is, the unit's name alone
# ("XX旗关于…的通告", GB/T 9704 7.3.1 allows the 规范化简称): with no signature, that place issues it.
PLACE_ISSUER_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{2,12}?(?:自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)$"))
# A line of a signature: one organ name or several, each ending as organ names
# end, side by side or joined by 、 (joint issuers printed two a line); a name
# may quote a word ("封开县“双创”办") and be followed by another name it goes
# by, in brackets ("…领导小组（指挥部）"); a name that joins two places' names by a dash, as a reserve
# or a scenic area over two mountains is named ("太统—崆峒山国家级自然保护区管理局"), is one name (one dash
# between two characters: a dash of two is a sentence's punctuation). A run of two dashes or more between two
# whole names parts them as a space or 、 does (NAMES_DASH): a page that sets joint issuers in a title so
# ('XX市公安局----XX市文物局关于…') names two organs.
NAMES_DASH = r"[—\-－]{2,}"
# A hotline's office opens its name on the service number it answers (frame.HOTLINE_NUMBER: '12345政府…办公室').
ORGAN_IN_SIGNATURE = rf"(?:{HOTLINE_NUMBER})?(?:[\u4e00-\u9fa5（）()“”]|(?<=[\u4e00-\u9fa5])[—\-－](?=[\u4e00-\u9fa5])){{2,40}}?" \
    rf"(?:{ORGAN_NAME_RE.pattern})" \
    rf"(?:[（(][\u4e00-\u9fa5]{{0,12}}?(?:{ORGAN_NAME_RE.pattern})[）)])?"
SIGNATURE_LINE_RE = re.compile(rf"^{ORGAN_IN_SIGNATURE}(?:(?:[\s、，,]*|{NAMES_DASH}){ORGAN_IN_SIGNATURE})*$")


def _named_by_level(title: str) -> bool:
    """The title names its organ by its level alone, no place ('市政府关于…',
    '区人民政府办公室关于…'): the short name GB/T 9704 7.3.1 allows, which the
    发文机关标志 (7.2.2) names in full."""
    return bool((organ := TITLE_ORGAN_RE.match(title)) and LEVEL_RE.match(organ.group("organ")))


def _signed(blocks) -> bool:
    """A signature line under the body (GB/T 9704 7.3.5), read as one."""
    return any(isinstance(b, Paragraph) and b.role == "signature" for b in blocks)


def fill(doc: Document, gazette: Gazette, section: Optional[str] = None) -> None:
    """The document's fields come from the frame of its main part; each
    forwarded or issued text that has a frame of its own (a layer of a 转发
    chain) gets its own 发文字号, issuers and date on its part. A text that
    neither signs nor names its organ is the organ's whose documents the
    gazette's 目录 lists it under (section: 'XX文件', a 版头 the issue prints
    as that heading)."""
    main = doc.parts[0]
    # A circular of a numbered series whose 期号 a portal ran onto the title's line ('督查通报〔2024〕第9期:关于…的
    # 通报'): the serial is its number (GB/T 9704 7.2.4 sets it over the title), the title what follows the colon.
    serial = issue_serial(doc.title)
    if serial:
        doc.title = main.title = serial[1]
    paragraphs = [b for b in main.blocks if isinstance(b, Paragraph)]
    # The 主送 stands above the body (GB/T 9704 7.3.2): never under the first numbered item.
    items = next((k for k, b in enumerate(main.blocks) if isinstance(b, Provision)), len(main.blocks))
    contents = contents_over_title([p.text for p in paragraphs])  # the frame is under the title, not in a 目录 over it
    frame = read_frame(paragraphs[contents:], doc.title, doc.kind, gazette.name,
                       sum(isinstance(b, Paragraph) for b in main.blocks[:items]) - contents
                       if items < len(main.blocks) else None, _listed(main.blocks), _over_tables(main.blocks))
    doc.doc_number, doc.addressees, doc.date, doc.issuers = frame
    if serial:  # the serial stays on the page, over the body where the 发文字号 is printed
        main.blocks.insert(0, Paragraph(text=serial[0], lines=(main.lines[0], main.lines[0]), role="docnum"))
        doc.doc_number = doc.doc_number or serial[0]
    if not doc.issuers and section:
        doc.issuers = mark_organs(section)  # listed by the 目录 under its issuer's 'XX文件'
    elif section and len(doc.issuers) == 1 and _named_by_level(doc.title) \
            and doc.issuers[0].endswith(TITLE_ORGAN_RE.match(doc.title).group("organ")) \
            and len(listed_by := mark_organs(section)) == 1 and listed_by[0] != doc.issuers[0] \
            and masthead_over(listed_by[0], doc.title) and not _signed(main.blocks):
        doc.issuers = listed_by  # unsigned, its title naming its organ short ('市政府关于…'): the 'XX文件' the 目录
        # lists it under, the 发文机关标志 (GB/T 9704 7.2.2) the issue prints as that heading, names it in full
    if not doc.issuers and TRANSFER_NOTICE_RE.search(doc.title.replace(" ", "")):
        doc.issuers = _transferor(main.blocks[:12])
    # A 公告 numbered on its title's line ('…公告（第7号）', '…公告〔2020〕第5号（…）') is cited by its organs and
    # serial, the serial alone under the title printed again too.
    if (titled := serial_notice_number(doc.title)) and (doc.doc_number is None or titled.endswith(doc.doc_number)):
        doc.doc_number = titled
    if doc.date is None and gazette.date and (dated := [p for p in paragraphs if p.role == "date"]):
        doc.date = damaged_date(dated[0].text, latest=gazette.date)  # (a damaged date of two readings, one after the
        # issue that prints it)
    _say_if_damaged(doc.doc_number, paragraphs, gazette)
    _say_if_date_damaged(paragraphs, gazette)
    if doc.kind is None and coded_order_number(doc.doc_number or ""):
        doc.kind = "令"  # titled by its organ alone over its 令号 by code ('渝府令第121号', GB/T 9704 10.2)
    if doc.kind == "令" or is_order_name(unnumbered_notice(doc.title)):  # an order is known by what it promulgates, as a
        # 目录 lists it; a 公告 so, its serial run onto its name's line ('XX市人民代表大会常务委员会公告（第16号）')
        named = next(filter(None, (promulgated(p.text) for p in paragraphs[:4])), None) \
            or _promulgated_over_two(paragraphs[:4]) or _rule_over_order(paragraphs)
        # A 令 promulgates what follows it; a 公告 only what its sentence promulgates (立法法: 常务委员会发布
        # 公告予以公布), not a draft it publishes for comment under a body of its own.
        # A 命令 titled with its 事由 ('国务院关于…的命令') is a 公文 of its own, what follows it its 附件.
        # The province's 批准 决定 (决议) a city's 公告 prints over the text it publishes (立法法 第八十一条) is
        # no text the 公告 promulgates, though printed first: the text is the part after it, or, printed
        # without its title, known by the name the 公告's sentence gives it.
        if doc.doc_number is None and (older := older_order_heading(doc.title)):
            doc.doc_number = older  # titled by its 标志 of the older form, the serial run in: its 令号 (GB/T 9704 10.2)
        published = doc.parts[1:]
        approval = bool(named) and bool(published) and bool(published[0].title) \
            and approved_name(published[0].title) == squash(named)
        if approval:
            published = published[1:]
            if not published or not published[0].title:
                doc.title = named
                published = []
        if published and published[0].title and (doc.kind == "令" and not ABOUT_RE.search(doc.title) or named):
            doc.title = published[0].title
        elif named and len(paragraphs) < len(main.blocks) and not approval:
            doc.title = named  # the regulation's articles follow its 令 untitled
        doc.issuers = [_placed(org, doc.title) for org in doc.issuers]
    doc.attachments = _attachments([p for p in paragraphs if p.role == "attachments"])
    # GB/T 9704 7.4, 8: the 版记 ends the 公文 after every text it issues or forwards and its 附件,
    # so a 抄送 printed under a chain's innermost layer is the notice's: the last part's that has one.
    cc = next(filter(None, ([b.text for b in part.blocks if isinstance(b, Paragraph) and b.role == "cc"]
                            for part in reversed(doc.parts))), [])
    doc.cc = CC_RE.sub("", cc[0]).lstrip() if cc else None
    for part in doc.parts[1:]:
        kind = kind_of(part.title or "")
        own = [b for b in part.blocks if isinstance(b, Paragraph)]
        # An attachment (附件N) has no frame of its own, unless it is a 公文 a 转发 attaches whole, its
        # 发文字号 under its title (GB/T 9704 8): a layer of the chain.
        if kind and (not part.label or (own and is_doc_number_line(own[0].text))):
            part.doc_number, _, part.date, part.issuers = read_frame(own, part.title, kind, gazette.name)
            _say_if_damaged(part.doc_number, own, gazette)


def _say_if_date_damaged(paragraphs: list[Paragraph], gazette: Gazette) -> None:
    """A 成文日期 or a 题注's date that lost its 年月日 is read only when its
    digits allow one date; either way the report says so, so that an editor
    checks the print."""
    for n, p in enumerate(paragraphs):
        if p.role == "date" and DAMAGED_DATE_RE.match(p.text.strip()):
            # '2018年3月13' lost only its 日, '201893日' its 年 and 月, '年3月21日' its year's figures
            lost = "年份" if p.text.strip().startswith("年") else "".join(c for c in "年月日" if c not in p.text)
            what, read = f"成文日期“{p.text.strip()}”缺少{lost}", damaged_date(p.text, latest=gazette.date)
        elif n < OPENING_NOTES and (adopted := adoption_note(p.text)) and adopted.group("digits"):
            what, read = f"题注日期“{adopted.group('digits')}日”缺少年月", adoption_date(adopted)
        else:
            continue
        gazette.diagnostics.append(Diagnostic(
            gazette.source, p.lines[0], "date-damaged",
            f"{what}，" + (f"按{read}读取" if read else "无法确定日期") + "，请对照原件核对"))


OPENING_NOTES = 4  # paragraphs under a title its 题注 may take, one event a line
HEAD_FIELDS = 12  # paragraphs a record's head may take: chair, recorder, attendance, date, a label and its value each


# A damaged 发文字号 whose brackets are empty before its serial ('怀政布〔〕18号'): the year alone was lost.
YEAR_LOST_RE = re.compile(rf"[{OPEN_BRACKETS}]\s*[{CLOSE_BRACKETS}]\s*第?\s*\d")


def _say_if_damaged(number: Optional[str], paragraphs: list[Paragraph], gazette: Gazette) -> None:
    """A 发文字号 damaged in extraction is kept as printed (its digits cannot
    be told apart); the report says so, so that an editor checks the print."""
    if number and damaged_doc_number(number):
        line = next((p.lines[0] for p in paragraphs if p.role == "docnum"), None)
        what = "没有序号" if re.search(BLANK_SERIAL + "$", number, re.X) else \
            "的年份缺失（括号里是空的）" if YEAR_LOST_RE.search(number) else "的括号或“号”缺失，年份与序号无法分清"
        gazette.diagnostics.append(Diagnostic(
            gazette.source, line, "doc-number-damaged", f"发文字号“{number}”{what}，请对照原件核对"))


def _second_number_under_title(paragraphs: list[Paragraph], n: int, head: int) -> bool:
    """A 规范性文件 may carry two numbers in its head: the 备案号 or 登记号 at
    the top left, over the organ and the title ('渝文备〔2017〕1218号'), and its
    发文字号 under the title ('开州府通〔2017〕8号'). Paragraph n, a number line
    right after the one read, with the title's lines between them, is the
    发文字号; the one over the title is a mark of the 版头. Where a blank line
    parts every paragraph, the gap of one is the layout's, not a title's: the
    title stands between the two numbers only where they are parted by more
    than the number from the line after it (two numbers under a title, the
    issuer's and a 交易中心's, '某国土告字[2015]38号' / '某矿网挂字[2015]2号': the first)."""
    if not (n == head and n > 0 and paragraphs[n - 1].role == "docnum"):
        return False
    gap = paragraphs[n].lines[0] - paragraphs[n - 1].lines[1] - 1
    after = paragraphs[n + 1].lines[0] - paragraphs[n].lines[1] - 1 if n + 1 < len(paragraphs) else 0
    return gap > after


def _cited_number(paragraphs: list[Paragraph], n: int) -> bool:
    """党政机关公文处理工作条例 (第二十条): a text cites a document by its 标题 in
    《》, then its 发文字号 in brackets; a number in brackets right under a line
    that is a name in 《》 and nothing more is that citation broken over two
    lines, the cited document's number, not the 发文字号 of the text reading it."""
    name = paragraphs[n - 1].text.strip() if n > 0 else ""
    number = paragraphs[n].text.strip()
    return name.startswith("《") and name.endswith("》") and name.count("《") == 1 \
        and number[:1] in "（(" and number[-1:] in "）)"


# A 出让公告 (招标拍卖挂牌出让国有建设用地使用权规定 第十条, 矿业权出让交易规则: the 公告 names 出让人的名称和地址) is
# the 出让人's, signed or not: the field ('出让人:某县自然资源局', or the heading '出让人' over '名称:…'), or the organ
# its opening sentence says acts with its government's leave ('经县政府批准,某县国土资源局拟对…出让').
TRANSFER_NOTICE_RE = re.compile(either_script(r"出让(?:的)?公告$"))
TRANSFEROR_FIELD_RE = re.compile(either_script(r"^(?:[一二三四五六七八九十]+、)?出让人\s*[:：]\s*(?P<organ>\S{2,30})$"))
TRANSFEROR_HEAD_RE = re.compile(either_script(r"^(?:[一二三四五六七八九十]+、)?出让人$"))
TRANSFEROR_NAME_RE = re.compile(either_script(r"^名\s*称\s*[:：]\s*(?P<organ>\S{2,30})$"))
TRANSFEROR_ACTS_RE = re.compile(either_script(
    r"经[\u4e00-\u9fa5]{0,10}?政府(?:批准|同意)[,，](?P<organ>[\u4e00-\u9fa5]{2,30}?局)(?:拟|决定|委托|以)"))


def _transferor(blocks: Sequence) -> list[str]:
    """The 出让人 a 出让公告 names, as its issuer; none where no organ from its place is named."""
    texts = [(b.label + b.heading + b.text if isinstance(b, Provision) else b.text).replace(" ", "") for b in blocks
             if isinstance(b, (Paragraph, Provision))]
    for k, text in enumerate(texts):
        field = TRANSFEROR_FIELD_RE.match(text) \
            or (TRANSFEROR_NAME_RE.match(texts[k + 1]) if TRANSFEROR_HEAD_RE.match(text) and k + 1 < len(texts)
                else None) \
            or TRANSFEROR_ACTS_RE.search(text)
        if field:
            organ = field.group("organ").rstrip("。;；,，")
            return [organ] if ORGAN_END_RE.search(organ) and from_its_place(organ) else []
    return []


def _over_tables(blocks: Sequence) -> frozenset[int]:
    """The paragraphs (by id) a table follows: the table stands between them
    and what is printed under it, so no signature runs up from under the
    table onto them (GB/T 9704 7.3.5.1: the 署名's lines stand together over
    the 成文日期, nothing between them)."""
    return frozenset(id(a) for a, b in zip(blocks, blocks[1:]) if isinstance(a, Paragraph) and isinstance(b, Table))


def _listed(blocks: Sequence) -> frozenset[int]:
    """The paragraphs (by id) right under a numbered heading that is a list's
    heading: its label and a short phrase alone, nothing run in after it, no
    sentence's punctuation and no colon ('2、职能单位末位排名'), as a caption
    ending in a colon heads a list (_caption). What is printed under it is
    that list's first row, never a signer."""
    return frozenset(id(b) for a, b in zip(blocks, blocks[1:])
                     if isinstance(a, Provision) and isinstance(b, Paragraph) and not a.text.strip()
                     and a.heading and len(a.heading) <= CAPTION_CHARS
                     and not CLAUSE_MARK_RE.search(a.heading))


def _cell_over_day(paragraphs: list[Paragraph], n: int) -> bool:
    """A disclosure page's cells set one a line under the title and its 发文字号: the organ that published the
    text, its name alone, over the day it did in figures ('某某区教育局' / '2018.12.08'), the 主送 under them."""
    return organ_alone(paragraphs[n].text.strip()) and n + 1 < len(paragraphs) \
        and bool(FIGURE_DATE_LINE_RE.match(paragraphs[n + 1].text.strip()))


def _page_cells(paragraphs: list[Paragraph], limit: int) -> int:
    """How many such cells the head's first paragraphs (to limit) hold, the day under an organ's cell the last
    of them with it: the 主送 stands that much further down."""
    cells = [n for n in range(min(limit, len(paragraphs)))
             if FIGURE_DATE_LINE_RE.match(paragraphs[n].text.strip()) or _cell_over_day(paragraphs, n)]
    return len(cells) + (bool(cells) and cells[-1] == limit - 1 and _cell_over_day(paragraphs, limit - 1))


def _stacked_numbers(head: list[Paragraph]) -> int:
    """The 发文字号 a joint head stacks one a line under the first, each
    organ's (GB/T 9704 7.2.4, 联合行文): each takes a line of the head, so
    the 主送 stands that many lines lower."""
    return sum(1 for above, p in zip(head, head[1:]) if is_doc_number_line(above.text) and is_doc_number_line(p.text))


def read_frame(paragraphs: list[Paragraph], title: str, kind: Optional[str], gazette_name: Optional[str],
               above_items: Optional[int] = None, listed: frozenset[int] = frozenset(),
               over_tables: frozenset[int] = frozenset()):
    """(发文字号, 主送机关, 成文日期, issuers) of one text, read from the
    paragraphs GB/T 9704 puts around its body: 发文字号 (own line, in
    brackets, a 政府令's 第N号) and 主送机关 at the top, signature lines and
    the date at the end. Roles are set on the paragraphs read."""
    doc_number = addressees = date = ordered_by = None
    dated_by: list[str] = []
    # Where the 主送机关 may stand: first, under a 简报's 报头, or right under the 发文字号.
    imprint, head = _bulletin_head(paragraphs)
    if kind == "纪要" and paragraphs and RECORD_NUMBER_RE.match(paragraphs[0].text.strip()):
        # The record's number under its title (its 标志), over the office and date as a 简报's issue is.
        paragraphs[0].role, doc_number, head = "docnum", paragraphs[0].text.strip(), max(head, 1)
    again = _title_printed_again(paragraphs, title) if not head else 0
    head = max(head, again)
    cited_as = title  # what a serial under the title is cited with
    noted = None  # the paragraph of the 题注 that names the text's order
    cell_organ = None  # the organ a disclosure page's cell names under the 发文字号
    reach = again + 4 + _page_cells(paragraphs, again + 4)
    reach += _stacked_numbers(paragraphs[:reach])
    for n, p in enumerate(paragraphs[:reach]):
        frame = paren_frame(p.text)
        if n < head:
            continue  # the 报头 of a 简报, read above
        if noted == n - 1 and (day := noted_figure_date(p.text, alone=True)):
            p.role, head, date = "note", max(head, n + 1), date or day  # the order's day on a line of its own
            continue
        if n == 0 and (ISSUER_MARK_RE.match(p.text.replace(" ", "")) or masthead_over(p.text, title)):
            p.role, head = "mark", 1  # the 版头 (GB/T 9704 7.2.1) the page kept: the frame follows it
        elif n == 0 and kind in NUMBERED_KINDS and (is_order_name(p.text.strip()) or is_notice_mark(p.text.strip())) \
                and kind_of(p.text.strip()) == kind:
            p.role, head, cited_as = "mark", 1, p.text.strip()  # a 公告's 标志 over its serial and full title: the
            # serial is cited with the 标志 ('某某银行公告〔2005〕第16号'), as a 公告 titled by its 标志 alone is
        elif n == head and doc_number is None and (older := older_order_heading(p.text)):
            p.role, head, doc_number = "mark", n + 1, older  # a 令's 标志 of the older form, its serial run in
            # ('沈阳市人民政府第57号令'): its 令号 too, cited as printed
        elif is_doc_number_line(p.text) and (doc_number is None or _second_number_under_title(paragraphs, n, head)) \
                and not _cited_number(paragraphs, n):
            if doc_number is not None:  # the number over the head was the 备案号 the top left holds: a mark
                paragraphs[n - 1].role = "mark"
            p.role, head = "docnum", n + 1
            # In brackets, the number without the date before it; under its field's label, without the label.
            printed = frame[1] if frame else labelled_number(p.text) or posted_number(p.text) \
                or registered_number(p.text) or p.text  # (after the 统一登记号 the page ran onto its line)
            named = ORDER_IN_NOTE_RE.fullmatch(printed)  # an order's number by its organ's name
            doc_number = serial_notice_number(printed) or normal_doc_number(printed, padded=True) \
                or damaged_doc_number(printed) \
                or coded_order_number(printed) \
                or year_first_number(printed) or classed_number(printed) or coded_serial_number(printed) \
                or order_number(named.group("order") if named else "", named or ORDER_NUMBER_RE.match(printed))
            date = iso_date(frame[0]) if frame and frame[0] else None  # the gazette's reprint form
            if named:  # an order's number by its organ's name, alone or in the reprint's brackets with the day
                ordered_by = ordered_by or order_issuer(named.group("order"))  # ('（…日 某某市人民政府令第121号）')
        elif doc_number is not None and n == head and paragraphs[n - 1].role == "docnum" and is_doc_number_line(p.text) \
                and not _cited_number(paragraphs, n):
            p.role, head = "docnum", n + 1  # a joint head's next organ's number under the first (7.2.4, 联合行文):
            # the first, the 主办机关's, is the text's; the 主送 follows the last
        elif (kind in NUMBERED_KINDS or _order_head(paragraphs, n)) and (order := ORDER_NUMBER_RE.match(p.text)) \
                and doc_number is None:
            p.role, head, doc_number = "docnum", n + 1, order_number(cited_as, order)
        elif n == head and head_mark(p.text):
            p.role, head = "note", n + 1  # a mark of the 版头 ('类别：C类'): the 主送 may follow it
        elif n == head and doc_number and _cell_over_day(paragraphs, n):
            p.role, head, cell_organ = "note", n + 1, p.text.strip()  # the page's cells under the number: the organ
        elif n == head and doc_number and FIGURE_DATE_LINE_RE.match(p.text.strip()):
            p.role, head = "note", n + 1  # and the day it published, in figures: the 主送 follows them
        elif n == head and doc_number and (noted := noted_figure_date(p.text, alone=True)):
            p.role, head, date = "note", n + 1, date or noted  # the day a law library notes under the number
            # in brackets alone ('邯郸市人民政府令第121号' / '[2007.12.18]'): the order's day, its 成文日期
        elif n == head and note_line(p.text) and not orders_in_note(p.text):
            if p.role == "byline" and SITTING_LINE_RE.match(p.text.replace(" ", "")):
                date = date or iso_date(p.text)  # the day of the sitting a report was delivered at, its occasion
            p.role, head = "note", n + 1  # a line of the 题注 under the title and 发文字号: the 主送 follows it
            if byline := DATED_BYLINE_RE.match(p.text.strip()):  # the date and author a compilation prints there
                date, dated_by = date or iso_date(byline.group(0)), split_orgs(byline.group("organs"))
        elif (n == 0 and re.match(rf"^[{OPEN_BRACKETS}].*[{CLOSE_BRACKETS}]$", p.text) or whole_adoption_note(p.text)) \
                and (orders := orders_in_note(DATE_RE.sub(" ", p.text))):
            # The 题注 in brackets of any shape: a law library prints its note of the order in square ones too.
            p.role, order, noted = "note", orders[-1], n  # the latest order: the one the text stands in now
            head = n + 1 if n == head else head
            date = date or noted_figure_date(p.text)  # '[市政府69号令][2000-07-31]': the order's day after it
            doc_number = doc_number or noted_order_number(order)
            ordered_by = ordered_by or order_issuer(noted_order_name(order))
        elif n == head and doc_number is None and (issued := noted_issuing_number(p.text)):
            p.role, head, doc_number = "note", n + 1, issued  # a 题注 that notes, after the meeting that adopted the
            # text, the day and the 发文字号 of the 文件 that issued it: the text's number (GB/T 9704 7.2.4); the
            # adoption dates it (_written_date, 党政机关公文处理工作条例 第九条)
        elif addressees is None and kind != "讲话" and (_addressed_to(p.text, (n == head or _under_reporting_organ(paragraphs, head, n))
                                                   and kind != "纪要", kind == "信",
                                                   paragraphs[n + 1].text if n + 1 < len(paragraphs) else "") or n == head
                                     and n + 1 < len(paragraphs) and answered(p.text, paragraphs[n + 1].text)) \
                and p.role != "byline" \
                and (above_items is None or n < above_items) \
                and not (n == head and _authors_line(paragraphs, p.text, title, kind, gazette_name)) \
                and not _spoken(paragraphs[:n]) \
                and not any(q.role == "body" and ends_sentence(q.text) for q in paragraphs[:n]):
            # A speech is delivered, not sent: whatever audience its 称谓 greets ('各位代表：', '广大市民朋友：', kind
            # 讲话, a 致辞 or a 献辞 too) is no 主送机关 (GB/T 9704 7.3.2 names the organs a 公文 is sent to). Nor is
            # a speech's 称谓 ('各位代表：') under another kind's title a 主送, nor a sentence ending in a colon
            # after the body has begun: the 主送 stands above the body (GB/T 9704 7.3.2). A 纪要 is
            # addressed to no one (GB/T 9704 10.3 prints no 主送机关 in its format, only who sat in): the
            # line under its title that ends in a colon is its first agenda item's heading or the sentence
            # that announces its items ('议题一、…方案审查:'), a 主送 only where it names organs as one does.
            p.role, addressees = "addressee", without_greeting(p.text).rstrip(":：、，,；;")  # (a greeting before the colon no addressee)
    dates = [p for p in paragraphs if p.role == "date"] or _damaged_date_line(paragraphs)
    if kind == "任免" and len(dates) > 1:
        for p in dates:
            p.role = "heading"  # each date heads one batch of appointments, printed as such
        date = max(filter(None, (iso_date(p.text) for p in dates)), default=None)  # complete on the last
    elif date is None:
        date = _written_date(paragraphs, dates)
    if date is None and imprint:
        date = iso_date(f"{imprint.group('year')}年{imprint.group('month')}月{imprint.group('day')}日")
    if date is None and kind == "纪要":
        date = _meeting_date(paragraphs)
    if date is None and kind in SIGNED_KINDS and paragraphs:
        date = signed_day(paragraphs[0].text)  # unsigned: the day an agreement or declaration was signed, under its title
    if date is None:
        date = _summary_date(paragraphs, title)  # unsigned and undated: the day a gazette's summary gives it
    if date is None and kind == "发布会":
        date = next((iso_date(lead.group(0)) for p in paragraphs[:LEAD_PARAGRAPHS] if (lead := LEAD_DATE_RE.match(p.text))),
                    None)  # unsigned and undated at its foot: the day its lead opens on
    signature = _signature(paragraphs, dates[0] if dates and kind != "任免" else None, listed, over_tables)
    if not signature and kind != "任免" and len(dates) > 1 and _dates_head(paragraphs, dates[0]):
        # The date printed under the title, above the 主送 and the body (a 令's head, a library's header), is no
        # 成文日期 with a signature over it: GB/T 9704 7.3.5 signs the text right above the date that closes it.
        signature = _signature(paragraphs, dates[1], listed, over_tables)
    if doc_number is None and kind in NUMBERED_KINDS and dates:
        doc_number = _serial_at_foot(paragraphs, dates[-1])  # unnumbered at its head: the serial under its date
    # The 版头 (GB/T 9704 7.2.1), the organ's name alone over the frame, names in full the organ a title names short.
    masthead = paragraphs[0].text if paragraphs and masthead_over(paragraphs[0].text, title) else None
    marked = mark_organs(paragraphs[0].text) if paragraphs else []
    if not masthead and len(marked) == 1 and _named_by_level(title) and masthead_over(marked[0], title):
        # GB/T 9704 7.2.2: the 发文机关标志 is the organ's full name (or its 规范化简称) with '文件' after it
        # ('XX市人民政府文件'); over a title that names the same organ by its level alone, no place (7.3.1,
        # '市政府关于…的意见'), it names it in full, as the organ's name alone over the frame does.
        masthead = marked[0]
    found = issuers(title, signature, gazette_name, kind, masthead, marked)
    government = _signed_by_its_head(paragraphs, dates[0], title) if dates and not signature else None
    if not found and government:
        found = [government]
    if not found and not signature and cell_organ:
        found = [cell_organ]  # unsigned, its title naming none: the organ the page's cell names
    if not signature and (authors := _authors_under_title(paragraphs, above_items)) \
            and (not found or _noted_under_authors(paragraphs, len(authors))):
        # Read as a signature is, through OCR's spaces; over a 题注 and a title that names the organ too, the
        # line printed as the author ('湖南省人大常委会' under '湖南省人民代表大会常务委员会制定…的规定') is its name.
        found = split_orgs(" ".join(signed_names(" ".join(authors))))
        for p in paragraphs[:len(authors)]:
            if p.role == "heading":
                p.role = "byline"  # the author's line, set as one, not a division's
    if not found and not signature and (authors := _organs_in_byline(paragraphs)):
        found = authors  # unsigned, the report an organ makes: its name under the occasion
    if not found and (organs := _marked_organs(paragraphs)):
        found = organs
    if not found and not signature and paragraphs and (mark := _notice_mark_over_serial(paragraphs[0])):
        found = split_orgs(" ".join(signed_names(mark[:-2])))  # unsigned, its title naming none ('关于…的通告'):
        # the organ its 标志 names over the serial (split.is_notice_mark)
    if not found and not signature and paragraphs and paragraphs[0].role == "mark" \
            and masthead_over(paragraphs[0].text, title) and not ABOUT_RE.search(title):
        found = split_orgs(" ".join(signed_names(paragraphs[0].text)))  # unsigned, its title naming none: the organ
        # its 版头 names (a letter's, titled '致…的一封信')
    if not found and again:
        found = [org for p in paragraphs[:again] if SIGNATURE_LINE_RE.match(_one_name(p.text))
                 for org in split_orgs(" ".join(signed_names(p.text)))]  # the organs' line between the repeats
    if not found and imprint:
        found = [imprint.group("compiler")]  # unsigned: the 简报's compiler
    if not found and ordered_by:
        found = [ordered_by]  # unsigned, promulgated by the 令 its 题注 names
    if not found and dated_by:
        found = dated_by  # unsigned, the author printed after the date under the title
    if not found and kind == "解读":
        found = _explaining_organ(paragraphs)
    if not found and not signature and kind == "声明":
        found = declaring_parties(title)
    return doc_number, addressees, date, found


# A joint declaration's title names the parties that make it, joined by 和 or 与, before 关于 and its matter or
# before the declaration's own word: '甲国和乙国关于…的联合声明', '甲国政府与乙国政府联合声明', '甲市和乙市共同宣言'.
DECLARING_TITLE_RE = re.compile(either_script(r"^(?P<parties>[^，,。；;：:《》“”\s]{2,80}?)(?:关于|(?:联合|共同)(?:声明|宣言))"))
# Where a party's name ends before the 和 or 与 that joins the next: an organ's ending, or a state's or a place's
# (…共和国, …群岛, …省, …市). A 和 inside a name ('国家发展和改革委员会', '住房和城乡建设局') follows none.
PARTY_END_RE = re.compile(either_script(r"(?:[国省市县区州旗盟岛])$"))


def declaring_parties(title: str) -> list[str]:
    """The parties a joint declaration's title names (联合声明, 共同宣言: no
    signature printed, as a page that keeps the text without its foot gives
    it): the names before 关于, or before the declaration's word, parted at
    each 和 or 与 that follows a whole name, an organ's or a state's, a
    province's or a city's (a 和 inside a name, 共和国, 发展和改革委员会, parts
    nothing)."""
    match = DECLARING_TITLE_RE.match(title.replace(" ", ""))
    if not match:
        return []
    parties, start = [], 0
    text = match.group("parties")
    for joint in re.finditer(r"[和与]", text):
        left = text[start:joint.start()]
        if len(left) >= 2 and (ORGAN_END_RE.search(left) or PARTY_END_RE.search(left)):
            parties.append(left)
            start = joint.end()
    parties.append(text[start:])
    return parties if len(parties) >= 2 and all(len(p) >= 2 for p in parties) else []


def _title_printed_again(paragraphs: list[Paragraph], title: str) -> int:
    """The paragraphs over the frame that print the title again, and the
    organs' line a law library sets between its printings ('关于…的通知'
    twice, 'XX部 XX部 XX部', '关于…的通知' twice, then the 发文字号): the
    发文字号 and 主送 stand under the last (GB/T 9704 7.2.4, 7.3.2), however
    many there are. 0 when the first paragraph is no printing of the title."""
    key = re.sub(r"\s+", "", title)
    count = 0
    for k, p in enumerate(paragraphs[:TITLE_PRINTINGS]):
        text = re.sub(r"\s+", "", p.text)
        if text == key or bool(ABOUT_RE.match(text)) and key.endswith(text):
            count = k + 1
        elif not (count and SIGNATURE_LINE_RE.match(_one_name(p.text))):
            break
    return count


TITLE_PRINTINGS = 6  # a library's heading and the printed title, each twice, the organs' line between


def _explaining_organ(paragraphs: list[Paragraph]) -> list[str]:
    """An unsigned 解读's author: the organ its field names ('解读机关：XX局'),
    in the field lines that close it as a signature would."""
    for p in reversed(paragraphs[-TAIL_FIELDS:]):
        if field := EXPLAINING_ORGAN_RE.match(p.text.strip()):
            return split_orgs(field.group("organ"))
    return []


TAIL_FIELDS = 6  # the lines at a 解读's end its fields take: 解读机关, 解读人, 联系电话, perhaps wrapped


def _order_head(paragraphs: list[Paragraph], n: int) -> bool:
    """Paragraph n heads a 令 whose 发文机关标志 the page lost (GB/T 9704 10.2:
    the 令号, then the promulgating sentence): the text's first, over that
    sentence. The 令号 is the number it is cited by."""
    return n == 0 and len(paragraphs) > 1 and promulgated(paragraphs[1].text) is not None


def _bulletin_head(paragraphs: list[Paragraph]) -> tuple[Optional[re.Match], int]:
    """The imprint of a 简报's 报头 printed over the text (its name, its issue,
    its compiler and date: frame.brief_head), and the paragraphs it takes
    (the issue and imprint lines, and the name's line over them if printed);
    (None, 0) when the text has none."""
    for k in (2, 3, 4):
        if len(paragraphs) >= k and (head := brief_head([p.text for p in paragraphs[:k]])) and head[1] >= k - 1:
            for p in paragraphs[:k]:
                p.role = "mark"
            return head[0], k
    return None, 0


def _notice_mark_over_serial(first: Paragraph) -> str:
    """A 通告's 标志 heading the text (split.is_notice_mark), on its line over the serial or run into it as a
    line the wrap joined ('某某市公安局交通管理局通告2023年第10号'): the 标志, or ''."""
    text = first.text.replace(" ", "")
    if first.role == "docnum":
        text = (match := re.match(r"^(.+?通告)(?=[（(〔\[［]?\d{4}年?)", text)) and match.group(1) or ""
    elif first.role != "mark":
        return ""
    return text if is_notice_mark(text) else ""


def _marked_organs(paragraphs: list[Paragraph]) -> list[str]:
    """The organs of the 发文机关标志 over the 发文字号 (GB/T 9704 7.2.2: the
    issuer's name and 文件, 'XX省国土资源厅文件'): the issuers of a text that
    neither signs nor names them in its title (a page that kept the 版头 and
    lost the signature)."""
    if len(paragraphs) < 2 or paragraphs[1].role != "docnum":
        return []
    return mark_organs(paragraphs[0].text)


def mark_organs(mark: str) -> list[str]:
    """The organs a 发文机关标志 names ('XX省国土资源厅文件'), or none when the
    line is no such mark."""
    mark = mark.replace(" ", "")
    if not ISSUER_MARK_RE.match(mark):
        return []
    return split_orgs(" ".join(signed_names(re.sub(r"(?:[（(][^（）()]*[）)])?文件$", "", mark))))


# The clause that publishes what the sentences before it name as adopted and approved ('现予公布，自…起施行').
PUBLISHING_CLAUSE_RE = re.compile(either_script(r"^(?:现予|予以)(?:公布|发布)"))


def _promulgated_over_two(paragraphs: list[Paragraph]) -> Optional[str]:
    """A 公告 of a standing committee tells in one sentence that the text was
    adopted and approved ('《XX条例》于…通过，并于…批准。') and publishes it in
    the next ('现予公布，自…起施行。'), one paragraph (立法法: 常务委员会发布
    公告予以公布); where a line ended on the first sentence's stop, the
    unfolding may part them: the paragraph that opens on the publishing
    clause and the one over it are read together. The name, or None."""
    for above, below in zip(paragraphs, paragraphs[1:]):
        if PUBLISHING_CLAUSE_RE.match(below.text.strip()) and ends_sentence(above.text):
            if named := promulgated(above.text.strip() + below.text.strip()):
                return named
    return None


def _rule_over_order(paragraphs: list[Paragraph]) -> Optional[str]:
    """A 令 kept without its promulgating sentence, the rule's title printed
    over its 标志 and number (split.documents: the rule's text from its
    第一章 or 第一条 under them): the rule it promulgates is that title."""
    if len(paragraphs) < 2 or paragraphs[1].role != "docnum":
        return None
    title = paragraphs[0].text.strip()
    return title if rule_title(title) else None


def _authors_under_title(paragraphs: list[Paragraph], above_items: Optional[int] = None) -> list[str]:
    """The names an unsigned text is published under, alone on the lines under
    its title (GB/T 9704 7.3.5.2), one or several a line: a law compilation
    or a law site prints a 法规's organ between the title and the 题注
    ('辽宁省人大常委会' over '（1996年8月23日…通过 …批准）'), a 转发 or 印发
    notice the authors of the text it passes on over that text's body
    ('关于…的意见' / '市发展改革委 市财政局' / '市商务局' / '为加强…'), a
    compilation a rule's organ over its articles, where the line may read as
    a heading ('…评选办法' / '某某部' / '一、总则'). Something follows them:
    more paragraphs, or the numbered items (above_items: the paragraphs
    over the first, where the text has one)."""
    names = list(takewhile(lambda p: p.role in ("body", "row", "heading")
                           and bool(SIGNATURE_LINE_RE.match(_one_name(p.text))),
                           paragraphs[:SIGNATURE_BLOCK_LINES]))
    follows = len(names) < len(paragraphs) or above_items is not None and len(names) <= above_items
    return [p.text for p in names] if follows else []


def _organ_line(text: str) -> bool:
    """Organs' names alone on the line, no post or person's name after them."""
    return bool(SIGNATURE_LINE_RE.match(_one_name(text)))


def _organs_in_byline(paragraphs: list[Paragraph]) -> list[str]:
    """A report a government or its department makes to the congress or its
    standing committee is printed as a speech is (the occasion under the
    title, '——2020年7月30日在…会议上'), but over it may stand the organ
    that reports rather than the post and name of who reads it (GB/T 9704
    7.3.5.2: an unsigned text is published under its organ's name): the
    organs' names alone on a line of the byline are its authors; not an
    organ over a post and a name, the reader's post the wrap cut after its
    organ ('…会议上）杭州市人民政府' / '市长 徐立毅')."""
    names = [p.text for k, p in enumerate(paragraphs) if p.role == "byline" and _organ_line(p.text)
             and not (k + 1 < len(paragraphs) and SIGNER_POST_RE.match(paragraphs[k + 1].text.strip()))]
    return split_orgs(" ".join(signed_names(" ".join(names)))) if names else []


def _under_reporting_organ(paragraphs: list[Paragraph], head: int, n: int) -> bool:
    """Paragraph n stands right under a byline that names the reporting organ
    and no speaker: where a 公文's 主送 stands, under its head."""
    return head < n and all(p.role == "byline" for p in paragraphs[head:n]) and not _spoken(paragraphs[:n])


def _spoken(paragraphs: list[Paragraph]) -> bool:
    """A byline above: a speech's, whose 称谓 is no 主送, unless no one
    speaks in it, the organ alone reporting under the occasion (a report
    sent to the organ it addresses, GB/T 9704 7.3.2, '城区人大常委会：')."""
    byline = [p.text for p in paragraphs if p.role == "byline"]
    return bool(byline) and not (any(_organ_line(text) for text in byline)
                                 and all(_organ_line(text) or DATE_RE.search(text) or OCCASION_RE.match(text.strip())
                                         for text in byline)) \
        and not all(_written_occasion(text) for text in byline)


def _written_occasion(text: str) -> bool:
    """A 题注 that names the sitting a report went to and nothing else: no
    speech ('…上的讲话'), no speaker ('…局长 某某'). The report is the organ's
    text sent to that sitting's organ: the line under it that names an organ
    and ends in a colon ('区人大常委会：') is its 主送 (GB/T 9704 7.3.2), where
    an audience by their offices ('主任、各位副主任、各位委员：') is a 称谓."""
    text = text.strip()
    return bool(OCCASION_RE.match(text)) and text.startswith(("——", "—", "－", "–", "―", "─", "-")) \
        and not re.search(r"讲话|致辞|发言|演讲|讲稿|报告[）)]?$", text) and not re.search(r"\s[\u4e00-\u9fa5]{2,4}[）)]?$", text)


# Words that address a class of organs ('各乡镇人民政府', '有关单位'): a 主送's, never an author's.
CLASS_WORD_RE = re.compile(either_script(r"各|有关|所属|直属"))


def _authors_line(paragraphs: list[Paragraph], text: str, title: str, kind: Optional[str],
                  gazette_name: Optional[str]) -> bool:
    """GB/T 9704 7.3.2 closes the 主送 on its colon; a line that lost it is
    still read as one by the names it addresses (frame.addressee_names). A
    compilation prints the authors of a text whose title names no organ on
    the line under that title, and drops its 署名 and date: in a text with
    no 成文日期, organs' names alone under such a title, with no colon and
    no class addressed (各…, 有关…), are its authors (_authors_under_title)."""
    return not text.rstrip().endswith((":", "：")) and not CLASS_WORD_RE.search(text) \
        and bool(SIGNATURE_LINE_RE.match(_one_name(text))) and not any(p.role == "date" for p in paragraphs) \
        and not issuers(title, [], gazette_name, kind)


def _noted_under_authors(paragraphs: list[Paragraph], k: int) -> bool:
    """The paragraph under the k authors' lines is a 题注 (its adoption note); a text that ends on its authors has none."""
    return k < len(paragraphs) and paragraphs[k].role == "note" and bool(ADOPTION_NOTE_RE.match(paragraphs[k].text))


def _period(text: str) -> bool:
    """From one date to the next ('自2021年1月1日起至2021年12月31日止'): a span of time, no day it was written.
    The second day may leave out the year and month the first gives, after a dash as well as 至
    ('2016年3月4日—3月10日': the week a hotline's weekly 通报 covers, in brackets under its title)."""
    first = DATE_RE.search(text)
    return bool(first and PERIOD_END_RE.match(text, first.end()))


PERIOD_END_RE = re.compile(PERIOD_END)


# The 版头's marks and the 发文字号 a 红头 文件 prints over its title (GB/T 9704 7.2): the paragraphs a 题注
# under the title follows when the page ran them into the document's head.
FRAME_ABOVE_TITLE = ("mark", "docnum")


def _written_date(paragraphs: list[Paragraph], dates: list[Paragraph]) -> Optional[str]:
    """The 成文日期 under the signature; a speech's date in its byline or in
    the note under its title: "（2020年4月10日 根据录音整理）", which a narrow
    wrap may run into the salutation below it ("…）同志们："). A text adopted
    at a meeting is dated by it (党政机关公文处理工作条例 第九条: 会议通过的日期),
    printed in its 题注 with or without brackets; a 题注 of several events
    printed one a line (adopted, approved, amended) names no one date, nor
    does a period in brackets ('（…自2021年1月1日起至2021年12月31日止）')."""
    if dates:
        return iso_date(dates[0].text) or damaged_date(dates[0].text)
    if bylines := [p for p in paragraphs if p.role == "byline" and iso_date(p.text)]:
        return iso_date(bylines[0].text)
    lead = next((n for n, p in enumerate(paragraphs) if p.role not in FRAME_ABOVE_TITLE), len(paragraphs))
    for n, p in enumerate(paragraphs[lead:lead + 2], start=lead):
        note = re.match(r"^[（(][^（）()]*[）)]", p.text)
        if note and iso_date(note.group(0)) and not _period(note.group(0)):
            if note.group(0) == p.text:
                p.role = "note"
            adopted = ADOPTION_NOTE_RE.match(note.group(0))
            return adoption_date(adopted) if adopted else iso_date(note.group(0))
        whole = whole_adoption_note(p.text)  # a 题注 that lost its brackets, or its date's 年 and 月
        if adopted := adoption_note(p.text) or whole and ADOPTION_NOTE_RE.match(p.text):
            if whole:
                p.role = "note"
            below = paragraphs[n + 1].text if n + 1 < len(paragraphs) else ""
            one_event = one_adoption(p.text) and not ADOPTION_NOTE_RE.match(below) \
                and not (further_event(below) and not one_adoption(p.text + below))
            return adoption_date(adopted) if one_event else None
    return None


def _serial_at_foot(paragraphs: list[Paragraph], date: Paragraph) -> Optional[str]:
    """The serial of a 公告 or 通告 printed on the last line, alone, right
    under the 成文日期 that closes it (text.frame.foot_serial: '第2015-1号'),
    as the number GB/T 9704 10.1 prints under its 标志: the text's number,
    set as one. A serial with more after it is none: the text ends on it."""
    k = next((i for i, p in enumerate(paragraphs) if p is date), None)
    if k is None or k + 2 != len(paragraphs) or not (serial := foot_serial(paragraphs[k + 1].text)):
        return None
    paragraphs[k + 1].role = "docnum"
    return serial


def _summary_date(paragraphs: list[Paragraph], title: str) -> Optional[str]:
    """The day a gazette's summary says the document was issued (SUMMARY_LEAD_RE): its lead, above the first
    numbered point, names the document by its own title, whole or without the 发文机关 before 关于."""
    own = re.sub(r"\s", "", title or "")
    for p in paragraphs[:SUMMARY_LEAD_PARAGRAPHS]:
        if LABEL_RE.match(p.text.strip()):
            break
        lead = SUMMARY_LEAD_RE.match(p.text)
        if lead and own.endswith(re.sub(r"\s", "", lead.group("cited"))):
            return iso_date(LEAD_DATE_RE.match(p.text).group(0))
    return None


def _meeting_date(paragraphs: list[Paragraph]) -> Optional[str]:
    """A 纪要 is dated by its meeting (GB/T 9704 10.3 prints no 成文日期 under
    a signature): the date its head's field gives, after the label or on the
    line under it ('开会日期' / '2020-12-22 09:00:00')."""
    texts = [p.text for p in paragraphs[:HEAD_FIELDS]] + [""]
    return next(filter(None, (meeting_date(text + (below if record_field(text) else ""))
                              for text, below in zip(texts, texts[1:]))), None)


def _damaged_date_line(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The 成文日期 under the signature (GB/T 9704 7.3.5) with its 年月日 lost
    in extraction, the digits run together ("2024228"): the date line, read
    as a date only when one split of its digits is one (frame.damaged_date);
    fill() reports it. A page that lost the signature too (a seal's image)
    still prints the 附注 under the date ('（此件公开发布）', 7.3.6). A
    reprint may set the date at the head instead, over or under the 发文字号
    (as a gazette prints '（2019年4月12日 X政办发〔2019〕7号）'). A page
    that lost the signature and printed no 附注 leaves the date the last line
    of the frame, under the body's last sentence (7.3.5: the 成文日期 closes
    the 正文; the text a notice issues follows it): read there only when its
    digits give one date."""
    last = len(paragraphs) - 1
    if last >= 1 and DAMAGED_DATE_RE.match(paragraphs[last].text.strip()) and damaged_date(paragraphs[last].text) \
            and paragraphs[last - 1].role == "body" and ends_sentence(paragraphs[last - 1].text):
        paragraphs[last].role = "date"
        return [paragraphs[last]]
    for k in range(min(2, len(paragraphs))):
        beside = paragraphs[1 - k] if len(paragraphs) > 1 else None
        if DAMAGED_DATE_RE.match(paragraphs[k].text.strip()) and beside is not None \
                and is_doc_number_line(beside.text):
            paragraphs[k].role = "date"
            return [paragraphs[k]]
    for k in range(1, len(paragraphs)):
        if DAMAGED_DATE_RE.match(paragraphs[k].text.strip()) \
                and (SIGNATURE_LINE_RE.match(_one_name(paragraphs[_over_note(paragraphs, k)].text))
                     or k + 1 < len(paragraphs) and is_note_line(paragraphs[k + 1].text.strip())):
            paragraphs[k].role = "date"
            return [paragraphs[k]]
    if last >= 1 and GARBLED_DATE_RE.fullmatch(paragraphs[last].text.strip()) \
            and SIGNATURE_LINE_RE.match(_one_name(paragraphs[last - 1].text)):
        paragraphs[last].role = "date"  # the 成文日期's place, past reading: it gives no date (damaged_date reads
        return [paragraphs[last]]  # none of it), and the signature over it is read (GB/T 9704 7.3.5)
    return []


def _over_note(paragraphs: list[Paragraph], k: int) -> int:
    """The paragraph the signature over the date k ends on: the one right
    above it, or the one above the 附注 a web page printed between them
    (frame.is_note_line), or the contact a 公告's page prints there, the
    office to call and its number (GB/T 9704 7.3.6, frame.PHONE_LINE_RE:
    '某某股 电话:1234567'), which then takes the note's role."""
    if k >= 2 and (is_note_line(paragraphs[k - 1].text) or PHONE_LINE_RE.match(paragraphs[k - 1].text.strip())) \
            and SIGNATURE_LINE_RE.match(_one_name(paragraphs[k - 2].text)):
        paragraphs[k - 1].role = "note"
        return k - 2
    return k - 1


COPULA_LEAD_RE = re.compile(r"是\s*[:：]$")


# What a sentence's lead holds and no 主送 does, in either script ('…会议决定：', '…會議決定：', '现将有关事项通知如下：'): the
# first line under a title that holds one is the body's.
LEAD_WORDS_RE = re.compile(either_script(r"决定|如下|以下|现将|同志|[。，,；（(]"))

# The prepositions a sentence opens on to give its ground (根据, 按照, 依据, 依照, 遵照): no organ's name begins so.
GROUND_LEAD_RE = re.compile(either_script(r"^(?:根据|按照|依据|依照|遵照)"))


def _addressed_to(text: str, first: bool, letter: bool = False, below: str = "") -> bool:
    """The 主送机关: a line ending in a colon. Anywhere in the frame it names
    organs (各…, …人民政府, …部门); as the first line under the title and
    发文字号 it may be any addressee ('教育部：', '王超斌委员：'), or organ names
    printed without the colon (frame.addressee_names). A letter's 称谓, the
    first line under its title, stands where a 公文's 主送 stands and is its
    主送 whoever it addresses ('广大市民朋友们、同志们：'), as long as no
    sentence ends in it. No organ's name ends on the copula: a line that ends
    on 是 and its colon ('…的总体要求是：') is a sentence's lead announcing what
    follows, alone on its line where a narrow page wrapped it. Nor does one open on
    the preposition that gives a sentence's ground (GROUND_LEAD_RE): a line under
    the title that does and ends in a colon ('根据县发展和改革局对…监测数据表明:')
    is the body's first sentence, whatever its length. Nor is a record's turn,
    its speaker's label and colon first ('主持人（…）：各位记者朋友，各位嘉宾：',
    frame.SPEAKER_TURN_RE): the speaker greets the room, and a 主送 names organs.
    A letter's 称谓 whose colon the page lost stands over the greeting the
    letter sets alone on its line (below: frame.greeted)."""
    if COPULA_LEAD_RE.search(text) or GROUND_LEAD_RE.match(text.strip()) or SPEAKER_TURN_RE.match(text.strip()):
        return False
    if LABEL_RE.match(text) or attendance_line(text) or GUIDE_FIELD_RE.match(text.strip()) \
            or APPOINTMENT_BATCH_RE.match(text.strip()) or CASE_ORDINAL_RE.match(text.strip()):
        return False  # (a record's '出席：' names who sat in; a 办事指南's '办理机构：' labels its element; a 任免's
        # '任命：' heads its batch; a collection of cases' '案例一：' heads its first case: no 主送)
    if letter and first:
        return greeted(text, below) or bool(ADDRESSEE_RE.match(text)) and len(text) <= 40 and not re.search(r"[。；;！？!?]", text)
    if SALUTATION_RE.match(text):
        return False  # (a speech's 称谓 addresses the audience by their offices)
    return is_addressee_line(text) or (first and (addressee_names(text) or bool(ADDRESSEE_RE.match(text))
                                                  and (len(text) <= 30 and not LEAD_WORDS_RE.search(text)
                                                       or balanced(text) and organs_by_name([text[:-1]]))
                                                  or semicolon_closed_addressees(text)))


def _signature(paragraphs: list[Paragraph], date: Optional[Paragraph], listed: frozenset[int] = frozenset(),
               over_tables: frozenset[int] = frozenset()) -> list[str]:
    """The signature is one organ or several, on one line or several, right
    above the 成文日期; structure.py marked the line next to the date. Names
    that run up to a list's caption or numbered heading (listed) are its rows;
    a paragraph a table follows (over_tables) is parted from the lines under
    the table, and the signature's lines stop under it."""
    if date is None:
        signed = [k for k, p in enumerate(paragraphs) if p.role == "signature"]
        head = list(takewhile(lambda k: compilers_line(paragraphs[k].text), (k for k in range(signed[0], len(paragraphs))
                                                                      if paragraphs[k].role == "signature"))) \
            if signed else []
        if len(head) > 1 and head == list(range(signed[0], signed[0] + len(head))):
            return [paragraphs[k].text for k in head]  # a bulletin's compilers at its head, a line each, undated
        return [paragraphs[k].text for k in signed][:1]
    k = _over_note(paragraphs, paragraphs.index(date))
    parted = k >= 1 and id(paragraphs[k - 1]) in over_tables  # a table between the line over the date and the one above
    if not parted and (run_on := _run_on_signature(paragraphs, k)):
        return [run_on]
    if not parted and (session := _session_signer(paragraphs, k)):
        return [session]
    lines: list[str] = []
    firsts: list[int] = []  # the paragraph each name begins on
    while k >= 0 and paragraphs[k].role in ("signature", "body", "row") and len(paragraphs[k].text) <= 60 \
            and len(lines) < SIGNATURE_BLOCK_LINES and not (lines and id(paragraphs[k]) in over_tables):
        parted = k >= 1 and id(paragraphs[k - 1]) in over_tables  # a table between this line and the one above
        if not parted and (wrapped := _name_lines(paragraphs, k)):  # one name wrapped over two lines or three
            # Read whole: the space between joint issuers the head line ends with stays ('XX办公室 XX监察' / '部').
            name = _one_name("".join(p.text for p in paragraphs[k - wrapped + 1:k + 1]))
            for p in paragraphs[k - wrapped + 1:k + 1]:
                p.role, p.text = "signature", p.text if " " in name else _one_name(p.text)
            lines.insert(0, name)
            firsts.insert(0, k - wrapped + 1)
            k -= wrapped
        elif not parted and _joint_head(paragraphs, k):  # joint signers, the last name cut by the wrap
            name = paragraphs[k - 1].text.strip() + paragraphs[k].text.strip()
            for p in paragraphs[k - 1:k + 1]:
                p.role = "signature"
            lines.insert(0, name)
            k -= 2
        elif SIGNATURE_LINE_RE.match(name := _one_name(unsealed(paragraphs[k].text))):
            note = SEAL_NOTE_RE.search(paragraphs[k].text)  # '(代章)' stays printed, no part of the name
            paragraphs[k].role, paragraphs[k].text = "signature", name + (note.group(0).strip() if note else "")
            lines.insert(0, name)
            firsts.insert(0, k)
            k -= 1
        else:
            break
    if not lines and k >= 1 and paragraphs[k].role in ("signature", "body") and named_by_its_place(paragraphs[k].text):
        paragraphs[k].role = "signature"  # a body whose name ends as no list of endings has
        return [paragraphs[k].text.strip()]
    if len(lines) > 1 and (k >= 0 and _caption(paragraphs[k].text) or id(paragraphs[k + 1]) in listed):
        # The names run up to a caption ('不合格单位：'): they are its list, the body's last lines, and the
        # signature is the one right over the date (a signature stands under the body's last sentence).
        for p in paragraphs[k + 1:firsts[-1]]:
            p.role = "body"
        lines = lines[-1:]
    return lines


def _session_signer(paragraphs: list[Paragraph], k: int) -> Optional[str]:
    """The 主席团 of a people's congress's session signs the 公告 it issues
    in the session's name (is_order_name): the congress, its 届, then the
    sitting and 主席团, which a signature column wraps after the congress
    ('XX县第十八届人民代表大会' / '第二次会议主席团'). A line that opens on the
    sitting's ordinal opens no name: it ends the one above. The name, or
    None."""
    if k < 1 or not SESSION_SIGNER_TAIL_RE.match(tail := paragraphs[k].text.replace(" ", "")) \
            or paragraphs[k - 1].role not in ("signature", "body", "row"):
        return None
    head = _one_name(paragraphs[k - 1].text.strip())
    if not (head.endswith(("人民代表大会", "人民代表大會")) and from_its_place(head) and SIGNATURE_LINE_RE.match(head)):
        return None
    for p in paragraphs[k - 1:k + 1]:
        p.role = "signature"
    return head + tail


# The sitting of a session and its 主席团, on the signature's second line: '第二次会议主席团'.
SESSION_SIGNER_TAIL_RE = re.compile(either_script(rf"^第[{CN_NUMERAL}\d]{{1,4}}次会议(?:主席团)?$"))


def _dates_head(paragraphs: list[Paragraph], date: Paragraph) -> bool:
    """The date stands in the text's head: no paragraph of the body above it."""
    return not any(p.role in ("body", "signature") for p in paragraphs[:paragraphs.index(date)])


def _caption(text: str) -> bool:
    """A caption over a list: a label ending in a colon ('不合格单位：', '二等奖：'), no sentence in it."""
    text = text.strip()
    return text.endswith((":", "：")) and not re.search(r"[，。；,;]", text[:-1]) and len(text) <= CAPTION_CHARS


CAPTION_CHARS = 30  # characters of a caption over a list ('2020年度政务信息工作考核优秀单位（共13个）：')


def _run_on_signature(paragraphs: list[Paragraph], k: int) -> Optional[str]:
    """GB/T 9704 7.3.5: the 署名 is the organ's name on a line of its own
    over the date; a page may run it onto the end of the line above (the
    附件说明: '附件：…名单 XX省人民政府'), after a space, and the measure then
    carries that line's last words down with it ('…个人名单 XX省人民政府') or
    cuts the name ('…名单 XX' / '省人民政府', '…名单 XX省' / '人民政府'). The
    name is the run after the last space, a whole name from its place on,
    and what stands before it begins no name (a
    scanner's space inside one name, 'XX 省人民政府' or 'XX省 XX市人民政府', is
    no run-on). The words before it go back to the paragraph above, whose
    end they are."""
    if k < 1 or len(paragraphs[k].text) > 60 or paragraphs[k].role not in ("signature", "body", "row"):
        return None
    line, above = paragraphs[k], paragraphs[k - 1]
    text = line.text.strip()
    carried = " " in text
    if carried:
        before, _, name = text.rpartition(" ")
    elif not from_its_place(text) and " " in above.text.strip():
        before, _, run = above.text.strip().rpartition(" ")
        name = run + text
        if ORGAN_END_RE.search(run):
            return None
    else:
        return None
    if not (from_its_place(name) and SIGNATURE_LINE_RE.match(name)) or ORGAN_START_RE.match(before) \
            or SIGNATURE_LINE_RE.match(_one_name(before)) or carried and _space_in_region(before, name):
        return None
    above.text = above.text + before.replace(" ", "") if carried else before
    line.role, line.text = "signature", name
    return name


# The five autonomous regions' full names (宪法 第三十条, 民族区域自治法): an organ of a region names its place
# in full ('内蒙古自治区农牧厅') or by the level alone, as the region's own texts call it ('自治区农牧厅').
AUTONOMOUS_REGIONS = tuple(either_script(name) for name in
                           ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"))


def _space_in_region(before: str, name: str) -> bool:
    """A scanner's space inside an autonomous region's full name ('内蒙古 自治区农牧厅', '广西 壮族自治区…'): the
    piece after it reads as a whole name by the level alone, but the words before it are the rest of the
    region's name, no words of the text above."""
    before = before.replace(" ", "")
    wholes = (re.match(region, before + name) for region in AUTONOMOUS_REGIONS)
    return bool(before) and any(whole and whole.end() > len(before) for whole in wholes)


def _one_name(text: str) -> str:
    """A signature line with a scanner's spaces inside a name ("中华人民 共和国国务院",
    OCR of a printed page) is that name: spaces part joint issuers only
    between whole names (GB/T 9704 7.3.5), so a line whose pieces are not
    each an organ's name is read without them."""
    pieces = text.split()
    return text if all(SIGNATURE_LINE_RE.match(p) for p in pieces) else "".join(pieces)


SIGNATURE_BLOCK_LINES = 12  # a joint signature of many bodies runs over as many lines, one or two a line

def _signed_by_its_head(paragraphs: list[Paragraph], date: Paragraph, title: str) -> Optional[str]:
    """A 政府令 is signed by the post of the government's head (省长, 市长,
    自治区主席) over the date, with no organ named (GB/T 9704 10.2): the
    issuer is that government, the place of the post's level the title
    names ("河北省…规定" signed 省长: 河北省人民政府). None when the title
    names no place of that level."""
    k = paragraphs.index(date) - 1
    post = HEAD_POST_RE.match(paragraphs[k].text) if k >= 0 else None
    if not post:
        return None
    place = _place_of(post.group("level"), title)
    if not place:
        return None
    paragraphs[k].role = "signature"
    return place + "人民政府"


def _place_of(level: str, title: str) -> Optional[str]:
    """The place of that level ('市') a regulation's title names first ('淮南市公园管理办法' → 淮南市)."""
    place = re.match(rf"^[\u4e00-\u9fa5]{{1,10}}?{level}", title)
    return place.group(0) if place and ORGAN_START_RE.match(place.group(0)) else None


def _placed(organ: str, title: str) -> str:
    """A 令 named by its organ's level alone ('市人民政府令第129号', as the
    government's own pages print it) is that level's government of the place
    the regulation it promulgates names, as a 令 signed by its head's post is
    (_signed_by_its_head): '淮南市公园管理办法' → 淮南市人民政府."""
    level = LEVEL_RE.match(organ) if LEVEL_ORGAN_RE.match(organ) else None
    place = _place_of(level.group(0), title) if level else None
    return place + organ[level.end():] if place else organ


def _name_head(paragraphs: list[Paragraph], k: int, rest: str = "") -> bool:
    """Paragraph k - 1 is the first line of a signer's name that a narrow
    signature column wrapped ("XX县应对…工作" over "领导小组（指挥部）"): it
    begins as organ names do (a place, 中共, 国家…) but ends as none does,
    and with the line under it (and rest, the name's line under that) makes
    one name. A title ends as no name does, on its 文种 (GB/T 9704 7.3.1): a
    page that prints the title again over the signature ('某市某局关于…的通知' /
    '某市某某局') begins no name there."""
    if k < 1 or paragraphs[k - 1].role not in ("signature", "body", "row"):
        return False
    if k >= 2 and ANNEX_MARK_RE.match(paragraphs[k - 2].text.strip()):
        return False  # the name of an 附件 under its mark alone ('附件1：' / '…管理办法'): the 附件说明's item (GB/T
        # 9704 7.3.4), over the signature, no name of a signer's ('…办法' ends as 办 does)
    head = _one_name(paragraphs[k - 1].text)
    return len(head) <= 30 and bool(ORGAN_START_RE.match(head)) and not SIGNATURE_LINE_RE.match(head) \
        and not re.search(r"[\s，。；：,;:、]", head) and not (ABOUT_RE.search(head) and kind_of(head)) \
        and bool(SIGNATURE_LINE_RE.match(head + _one_name(paragraphs[k].text) + _one_name(rest)))


def _name_lines(paragraphs: list[Paragraph], k: int) -> int:
    """The lines, paragraph k the last, of one signer's name (GB/T 9704
    7.3.5: the 署名 is the organ's full name) that a narrow signature column
    wrapped: 2 (_name_head), or 3 where the name is longer still
    ('XX经济技术开发区（国际商务区）' / '新型冠状病毒肺炎疫情' / '防控工作领导小组'):
    its first line begins as organ names do, neither it nor the one under it
    ends as a name ends, and the three make one name; else 0."""
    if _name_head(paragraphs, k):
        return 2
    if k < 2 or not _name_head(paragraphs, k - 1, paragraphs[k].text) \
            or paragraphs[k - 1].role not in ("signature", "body", "row") \
            or re.search(r"[\s，。；：,;:、]", middle := _one_name(paragraphs[k - 1].text)) \
            or ORGAN_START_RE.match(middle) or SIGNATURE_LINE_RE.match(middle):
        return 0
    return 3


def _joint_head(paragraphs: list[Paragraph], k: int) -> bool:
    """Paragraph k - 1 is a line of joint signers parted by spaces (GB/T 9704
    7.3.5.2) whose last name the measure cut ('…发展改革委 商务' / '部 财政部',
    '…发展改革委 商' / '务部'): every name on it whole but its last, which with
    the first piece of the line under it makes one, the rest of that line names."""
    if k < 1 or paragraphs[k - 1].role not in ("signature", "body", "row") \
            or paragraphs[k].role not in ("signature", "body", "row"):
        return False
    *names, tail = paragraphs[k - 1].text.split() or [""]
    head, *rest = paragraphs[k].text.split() or [""]
    return bool(names) and all(SIGNATURE_LINE_RE.match(name) for name in names + rest) \
        and not SIGNATURE_LINE_RE.match(tail) and bool(SIGNATURE_LINE_RE.match(tail + head))


def issuers(title: str, signature: list[str], gazette_name: Optional[str],
            kind: Optional[str], masthead: Optional[str] = None, marked: Sequence[str] = ()) -> list[str]:
    """Issuers from the signature and the title's 发文机关, in full and in
    order (the 版头 printed over the title names it in full, masthead; the
    organs its 发文机关标志 names, marked). A 转发 title
    names the forwarded text's issuer after 转发: only an organ name before
    关于/转发/印发 is the title's own issuer."""
    found: list[str] = []
    for line in signature:
        found += split_orgs(" ".join(signed_names(line)))
    prefix = None
    if kind == "任免":
        prefix = re.sub(r"任免.*$", "", title)  # the organ before 任免 and whom it names
    elif kind == "令" and not ABOUT_RE.search(title) \
            and (found or order_organ(title) or not GOVERNMENT_TITLE_RE.match(title)):
        # 中华人民共和国国务院令: the order of the 国务院. An unsigned 令 named by its measure
        # ('XX县人民政府森林高火险期禁火令') names its government before the 事由, as other titles do (below).
        prefix = re.sub(r"令$", "", STATE_PREFIX_RE.sub("", title))
    elif kind == "发布会" and (match := HELD_BY_RE.match(title)):
        prefix = match.group("issuer")  # the organ that held the conference, before the verb it held it by; a
        # place there ('某某市举行…新闻发布会': the city, where it was held) is none (below)
    elif kind != "讲话" and (match := TITLE_ISSUER_RE.match(title)):
        prefix = match.group("issuer")
        verb = PROMULGATING_RE.search(prefix)
        if verb and ORGAN_END_RE.search(prefix[:verb.start()]):
            prefix = prefix[:verb.start()]  # the organ, then the verb it issues by: '政务院发布关于…的指示'
    elif kind in REPLY_KINDS and (match := REPLY_TITLE_RE.match(title)) and ORGAN_END_RE.search(match.group("issuer")):
        prefix = match.group("issuer")  # a reply that names what it answers by 对 ('国务院对…的批复')
    elif kind in ("公告", "通告", "布告", "告示") and not found and title.endswith(kind) and not re.search(r"\d", title) \
            and ORGAN_END_RE.search(title[:-2]):
        prefix = title[:-2]  # its 版头, the organ's whole name and its kind: 'XX州人民政府办公室公告', 'XX指挥部通告';
        # the 布告 a government or its 革命委员会 posted to the public (the 1981 暂行办法's 文种) is titled so too, and
        # the 告示 an organ posts on its service ('XX市劳动人事争议仲裁院告示')
    elif kind in ("通告", "公告", "布告", "告示", "简章") + SERVED_KINDS + OWN_KINDS and not found \
            and (match := NAMED_ISSUER_RE.match(title)) \
            and not cuts_word(match.group("issuer"), title[match.end("issuer"):]) \
            and not (kind in OWN_KINDS and BARE_GOVERNMENT_RE.search(match.group("issuer"))):
        prefix = match.group("issuer")  # an unsigned 公告 or 通告 named by its issuer: XX县人民政府拟征收…公告; an
        # organ's name ends where a word ends: an ending cut from the word it begins ('市机关部' / '门工作人员…', the
        # common noun 部门, '…局' / '面…') names no organ, the words are the 事由's. A decision or reply served on a
        # party is titled so too (SERVED_KINDS): 'XX县生态环境局不予行政处罚决定书'; a recruitment brochure
        # its organ publishes unsigned: 'XX县委宣传部公开选调工作人员简章'; and an organ's internal 制度 (OWN_KINDS)
    elif not found and (match := OWN_RULES_TITLE_RE.match(title)):
        prefix = match.group("issuer")  # a body's own 章程 or 规则: 'XX基金会章程', 'XX委员会议事规则'
    elif not found and kind != "讲话" and (match := YEAR_TITLE_RE.match(title)):
        # an unsigned report its organ names before the year: XX县审计局2022年度…报告. A speech's title names the
        # speaker's post and the meeting ('市长在市政府2022年第一次全体会议上的讲话'): no issuer, as above
        prefix = match.group("issuer")
    elif not found and kind != "讲话" and (match := QUOTED_SUBJECT_TITLE_RE.match(title)):
        prefix = match.group("issuer")  # an unsigned text its organ names before a quoted 事由: XX局“双随机、一公开”…细则
    elif not found and (match := GOVERNMENT_TITLE_RE.match(title)):
        prefix = match.group("issuer")  # an unsigned text its government names: XX县人民政府工作规则
    if prefix and (tag := REGION_TAG_RE.match(prefix)):
        prefix = prefix[tag.end():]  # an aggregator's region tag before the organ the title names (REGION_TAG_RE)
    if prefix and (tag := SITE_TAG_RE.match(prefix)):
        prefix = prefix[tag.end():]  # a site's tag in 【】 before the organ the title names (SITE_TAG_RE)
    if prefix and (tag := VALIDITY_TAG_RE.match(prefix)):
        prefix = prefix[tag.end():]  # a site's validity tag before the organ the title names (VALIDITY_TAG_RE)
    if prefix and not masthead and ABOUT_RE.match(prefix):
        prefix = None  # GB/T 9704 7.3.1: 关于 opens the 事由; a title that opens on it names no organ before it (its
        # words up to a noun ending as organ names do, '关于向社会' / '公开征集…的公告', are the 事由's)
    if prefix and masthead:
        prefix = masthead.replace(" ", "")
    named = prefix and (SIGNATURE_LINE_RE.match(prefix) or not found and LEVEL_ORGAN_RE.match(prefix)
                        or not found and kind not in ("讲话", "发布会") and bool(PLACE_ISSUER_RE.match(prefix))
                        or kind == "令" and order_organ(title) == prefix
                        or kind in ("决议", "决定") and not found and bool(SESSION_RE.match(prefix)))
    if named and not re.search(either_script(r"转发|印发|批转"), prefix):
        found = [next((org for org in split_orgs(prefix) if _province_cut(signer, org)), signer) for signer in found]
        signers = list(found)
        found += [org for org in split_orgs(prefix)
                  if not any(same_body(org, signer) or _placed_short_signer(signer, org) or placed_short_name(signer, org)
                             or higher_place_dropped(signer, org) or place_left_out(signer, org)
                             or second_name(signer, org) or own_office(signer, org) for signer in signers)
                  and not _joined_signers(org, signers)]
    if marked:  # the 发文机关标志 names the organ whole, where the title leaves it out ('关于印发…的通知')
        found = [next((org for org in marked if _province_cut(signer, org)), signer) for signer in found]
    city = city_of(gazette_name)
    out: list[str] = []
    for org in found:
        if city and org.startswith("市") and not org.startswith(city):
            org = city + org[1:]
        if org not in out:
            out.append(org)
    return out


def _placed_short_signer(signer: str, organ: str) -> bool:
    """The signature names by its 规范化简称, its place kept, the organ the 版头 or the title names in full
    ('某某市政府' under '某某市人民政府文件', same_body): one issuer. A word's tail the page cut ('务局') keeps no
    place and names none."""
    return bool(ORGAN_START_RE.match(signer)) and same_body(signer, organ)


def own_office(signer: str, organ: str) -> bool:
    """A body and its own 办公室 (办公厅) are one issuing, never joint issuers: 党政机关公文处理工作条例 第十七条 lets
    organs of one level issue jointly, and an office is its body's working organ, none of its level. A title
    that names the office over the body's signature ('XX区人民政府办公室关于印发…' signed 'XX区人民政府'), or the
    body over its office's, names the one that signed (GB/T 9704 7.3.5.1: the 发文机关署名 says who issued it):
    the one name is the other's whole, then an office's ending."""
    short, long = sorted((signer, organ), key=len)
    return long != short and long.startswith(short) and bool(OWN_OFFICE_RE.fullmatch(long[len(short):]))


OWN_OFFICE_RE = re.compile(either_script(r"办公[室厅]"))


def second_name(signer: str, organ: str) -> bool:
    """One organ with two names (一个机构两块牌子: a body that bears a second name, 加挂牌子, as a 建设和管理委员会 is
    also its district's 水务局): its title names it by both, the second in brackets after the first
    ('XX区建设和管理委员会(XX区水务局)关于…'), its signature by the first alone. The title's organ is the signer's
    name whole, then one bracketed name that ends as organ names do: the same body, no second issuer."""
    if not organ.startswith(signer) or organ == signer:
        return False
    match = SECOND_NAME_RE.fullmatch(organ[len(signer):])
    return bool(match) and bool(ORGAN_END_RE.search(match.group(1)))


SECOND_NAME_RE = re.compile(r"[（(]([\u4e00-\u9fa5]{2,30})[）)]")


def _province_cut(signer: str, organ: str) -> bool:
    """The signature is the organ the title or the 版头 names, its province's name cut at a line's end ('…名单 湖'
    / '南省人民政府', '…工作要点 吉' / '林省教育厅'): one character and 省 opens no place
    (frame.ONE_CHARACTER_PROVINCE_RE). So with a city's two-character name that lost its first character to the
    page ('重庆市…城市管理局' signed '庆市…城市管理局'): one character and 市 where the organ named in full has
    exactly one character more before it (a county-level city whose own name is one character, '津市市…', signs
    whole under a title that puts its province first, '湖南省津市市…': no character lost, no cut)."""
    if organ == signer or not organ.endswith(signer):
        return False
    return bool(ONE_CHARACTER_PROVINCE_RE.match(signer[:2])) \
        or len(organ) - len(signer) == 1 and bool(ONE_CHARACTER_CITY_RE.match(signer[:2]))


ONE_CHARACTER_CITY_RE = re.compile(r"^[\u4e00-\u9fa5]市$")


def signed_names(line: str) -> list[str]:
    """The names on a signature line. Joint issuers (GB/T 9704 7.3.5.2: each
    body signs) printed side by side are parted by spaces, one or a run;
    a space inside one name (letter-spaced "国 务 院", or a name the
    typesetter spread out) parts no names: a piece is a name of its own
    when it ends as organ names do and is more than an ending alone, or is
    a ministry's three characters printed whole ('商务部 财政部')."""
    names: list[str] = []
    piece = ""
    for token in line.split():
        if BARE_ENDING_RE.match(token) and names and not piece:
            names[-1] += token  # "XX市人民政府 办公室": the rest of the name before
            continue
        piece += token
        if ORGAN_END_RE.search(piece) and (len(piece) >= 4 or piece == token and len(token) == 3):
            names.append(piece)
            piece = ""
    return names + [piece] if piece else names




def _joined_signers(org: str, signers: list[str]) -> bool:
    """A title that runs its joint issuers together ("XX委办公厅XX部办公厅关于…")
    names the signers already read, one after another."""
    rest = org
    for signer in sorted(signers, key=len, reverse=True):
        rest = rest.replace(signer, "")
    return len(signers) > 1 and not rest


def placed_short_name(short: str, full: str) -> bool:
    """A body signs by its name without its place's proper name, keeping the
    level (州人大常委会法工委 for 湘西自治州人大常委会法工委, 市财政局 for XX市财政局),
    as a body of that place calls itself: the full name is the place, then
    the short name from its level word on."""
    if len(short) < 3 or not full.endswith(short) or full == short:
        return False
    place = full[:len(full) - len(short) + 1]
    start = ORGAN_START_RE.match(place)
    if start and start.group(0) == place:
        return True
    # An autonomous area's level is a word of its own (自治区, 自治州, 自治县): '自治区农牧厅' for 内蒙古自治区农牧厅.
    level = AUTONOMOUS_LEVEL_RE.match(short)
    place = full[:len(full) - len(short)] + level.group(0) if level else ""
    start = ORGAN_START_RE.match(place) if place else None
    return bool(start) and start.group(0) == place


AUTONOMOUS_LEVEL_RE = re.compile(either_script(r"自治(?:区|州|县|旗)"))


def higher_place_dropped(short: str, full: str) -> bool:
    """A county's or a district's body signs by its own place's name without
    the province's or city's over it ('西青区人民政府' for 天津市西青区人民政府,
    as its title names it): the full name is a place of a higher level
    ('天津市', 'XX省XX市'), then the short name, itself a placed organ's
    name, its own place first."""
    if not full.endswith(short) or full == short:
        return False
    place = full[:len(full) - len(short)]
    own = ORGAN_START_RE.match(short)
    return bool(HIGHER_PLACE_RE.fullmatch(place)) and bool(own) and len(own.group(0)) >= 3 \
        and bool(ORGAN_END_RE.search(short))


def place_left_out(short: str, full: str) -> bool:
    """A body signs by its name with no place at all ('经济和信息化局' under
    '达州市经济和信息化局关于…', as a page of its place reposts it; GB/T 9704
    7.3.5.1 allows a 规范化简称): the full name is a whole place ('XX市',
    'XX省XX县'), then the short name, which opens on no place and is more
    than an organ's ending alone ('务局' cut from 商务局 is none)."""
    if not full.endswith(short) or full == short or ORGAN_START_RE.match(short):
        return False
    place = full[:len(full) - len(short)]
    end = ORGAN_END_RE.search(short)
    return bool(HIGHER_PLACE_RE.fullmatch(place) or PLACE_NAME_RE.fullmatch(place)) and bool(end) \
        and len(short) - len(end.group(0)) >= 2


# A place a county's or a district's body is named by (a county, a district, a banner), higher places before it.
PLACE_NAME_RE = re.compile(either_script(r"(?:[\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|自治州|州|地区|盟)){0,2}"
                                         r"[\u4e00-\u9fa5]{1,10}?(?:县|区|旗|自治县)"))


# The names of the places over a county or a district: a province (an autonomous region), a city, a prefecture.
HIGHER_PLACE_RE = re.compile(either_script(r"(?:[\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|自治州|州|地区|盟)){1,2}"))


def split_orgs(text: str) -> list[str]:
    """'荆门市人民政府荆门军分区' → ['荆门市人民政府', '荆门军分区']: names are
    separated by 、，or spaces, or, in a joint signature printed without a
    separator, cut after an organ-name ending where the next name begins
    as organ names do (a place, 中共, 国家, or the first name's own place);
    never before 办公室/办公厅: the office of the body just named (中共XX市委
    办公室) is one name, and so is a government's 街道办事处, its 派出机关
    (XX区人民政府XX街道办事处); never inside 会议, a word whose 会 ends no
    name (中国人民政治协商会议XX县委员会, the 政协's full name)."""
    orgs: list[str] = []
    for name in re.split(rf"[、，,\s]+|{NAMES_DASH}", text.strip()):
        start = within = 0
        for match in ORGAN_NAME_RE.finditer(name):
            rest = name[match.end():]
            if match.end() < within:
                continue
            if (branch := LOCAL_BRANCH_RE.match(rest)) and CENTRAL_ORGAN_RE.fullmatch(name[start:match.end()]):
                within = match.end() + branch.end()  # one name: the central organ's office of a place
                continue
            if match.group(0) == "局" and (branch := BUREAU_BRANCH_RE.match(rest)) \
                    and not ORGAN_NAME_RE.search(branch.group(0)[:-2]):
                within = match.end() + branch.end()  # one name: a city bureau's 分局 in a county or district (a
                # place's name, no organ's ending, before 分局)
                continue
            if match.group(0).endswith(("会", "會")) and rest.startswith(("议", "議")):
                continue  # 会议 is a word: the 政协's name ends in it ('中国人民政治协商会议XX县委员会'), no 会 ends there
            if rest and match.end() - start >= 3 and not OFFICE_OF_RE.match(rest) \
                    and not (match.group(0) == "人民政府" and STREET_OFFICE_RE.fullmatch(rest)) \
                    and (rest.startswith(name[:2]) or _begins_a_name(rest)):
                orgs.append(name[start:match.end()])
                start = match.end()
                if NAME_JOINER_RE.match(rest) and (rest[1:].startswith(name[:2]) or _begins_a_name(rest[1:])):
                    start += 1  # the 和 or 与 a title joins its issuers by ('甲市人民政府和乙市人民政府关于…'): no
                    # name's first character
        orgs.append(name[start:])
    return [o for o in orgs if len(o) >= 2]


# The conjunction a title joins two issuers' whole names by (联合行文: 'XX和XX关于…', 'XX与XX联合声明').
NAME_JOINER_RE = re.compile(r"^[和与]")


def _begins_a_name(rest: str) -> bool:
    """The rest of a run of names begins a name of its own: with 中共, 国家…
    or a place, and no organ's ending inside the place ("工作部成都市…" is the
    end of 社会工作部, not a place: 中共XX市委社会工作部 is one organ)."""
    start = ORGAN_START_RE.match(rest)
    return bool(start) and not ORGAN_NAME_RE.search(start.group(0)[1:-1])


OFFICE_OF_RE = re.compile(either_script(r"^办"))  # 办公室, 办公厅, 办: the office of the name before
# An organ managed from the centre down (垂直管理) names its office of a place by the central organ's name, then the
# place and the office's kind: '国家税务总局XX市税务局', '中国人民银行XX市中心支行', '国家统计局XX调查队',
# '国家金融监督管理总局XX监管分局', '国家外汇管理局XX中心支局'. One organ, not the central one and another.
CENTRAL_ORGAN_RE = re.compile(either_script(r"(?:国家|中国)[\u4e00-\u9fa5]{1,12}?(?:总局|银行|局|监督管理委员会|银保监会|证监会)"))
LOCAL_BRANCH_RE = re.compile(either_script(r"[\u4e00-\u9fa5]{1,12}?(?:中心支行|分行|支行|营业管理部|税务局|监管局|监管分局"
                                           r"|调查队|中心支局|分局|支局)(?=$|中共|国家|中国|[\u4e00-\u9fa5]{0,6}?[省市县区州盟旗])"))
STREET_OFFICE_RE = re.compile(either_script(r"[\u4e00-\u9fa5]{1,10}街道办事处"))  # a government's 派出机关
# A city's bureau runs a 派出机构 in each of its counties or districts, named by the bureau's whole name, then the
# county's and 分局 ('XX市生态环境局XX县分局', the county's 生态环境 bureau since the vertical reform of 2016; 'XX市公安局
# XX分局', 'XX市自然资源和规划局XX分局'): one organ, the bureau's branch, not the bureau and a second signer.
BUREAU_BRANCH_RE = re.compile(either_script(r"[\u4e00-\u9fa5]{1,10}?分局(?=$|中共|国家|中国|[\u4e00-\u9fa5]{0,6}?[省市县区州盟旗])"))


def _counted_on(piece: str) -> list[str]:
    """An 附件 list run into one line with no space between its items ('1.…抽查结果2.…监测结果', a page's or the
    layout's space gone): each item ends where the next number in turn opens after a name's last character, so
    the list is parted by its own count, not by any figure ('1.2018年…表2.2019年…表': each keeps its year)."""
    first = ANNEX_ITEM_RE.match(piece.strip())
    if not first:
        return [piece]
    items, no, rest = [], int(first.group("no")), piece
    while cut := re.search(rf"(?<=[\u4e00-\u9fa5）)》”])(?={no + 1}\s*[.．、](?:\d{{4}}年|(?!\d)))", rest):
        items, rest, no = items + [rest[:cut.start()]], rest[cut.start():], no + 1
    return items + [rest]


def _attachments(blocks: list[Paragraph]) -> list[str]:
    out = []
    for p in blocks:
        text = ANNEX_LIST_RE.sub("", p.text).lstrip()
        for item in (item for piece in re.split(r"(?:^|\s)(?=\d{1,2}\s*[.、．])", text) for item in _counted_on(piece)):
            numbered = ANNEX_ITEM_RE.match(item.strip())
            # An item numbered in turn loses its number, a figure after it too ('1.2018年…表').
            item = numbered.group("rest") if numbered and int(numbered.group("no")) == len(out) + 1 \
                else LABEL_RE.sub(lambda m: m.group("rest"), item.strip()) if LABEL_RE.match(item.strip()) \
                else item.strip()
            if item:
                out.append(item)
    return out
