"""The document grammar on layouts of the seventh held-out set's kind (issue
#11): rules of GB/T 9704, of the 立法技术规范 and of numbering the converter
must read whatever gazette or web page the text comes from. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.devset.measure import blocks_text


def _convert(paragraphs: list[str], columns: int | None):
    return convert("\n".join(laid_out(paragraphs, columns)).encode("utf-8"), "x/x.txt", "x")


def _documents(paragraphs: list[str], columns: int | None):
    return _convert(paragraphs, columns).documents


# A notice signed and dated: the document that other cases run their text under.
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


def _text(doc) -> str:
    return "".join(blocks_text(block) for part in doc.parts for block in part.blocks)


def _labels(doc) -> list[str]:
    return [p.label for p in doc.provisions]


def _beside_notice(paragraphs: list[str], columns: int | None):
    """The case run into NOTICE (the control): two documents, the notice keeping its own organ, date and text, and
    none of the notice's words in the case; the case's document."""
    docs = _documents(paragraphs + NOTICE, columns)
    assert [d.title for d in docs][1:] == [NOTICE[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2021-03-01")
    assert "植树造林" not in _text(docs[0])
    assert not any(p[:8] in _text(docs[1]) for p in paragraphs[1:] if len(p) >= 8)
    return docs[0]


# A text whose excerpt ends mid-list, with no signature: nothing closes it but the next title.
CUT_SHORT = ["关于做好春季植树造林工作的通知", "各乡镇人民政府：",
             "为做好今年春季植树造林工作，现就有关事项通知如下：",
             "一、各乡镇要在3月底前完成造林地块的落实，造林任务分解到村，明确责任人和完成时限，确保(县林业局、",
             "县财政局负责)"]
NOTICE_SERVED = ["转用告知书(青川县2024年度第3批次)", "青溪镇上河村及有关农户:",
                 "因公共利益需要，依据土地管理法律法规，现将青川县2024年度第3批次土地转用有关事项告知如下：",
                 "一、转用范围", "转用你村位于村北地块的土地，面积0.52公顷。", "青川县人民政府", "2024年5月6日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_served_on_the_parties_is_a_document_of_its_own(columns):
    """GB/T 9704 7.3.1–7.3.2: a title (a short line ending in a 文种 such as
    告知书, perhaps with the serial of its batch in brackets), the 主送 under
    it and a body: a document, though its title names neither organ nor 关于
    and the text above ends with no signature."""
    docs = _documents(CUT_SHORT + NOTICE_SERVED, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "转用告知书(青川县2024年度第3批次)"]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("青溪镇上河村及有关农户", ["青川县人民政府"],
                                                                 "2024-05-06")
    assert docs[0].issuers == [] and docs[0].date is None


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colonless_addressee_of_a_body_and_its_parties_frames_the_title(columns):
    """A 主送 printed without its colon may name one body and the class of
    parties with it ("…村民委员会及有关居民"): it frames the title above it
    as a colon would, and is the document's 主送."""
    later = ["青川县人民政府征收土地预公告", "青溪镇上河村村民委员会及有关居民",
             "因公共利益需要，依据土地管理法律法规，现将青川县2024年度批次土地征收有关事项公告如下：",
             "一、征收范围", "征收你村位于村北地块的土地，面积约0.41公顷。", "特此公告。", "青川县人民政府", "2024年5月8日"]
    docs = _documents(CUT_SHORT + later, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "青川县人民政府征收土地预公告"]
    assert (docs[1].addressees, docs[1].issuers) == ("青溪镇上河村村民委员会及有关居民", ["青川县人民政府"])


def test_a_cited_request_with_its_number_in_brackets_is_no_title():
    """A 批复 opens by citing the 请示 it answers, its 发文字号 in brackets
    ("…的请示（〔2024〕青林字第8号）收悉"): a bracketed 第N号 is a number,
    not the serial of a batch, and the line wrapped there is no title."""
    lines = ["青川县人民政府关于同意调整林地保护范围的批复", "青府函〔2024〕12号", "县林业局：",
             "关于调整青溪镇林地保护范围的请示（〔2024〕青林字第8号）", "收悉，现批复如下：",
             "同意调整青溪镇林地保护范围。", "青川县人民政府", "2024年6月1日"]
    doc, = _documents(lines, None)
    assert doc.title == "青川县人民政府关于同意调整林地保护范围的批复" and len(doc.parts) == 1


def test_a_wrapped_addressee_list_opens_no_document():
    """Only a title that ends in its 文种 is opened by the 主送 under it: the
    first line of a 主送 list the wrap cut stays in the frame of its title."""
    lines = ["青川县人民政府关于印发青川县林长制工作方案的通知", "青府发〔2024〕3号",
             "各乡镇人民政府，县政府各部门，县属各企业，驻县各单位，各村民委员会，",
             "各社区居民委员会：", "现将《青川县林长制工作方案》印发给你们，请认真贯彻执行。",
             "青川县人民政府", "2024年2月1日"]
    doc, = _documents(lines, None)
    assert doc.doc_number == "青府发〔2024〕3号"


ENDED = ["关于做好秋季森林防火工作的通知", "各乡镇人民政府：",
         "为做好今年秋季森林防火工作，现就有关事项通知如下，请认真贯彻执行。", "青川县人民政府", "2011年9月2日"]
JOINT = ["青川市发展和改革委员会 中共青川市委社会工作部 青川市民政局 关于印发青川市社区养老服务设施建设实施方案的通知",
         "各区（县）人民政府，市级有关部门：", "现将《青川市社区养老服务设施建设实施方案》印发给你们，请认真贯彻落实。",
         "一、主要目标", "到2026年底，全市建成社区养老服务设施100个。"]


@pytest.mark.parametrize("columns", [None, 14, 18, 26])
def test_a_title_of_joint_issuers_parted_by_spaces_runs_from_its_first_organ(columns):
    """GB/T 9704 7.2.5: a title of joint issuers names each before 关于; a
    page parts them by spaces on one line, which a narrow measure wraps
    anywhere. The title begins at the first organ's name, and each organ
    is an issuer of its own (中共…市委社会工作部 is one organ, not cut at 社会)."""
    docs = _documents(ENDED + JOINT, columns)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知",
                                       "青川市发展和改革委员会中共青川市委社会工作部青川市民政局关于印发青川市社区养老服务设施建设实施方案的通知"]
    assert docs[1].issuers == ["青川市发展和改革委员会", "中共青川市委社会工作部", "青川市民政局"]


def test_an_imprint_line_above_a_title_is_no_issuer():
    """The 版记's 印发 line (the printing office, copies and date, parted by
    spaces) ends the document above: the title under it begins at its own
    organ, not at the printing office's name."""
    lines = ENDED[:-2] + ["青川县人民政府", "2011年9月2日", "青川县人民政府办公室 共印20份 2011年9月2日印发",
                          "青川县林业局关于开展森林防火检查的通知", "各乡镇林业站：", "现就开展森林防火检查有关事项通知如下。",
                          "青川县林业局", "2011年9月5日"]
    docs = _documents(lines, None)
    assert [d.title for d in docs] == ["关于做好秋季森林防火工作的通知", "青川县林业局关于开展森林防火检查的通知"]
    assert docs[1].issuers == ["青川县林业局"]


DRAFT_NOTICE = ["青川市人大常委会法工委", "关于《青川市湿地保护条例》（修正草案·二审稿）", "公开征求意见的通知",
                "为了提高立法质量，现将《青川市湿地保护条例》（修正草案·二审稿）全文公布，请于2024年6月30日前提出意见。",
                "青川市人大常委会法工委", "2024年6月1日", "《青川市湿地保护条例》", "（修正草案·二审稿）", "目  录",
                "第一章  总  则", "第二章  保护与利用", "第三章  法律责任", "第四章  附  则", "第一章 总 则",
                "第一条 为了保护本市湿地资源，制定本条例。", "第二条 本市行政区域内湿地的保护，适用本条例。",
                "第二章 保护与利用", "第三条 湿地实行分级保护。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_drafts_own_contents_are_no_chapters(columns):
    """立法技术规范: a text divided into 章 may print its 目录, the chapters'
    headings one a line with nothing between, then the same headings over
    the text. The 目录's lines are no provisions: 第一章 is one chapter,
    once. The draft's name in 《》 with its stage in brackets under it is
    its title, in a notice's title as in the issued text's."""
    doc, = _documents(DRAFT_NOTICE, columns)
    assert doc.title == "青川市人大常委会法工委关于《青川市湿地保护条例》（修正草案·二审稿）公开征求意见的通知"
    assert [p.title for p in doc.parts[1:]] == ["《青川市湿地保护条例》（修正草案·二审稿）"]
    labels = [p.label for p in doc.provisions]
    assert labels == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    contents = [b.text for b in doc.parts[1].blocks if getattr(b, "role", None) == "contents"]
    assert len(contents) == 4 and contents[0].startswith("第一章")


def test_a_chapter_with_its_section_right_under_it_stays_a_chapter():
    """A chapter heading with its first 节 right under it, nothing printed
    twice, is the text's own division: no 目录."""
    lines = ["青川市湿地保护条例", "第一章 总则", "第一节 一般规定", "第一条 为了保护本市湿地资源，制定本条例。",
             "第二节 规划", "第二条 湿地保护规划由市人民政府组织编制。", "第二章 法律责任", "第三条 违反本条例的，依法处理。"]
    doc, = _documents(lines, None)
    assert [p.label for p in doc.provisions] == ["第一章", "第一节", "第一条", "第二节", "第二条", "第二章", "第三条"]


SPEECH = ["在全县春季农业生产工作会议上的讲话", "周明",
          "同志们：今天，县政府召开全县春季农业生产工作会议，主要任务是总结去年工作，部署今年春耕生产。",
          "一、充分认识做好春季农业生产的重要意义", "春耕生产事关全年粮食丰收，各乡镇要高度重视。"]


@pytest.mark.parametrize("columns", [None, 18, 26, 40])
def test_a_speech_with_its_speaker_under_it_opens_after_a_text_cut_short(columns):
    """A speech is printed as its title, then the speaker's name alone on its
    line (its byline): under a title ending in 讲话, a name is no rest of a
    sentence, though the title's line fills the measure, and the text above
    ends with no signature."""
    docs = _documents(CUT_SHORT + SPEECH, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "在全县春季农业生产工作会议上的讲话"]


def test_a_sentence_the_wrap_cut_after_a_number_is_no_contents_entry():
    """A 目录 entry is a title and its page (text.masthead); a line of a
    sentence the measure cut after a number ("…现将青川县20" / "24年度…") is
    no entry, so the title and 主送 above it are the document's, not the 目录's."""
    notice = ["青川县人民政府征收土地预公告", "青溪镇上河村村民委员会及有关居民",
              "因公共利益需要,依据土地管理法律法规,现将青川县20", "24年度批次土地征收有关事项公告如下",
              "一、征收范围", "征收你村位于村北地块的土地,面积约0.41公顷。", "青川县人民政府", "2024年5月8日"]
    lines = ["目录", "青川县人民政府文件", "青川县人民政府征收土地预公告……1", "", *notice]
    gazette = _convert(lines, None)
    doc, = gazette.documents
    assert (doc.title, doc.addressees) == ("青川县人民政府征收土地预公告", "青溪镇上河村村民委员会及有关居民")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_body_signing_by_its_short_name_is_one_issuer(columns):
    """A body may sign by its name without its place's proper name, keeping
    the level word (州人大常委会法工委 for 青川自治州人大常委会法工委): the title's
    full name and the signature are one body, one issuer, as signed."""
    lines = ["青川自治州人大常委会法工委关于开展地方性法规清理工作的通知",
             "为做好地方性法规清理工作，现将有关事项通知如下，请认真贯彻执行。", "州人大常委会法工委", "2024年4月2日"]
    doc, = _documents(lines, columns)
    assert doc.issuers == ["州人大常委会法工委"]


def test_a_signer_of_another_place_is_another_issuer():
    """A short name is the full one only when the full name is a place and
    the short name from its level word on: a signer whose name another
    place's body ends with is a body of its own (joint issuers)."""
    lines = ["青川县财政局青溪县财政局关于做好跨县项目资金拨付工作的通知", "各乡镇财政所：",
             "为做好跨县项目资金拨付工作，现将有关事项通知如下，请认真贯彻执行。", "青川县财政局  青溪县财政局", "2024年4月2日"]
    doc, = _documents(lines, None)
    assert doc.issuers == ["青川县财政局", "青溪县财政局"]


def _land_notice(date_line: str) -> list[str]:
    return ["青川县人民政府征收土地预公告", "青溪镇上河村村民委员会及有关居民",
            "因公共利益需要，依据土地管理法律法规，现将青川县2024年度批次土地征收有关事项公告如下：",
            "一、征收范围", "征收你村位于村北地块的土地，面积约0.41公顷。", "特此公告。", "青川县人民政府", date_line]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_that_lost_its_year_month_and_day_is_read_when_one_reading_fits(columns):
    """GB/T 9704 7.3.5 prints the 成文日期 under the signature; extraction may
    lose its 年月日, the digits run together ("2024228"). Only one split of
    month and day is a date (2月28日; 22月8日 is none): it is read, the line
    stays a line of its own under the signature, and the report names it
    for an editor to check."""
    gazette = _convert(_land_notice("2024228"), columns)
    doc, = gazette.documents
    assert (doc.date, doc.issuers) == ("2024-02-28", ["青川县人民政府"])
    assert "2024228" in [b.text for b in doc.parts[0].blocks if getattr(b, "role", None) == "date"]
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "2024228" in damaged.message and "2024-02-28" in damaged.message and damaged.line


def test_a_date_of_two_readings_is_reported_not_guessed():
    """"2024112" is 1月12日 or 11月2日: no date is guessed; the report says so."""
    gazette = _convert(_land_notice("2024112"), None)
    doc, = gazette.documents
    assert doc.date is None
    damaged, = [d for d in gazette.diagnostics if d.code == "date-damaged"]
    assert "2024112" in damaged.message and "无法确定" in damaged.message


def test_digits_in_the_body_are_no_date():
    """A run of digits is read as a date only under the signature."""
    lines = _land_notice("2024年5月8日")
    lines[4:4] = ["2024228"]
    gazette = _convert(lines, None)
    assert gazette.documents[0].date == "2024-05-08"
    assert not [d for d in gazette.diagnostics if d.code == "date-damaged"]


PLAN_NOTICE = ["关于印发《青川县重点林区森林火灾应急处置总预案（2024年修订）》的通知", "各乡镇人民政府，县级各部门：",
               "《青川县重点林区森林火灾应急处置总预案（2024年修订）》已经县政府同意，现印发给你们，请认真贯彻执行。",
               "青川县人民政府办公室", "2024年3月1日", "青川县重点林区森林火灾应急处置总预案（2024年修订）",
               "为有效应对森林火灾，建立健全应急处置机制，最大程度减少火灾损失，制定本预案。", "一、总则",
               "（一）编制依据"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_issued_emergency_plan_is_a_part_under_its_whole_title(columns):
    """An 应急预案 is a 方案 of its kind: the plan a notice issues, printed
    after the 成文日期, is a part titled as named, its revision note in
    brackets too, wrapped or not (at 18 columns the name fills its line and
    the note stands alone under it)."""
    doc, = _documents(PLAN_NOTICE, columns)
    assert [p.title for p in doc.parts[1:]] == ["青川县重点林区森林火灾应急处置总预案（2024年修订）"]


CONTACT = ["关于征求《青川市湿地保护条例（草案）》修改意见的通知", "各县（区）人大常委会：",
           "现将《青川市湿地保护条例（草案）》印发给你们，请于2024年6月30日前反馈意见。"]


@pytest.mark.parametrize("address", ["qcrdfgw@163.com", "www.qcrd.gov.cn"])
def test_an_address_the_measure_cut_stays_in_its_paragraph(address):
    """An extractor's measure cuts anywhere, inside an e-mail or web address
    too ("…qcrdfgw@" / "163.com。"): the address is one word of ASCII, and
    the line that goes on with it ("163." is no label) is the same paragraph."""
    sentence = f"联系人：王明，联系电话：0839-1234567，请将意见发送至：{address}。"
    cut = len(sentence) - 9  # inside the address
    lines = CONTACT + [sentence[:cut], sentence[cut:], "青川市人大常委会办公室", "2024年6月1日"]
    doc, = _documents(lines, None)
    assert sentence in [b.text for b in doc.parts[0].blocks]
    assert not doc.provisions


def test_a_whole_address_ends_its_item():
    """An item that ends on a whole address ("…@163.com") is followed by the next item."""
    lines = CONTACT + ["意见反馈方式：", "1.电子邮箱:qcrdfgw@163.com", "2.电话:0839-1234567",
                       "青川市人大常委会办公室", "2024年6月1日"]
    doc, = _documents(lines, None)
    assert [p.label for p in doc.provisions] == ["1.", "2."]
