"""The document grammar on layouts of the tenth held-out set's kind (issue
#11): rules the converter must read whatever gazette or web page the text
comes from. Each case is invented text laid out as extractors give it (one
line a paragraph, or hard-wrapped at a narrow measure) and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)
from tests.test_holdout8_grammar import NOTICE  # (a notice cut before its signature)


REPORT = ["临江市人民代表大会常务委员会工作报告", "——2024年1月10日在临江市第五届人民代表大会第三次会议上",
          "临江市人民代表大会常务委员会主任 王某", "各位代表：",
          "我受临江市人民代表大会常务委员会委托，向大会报告工作，请予审议。", "一、过去一年的主要工作",
          "一年来，常委会认真履行宪法和法律赋予的职责，各项工作取得新进展。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_report_with_the_occasion_under_its_title_opens_a_document(columns):
    """A text delivered at a meeting (a 工作报告, a 讲话) prints the occasion
    under its title, opening with a dash ('——2024年1月10日在…会议上'), then
    the speaker's post and name: after a text that ended its sentence the
    title opens a document; the occasion's date is its date, the occasion
    and the speaker its byline, and the 称谓 '各位代表：' is no 主送机关."""
    docs = _documents(NOTICE + REPORT, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "临江市人民代表大会常务委员会工作报告"]
    report = docs[1]
    assert (report.date, report.addressees, report.doc_number) == ("2024-01-10", None, None)
    roles = [(b.role, b.text) for b in report.parts[0].blocks[:3]]
    assert [r for r, _ in roles] == ["byline", "byline", "body"]
    assert roles[1][1].replace(" ", "") == "临江市人民代表大会常务委员会主任王某"
    assert [p.label for p in report.provisions] == ["一、"]


def test_a_report_alone_in_its_file_keeps_its_title():
    """The same report as the first thing in its file: its title is the
    document's, not taken for the file's front matter."""
    doc, = _documents(REPORT, None)
    assert (doc.title, doc.date) == ("临江市人民代表大会常务委员会工作报告", "2024-01-10")


RUN_IN = ["政府工作报告 （2024年1月8日在临江市第五届人民代表大会第三次会议上） 临江市人民政府市长 李某", "各位代表：",
          "现在，我代表市人民政府向大会报告工作，请予审议。", "一、2023年工作回顾", "过去一年，全市经济保持平稳增长。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_its_bracketed_occasion_and_speaker_on_one_line_are_three_lines(columns):
    """A web page runs the title, the bracketed occasion and the speaker into
    one heading line: given back the gazette's form, the title is the kind
    word's line alone, the date the occasion's, wrapped at any measure."""
    docs = _documents(NOTICE + RUN_IN, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", "政府工作报告"]
    assert (docs[1].date, docs[1].addressees) == ("2024-01-08", None)
    assert docs[1].parts[0].blocks[0].role == "byline"


def test_a_notice_to_persons_keeps_its_addressees():
    """'各位人大代表：' under a notice's title (no occasion above it) is the 主送."""
    notice = ["关于收集代表建议的通知", "各位人大代表：", "请于5月底前将建议送县人大常委会办公室。",
              "县人大常委会办公室", "2024年5月6日"]
    doc, = _documents(notice, None)
    assert doc.addressees == "各位人大代表"


def test_a_dated_note_in_brackets_is_no_occasion():
    """A bracketed note that says when, not where ('（2020年4月10日 根据录音
    整理）'), nor a 题注 of adoption, is no occasion: the title under which it
    stands does not open a document after a sentence that runs on."""
    from builder.text.frame import OCCASION_RE
    assert OCCASION_RE.match("——2024年1月10日在临江市第五届人民代表大会第三次会议上")
    assert OCCASION_RE.match("（2024年1月8日在临江市第五届人民代表大会第三次会议上）")
    assert not OCCASION_RE.match("（2020年4月10日　根据录音整理）")
    assert not OCCASION_RE.match("（2021年6月10日临江市第五届人民代表大会常务委员会第二十九次会议通过）")
    assert not OCCASION_RE.match("——数字经济产业体系基本形成。力争到2024年建成一批园区。")


FORWARDING = ["临江市人民政府办公室", "转发市教育局等部门", "关于做好2024年高校毕业生", "就业工作的意见的通知", "临政办发〔2024〕5号",
              "各县（区）人民政府，市政府各部门：",
              "市教育局、市人力资源社会保障局、市财政局、",
              "中国人民银行临江分行《关于做好2024年高校毕业生就业工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。",
              "临江市人民政府办公室", "2024年4月30日",
              "关于做好2024年高校毕业生就业工作的意见", "市教育局 市财政局", "人民银行临江分行",
              "（2024年4月26日）",
              "为做好今年高校毕业生就业工作，结合我市实际，现提出如下意见。", "一、总体要求",
              "坚持把高校毕业生就业作为就业工作的重中之重。"]
FORWARDING_TITLE = "临江市人民政府办公室转发市教育局等部门关于做好2024年高校毕业生就业工作的意见的通知"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarding_title_with_the_verb_and_the_forwarded_issuers_on_a_line_of_their_own(columns):
    """GB/T 9704 7.2.5: a 转发 notice's title is its issuer, 转发, then the
    forwarded title, which names its own issuers before 关于; printed over
    four lines (the organ alone, '转发市教育局等部门', then '关于…'), it is one
    title, opening a document after a text whose sentence ended; the
    forwarded 意见 is its part, and the 意见's body under its bracketed date
    is no part's title."""
    docs = _documents(NOTICE + FORWARDING, columns)
    assert [d.title for d in docs] == ["关于做好春季植树造林工作的通知", FORWARDING_TITLE]
    forwarding = docs[1]
    assert (forwarding.doc_number, forwarding.issuers, forwarding.date) == \
        ("临政办发〔2024〕5号", ["临江市人民政府办公室"], "2024-04-30")
    assert [p.title for p in forwarding.parts][1:] == ["关于做好2024年高校毕业生就业工作的意见"]
    assert [p.label for p in forwarding.provisions] == ["一、"]
    layer = forwarding.parts[1]  # the forwarded layer's own frame: its signers (a bank's branch too) and date
    assert (layer.issuers, layer.date) == (["市教育局", "市财政局", "人民银行临江分行"], "2024-04-26")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_organ_names_under_the_addressees_colon_are_the_bodys_sentence(columns):
    """A text has one 主送机关; under it (its colon printed), a line of organ
    names parted by 、 is the first sentence going on, not a second 主送."""
    forwarding = _documents(FORWARDING, columns)[0]
    assert forwarding.addressees == "各县（区）人民政府，市政府各部门"
    first = forwarding.parts[0].blocks[2].text
    assert first.startswith("市教育局、市人力资源社会保障局、市财政局、中国人民银行临江分行《关于做好")


def test_a_dated_title_block_and_the_text_under_it():
    """The forwarded text's own date in brackets under its title and signers
    ends its title block; the body's first line under it, wrapped at a narrow
    measure with no comma, is no issued text's title."""
    body = ["关于做好2024年高校毕业生就业工作的意见", "（2024年4月26日）",
            "为全面落实促进高等学校毕业生(以下简称高校毕业生)就业创业的各项政策措施，现提出如下意见。"]
    forwarding = _documents(FORWARDING[:10] + body, 18)[0]
    assert [p.title for p in forwarding.parts][1:] == ["关于做好2024年高校毕业生就业工作的意见"]


def _issue(entries: list[str], body: list[str], columns: int | None):
    """A printed issue: masthead, a 目录 (its lines as printed), the documents laid out."""
    front = ["临江市人民政府公报", "2024年第5期", "2024年5月10日", "目　　录", *entries, ""]
    return convert("\n".join(front + laid_out(body, columns)).encode("utf-8"), "x/issue.txt", "issue")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_toc_entry_wrapped_inside_a_number_is_one_entry(columns):
    """A 目录 entry wrapped where its title holds a number ('…关于做好20' /
    '24年高校…的通知……2'): digits run into the title's words with no leader
    or space are no page number when the next line goes on with the number's
    rest; the entry is one, and lists the forwarding notice, not its 意见."""
    entries = ["关于做好春季植树造林工作的通知……1", "临江市人民政府办公室转发市教育局等部门关于做好20",
               "24年高校毕业生就业工作的意见的通知……2"]
    gazette = _issue(entries, NOTICE + ["临江县人民政府", "2024年3月1日"] + FORWARDING, columns)
    assert [e.title for e in gazette.toc] == ["关于做好春季植树造林工作的通知", FORWARDING_TITLE]
    assert [d.title for d in gazette.documents] == ["关于做好春季植树造林工作的通知", FORWARDING_TITLE]
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


DIVISION = ["临江市人民政府印发关于落实", "《政府工作报告》重点任务分工的通知", "各县（区）人民政府，市政府各部门：",
            "现将《关于落实〈政府工作报告〉重点任务的分工》印发给你们，望遵照执行。", "临江市人民政府", "2024年2月20日",
            "关于落实《政府工作报告》", "重点任务的分工"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("after", [[], NOTICE], ids=["file-ends", "next-document"])
def test_an_issued_text_the_notice_names_is_its_part_whatever_its_last_word(columns, after):
    """A 印发 notice names what it issues ('现将《关于落实〈政府工作报告〉重点任务
    的分工》印发给你们', a 《》 inside quoted as 〈〉): after the date, the title
    printed so, over lines and ending in no kind word, is that text, a part,
    whether its text follows, the file ends there or the next document begins."""
    docs = _documents(DIVISION + after, columns)
    assert [p.title for p in docs[0].parts][1:] == ["关于落实《政府工作报告》重点任务的分工"]
    assert len(docs) == 1 + bool(after)


PLAN = ["临江市人民政府办公室关于印发《临江市森林火灾应急预案》的通知", "临政办规〔2024〕3号", "各县（区）人民政府，市政府各部门：",
        "现将《临江市森林火灾应急预案》印发给你们，请认真贯彻执行。", "临江市人民政府办公室", "2024年3月20日",
        "临江市森林火灾应急预案", "目  录", "1  总则", "1.1编制目的", "1.2适用范围", "2 组织指挥体系及职责",
        "2.1现场应急救援指挥部组成与职责", "3  信息报告", "4  应急响应", "4.1Ⅰ级响应", "1 总则", "1.1编制目的",
        "为有效预防和处置森林火灾，保障人民群众生命财产安全，制定本预案。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plans_own_contents_with_decimal_headings_is_a_list(columns):
    """An 应急预案 may print its own 目录: '目 录', then its numbered headings
    one a line ('1  总则', '1.1编制目的'), up to where its first heading is
    printed again over the text. Those lines are no title (the 目录 no longer
    becomes issued texts titled '目录1总则1.1…' and '…3信息报告'), each entry is
    a line of its own, wrapped or not, and none is a provision."""
    doc, = _documents(PLAN, columns)
    assert [p.title for p in doc.parts][1:] == ["临江市森林火灾应急预案"]
    blocks = doc.parts[1].blocks
    contents = [b.text.replace(" ", "") for b in blocks if getattr(b, "role", None) == "contents"]
    assert contents == ["1总则", "1.1编制目的", "1.2适用范围", "2组织指挥体系及职责",
                        "2.1现场应急救援指挥部组成与职责", "3信息报告", "4应急响应", "4.1Ⅰ级响应"]
    assert all(p.kind == "section" for p in doc.provisions)  # (the text's own headings under the 目录, no row)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_forwarded_layers_joint_signers_parted_by_spaces_wrapped_anywhere(columns):
    """The forwarded text's signers under its title, parted by spaces over
    two lines, a bank's branch among them ('人民银行临江分行'), the date in
    brackets under them: that layer's issuers, every name whole, however the
    measure wrapped the lines (a name cut at a line's end goes on below)."""
    layer = FORWARDING[:11] + ["市人力资源社会保障局 市教育局 市财政局", "人民银行临江分行"] + FORWARDING[13:]
    forwarding = _documents(NOTICE + layer, columns)[1]
    assert (forwarding.parts[1].issuers, forwarding.parts[1].date) == \
        (["市人力资源社会保障局", "市教育局", "市财政局", "人民银行临江分行"], "2024-04-26")


def test_a_sentences_piece_ending_in_a_colon_below_the_top_is_no_addressee():
    """A 主送机关 stands at the top of a text (GB/T 9704 7.3.2); further down,
    a line that a wrap (or a mirror's annotation removed from it) left
    ending in a colon, '各乡镇人民政府任免：', goes on with the sentence above."""
    lines = ["临江县人民政府关于任免权限的通知", "各乡镇人民政府，县政府各部门：", "现将任免权限通知如下：",
             "1、下列人员，由县长提请县人大常委会决定任免：",
             "县人民政府各局局长，县人民政府所属各委员会主任，以及其他相当于上列职务的人员。",
             "2、下列人员，由县人民政府授权", "各乡镇人民政府任免：", "乡镇所属各站所负责人，乡镇人民政府各办公室主任，以及其他相当于上列职务的人员。", "临江县人民政府", "2024年5月6日"]
    doc, = _documents(lines, None)
    assert "下列人员，由县人民政府授权各乡镇人民政府任免：" in [b.text for b in doc.parts[0].blocks]
    assert doc.addressees == "各乡镇人民政府，县政府各部门"
