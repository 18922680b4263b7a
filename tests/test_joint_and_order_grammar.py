"""The frame of joint documents and of 政府令 on layouts the converter has
never seen (GB/T 9704-2012): joint issuers signed side by side or two a
line (7.3.5.2), the 命令（令）格式 with the regulation's title above or after
the 令 (10.2), a 主送 listing dozens of organs (7.3.2), a 公告's serial
with no organ code, a 发文字号 above the organ line of a 转发 title, and a
colon the wrap left at a line's end inside a sentence.

Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped, or as a printed issue with a 目录) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Paragraph

from tests.devset.layout import Document, laid_out, printed_issue, wrap


def _convert(lines: list[str], name: str = "x"):
    return convert("\n".join(lines).encode("utf-8"), f"x/{name}.txt", name)


def _laid_out(paragraphs: list[str], columns: int | None, blank: bool = False) -> list[str]:
    return [x for line in laid_out(paragraphs, columns) for x in ([line, ""] if blank else [line])]


def _paragraphs(doc) -> list[Paragraph]:
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


BODY = "为做好今冬明春森林防火工作，现将有关事项通知如下，请结合实际认真贯彻落实。"
SIX_SIGNERS = ["云岭省林业厅", "云岭省应急管理厅", "云岭省公安厅", "云岭省财政厅", "云岭省人力资源和社会保障厅", "云岭省气象局"]


@pytest.mark.parametrize("blank", [False, True], ids=["tight", "blank"])
@pytest.mark.parametrize("columns", [None, 18, 26])
def test_joint_issuers_signed_two_a_line_are_every_issuer(columns, blank):
    """GB/T 9704 7.3.5.2: in a 联合行文 each body signs; bodies set two a line,
    parted by a run of spaces, make one signature block however many lines."""
    rows = [f"{a}{' ' * 12}{b}" for a, b in zip(SIX_SIGNERS[::2], SIX_SIGNERS[1::2])]
    paragraphs = ["关于做好今冬明春森林防火工作的通知", "各市州林业局：", BODY, *rows, "二〇二二年十月九日"]
    doc, = _convert(_laid_out(paragraphs, columns, blank)).documents
    assert doc.issuers == SIX_SIGNERS and doc.date == "2022-10-09"
    assert not any(p.role == "body" and "云岭省" in p.text for p in _paragraphs(doc))


def test_joint_issuers_parted_by_a_space_in_title_and_signature_are_two():
    """Two bodies side by side on one signature line, and run together in the
    title they both issue: two issuers, not one name made of both."""
    lines = ["国家林业和草原局办公室 应急管理部办公厅关于加强野外火源管理的通知", "林办发〔2023〕12号",
             "各省、自治区、直辖市林业和草原主管部门、应急管理厅（局）：",
             "当前正值森林草原防火紧要期，为切实加强野外火源管理，现就有关事项通知如下。",
             "国家林业和草原局办公室 应急管理部办公厅", "2023年3月30日"]
    doc, = _convert(lines).documents
    assert doc.issuers == ["国家林业和草原局办公室", "应急管理部办公厅"]


@pytest.mark.parametrize("signers", [["海川市财政局", "国家税务总局海川市税务局"],
                                     ["中国人民银行海川市中心支行", "海川市财政局"],
                                     ["国家统计局海川调查队", "海川市统计局"]])
@pytest.mark.parametrize("apart", ["", "  "])
def test_a_centrally_managed_organs_office_of_a_place_is_one_issuer(signers, apart):
    """垂直管理: the office of a place of an organ managed from the centre is
    named by the central organ, the place and the office ('国家税务总局海川市
    税务局'): one issuer beside the other, however the signature parts them;
    the central organ alone stays a name of its own ('财政部 国家税务总局')."""
    lines = [f"{''.join(signers)}关于做好2023年个人所得税汇算清缴工作的通知", "各区财政局、税务局：",
             "为做好2023年度个人所得税综合所得汇算清缴工作，现就有关事项通知如下。", apart.join(signers), "2023年3月1日"]
    doc, = _convert(lines).documents
    assert doc.issuers == signers


def test_a_name_letter_spaced_on_the_signature_line_stays_one_name():
    lines = ["关于2023年清明节放假的通知", "各乡镇人民政府：", "根据国家有关规定，现将清明节放假安排通知如下。",
             "东 林 县 人 民 政 府", "2023年3月30日"]
    doc, = _convert(lines).documents
    assert doc.issuers == ["东林县人民政府"]


ORDER = ["海川市人民政府令", "第 7 号",
         "《海川市城市供水管理办法》已经2021年3月2日市人民政府第15次常务会议通过，现予公布，自2021年5月1日起施行。",
         "市长 王明远", "2021年3月10日"]
RULES = ["第一条 为加强城市供水管理，保障生活、生产用水，制定本办法。",
         "第二条 本市行政区域内城市供水的规划、建设、经营和使用，适用本办法。",
         "第三条 本办法自2021年5月1日起施行。"]
NOTICE = ["海川市人民政府关于公布全市河长名单的通知", "海政发〔2021〕3号", "各区人民政府，市政府各部门：",
          "为全面落实河长制，经市人民政府研究，现将全市河长名单予以公布，请认真履职。", "海川市人民政府",
          "2021年2月26日"]


@pytest.mark.parametrize("blank", [False, True], ids=["tight", "blank"])
@pytest.mark.parametrize("columns", [None, 20, 28])
@pytest.mark.parametrize("where", ["above", "after", "both"])
def test_an_order_is_one_document_with_its_regulation(where, columns, blank):
    """GB/T 9704 10.2: 令 name, 第N号, the promulgating sentence, signature and
    date, then the regulation; a gazette prints the regulation's title above
    the 令, after it, or both. One document, known by the regulation it
    promulgates, with the 令's number, signer and date."""
    title = "海川市城市供水管理办法"
    paragraphs = NOTICE + ([title] if where != "after" else []) + ORDER + \
        ([title] if where != "above" else []) + RULES
    first, order = _convert(_laid_out(paragraphs, columns, blank)).documents
    assert (order.title, order.kind, order.doc_number, order.issuers, order.date) == \
        (title, "令", "海川市人民政府令第7号", ["海川市人民政府"], "2021-03-10")
    assert len(order.provisions) == 3
    assert first.title == NOTICE[0] and title not in "".join(p.text for p in _paragraphs(first))


@pytest.mark.parametrize("where", ["above", "after", "nowhere"])
def test_an_order_listed_in_the_toc_by_its_regulation_keeps_its_frame(where):
    """A 目录 groups orders under the 令's name and lists the regulation: the
    body's 令 line is the order's own head (not the running header of its
    section), and its number, signer and date stay with it. The entry is the
    令's, which names the regulation, even where no title of it is printed."""
    title = "海川市城市供水管理办法"
    order = ([title] if where == "above" else []) + ORDER + ([title] if where == "after" else []) + RULES
    docs = [Document("notice", tuple(NOTICE), NOTICE[0], NOTICE[1], "2021-02-26", "海川市人民政府文件"),
            Document("order", tuple(order), title, None, "2021-03-10", "海川市人民政府令")]
    gazette = convert(printed_issue(docs, seed=3, number=2, name="海川市人民政府公报").text.encode("utf-8"),
                      "x/issue.txt", "issue")
    first, second = gazette.documents
    assert (second.title, second.doc_number, second.issuers, second.date, len(second.provisions)) == \
        (title, "海川市人民政府令第7号", ["海川市人民政府"], "2021-03-10", 3)
    assert "市长" not in "".join(p.text for p in _paragraphs(first))
    assert not [d for d in gazette.diagnostics if d.code in ("toc-unmatched", "toc-grammar")]


def test_an_order_printed_apart_from_its_regulation_by_the_toc_keeps_its_name():
    """When the 目录 lists the 令 and its regulation as two documents, the 令
    holds no articles: it keeps its own name."""
    title = "海川市城市供水管理办法"
    docs = [Document("order", tuple(ORDER), "海川市人民政府令", None, "2021-03-10", "海川市人民政府令"),
            Document("rules", (title, *RULES), title, None, None, "海川市人民政府令")]
    gazette = convert(printed_issue(docs, seed=5, number=3, name="海川市人民政府公报").text.encode("utf-8"),
                      "x/issue.txt", "issue")
    assert [d.title for d in gazette.documents] == ["海川市人民政府令", title]


ORGANS = ["市发展改革委", "市教育局", "市科技局", "市工业和信息化局", "市公安局", "市民政局", "市司法局", "市财政局",
          "市人力资源社会保障局", "市自然资源局", "市生态环境局", "市住房城乡建设局", "市交通运输局", "市水务局"]


@pytest.mark.parametrize("columns", [None, 22])
def test_a_long_addressee_list_is_the_addressee(columns):
    """GB/T 9704 7.3.2: a 主送 to many bodies lists them all, parted by 、,
    however long, ending in the colon."""
    addressees = "各区人民政府，" + "、".join(ORGANS * 2)
    paragraphs = ["海川市人民政府办公室关于开展安全生产大检查的通知", "海政办函〔2022〕8号", addressees + "：",
                  "为切实做好安全生产工作，经市人民政府同意，决定在全市开展安全生产大检查。",
                  "海川市人民政府办公室", "2022年4月1日"]
    doc, = _convert(_laid_out(paragraphs, columns)).documents
    assert doc.addressees == addressees


@pytest.mark.parametrize("printed", ["〔2023〕第2号", "（2023年3月1日　〔2023〕第2号）"])
def test_an_announcement_serial_without_organ_code_is_its_number(printed):
    """A 公告 numbered by year and serial alone, under its title or in the
    gazette's dated brackets: its number, and no part of the sentence below."""
    lines = ["青川县人民政府征收土地补偿安置方案公告", printed,
             "为做好土地征收工作，根据有关法律法规的规定，现将补偿安置方案公告如下：",
             "一、征收范围", "青川县城关镇东山村集体土地。", "青川县人民政府", "2023年3月1日"]
    doc, = _convert(lines).documents
    assert doc.doc_number == "〔2023〕第2号"
    assert _paragraphs(doc)[1].text.startswith("为做好土地征收工作")


@pytest.mark.parametrize("columns", [None, 18])
def test_a_number_above_the_organ_line_of_a_forwarding_title_is_the_documents(columns):
    """GB/T 9704 puts the 发文字号 above the title; the title's 发文机关 may
    stand on a line of its own above '转发…': both open the document."""
    notice = ["海政办〔2019〕21号", "海川市人民政府办公室", "转发海川市推行行政执法公示制度实施意见的通知",
              "各区人民政府，市政府各部门：", "《海川市推行行政执法公示制度实施意见》已经市人民政府同意，现转发给你们，请认真执行。",
              "二〇一九年五月八日"]
    first, second = _convert(_laid_out(NOTICE + notice, columns)).documents
    assert (second.title, second.doc_number) == ("海川市人民政府办公室转发海川市推行行政执法公示制度实施意见的通知",
                                                 "海政办〔2019〕21号")
    assert "海政办" not in "".join(p.text for p in _paragraphs(first))


@pytest.mark.parametrize("blank", [False, True], ids=["tight", "blank"])
@pytest.mark.parametrize("columns", [29, 30])  # the line ends at '(其中：'
def test_a_colon_inside_an_open_bracket_at_a_lines_end_is_no_addressee(columns, blank):
    """A wrapped sentence may leave '…(其中：' at a line's end: the 主送 closes
    every bracket it opens, so this is the sentence going on."""
    paragraphs = ["青川县人民政府关于建设用地征收土地的公告", "一、征收范围",
                  "经省人民政府批准，同意将城关镇东山村集体农用地2.5公顷(其中：耕地1.2公顷，林地1.3公顷)"
                  "转为建设用地并征收为国家所有，用于城关镇基础设施建设。",
                  "二、补偿标准", "按照省人民政府公布的区片综合地价执行，青苗和地上附着物补偿按有关规定执行。",
                  "青川县人民政府", "2023年5月6日"]
    lines = _laid_out(paragraphs, columns, blank)
    assert any(line.endswith("(其中：") for line in lines)
    doc, = _convert(lines).documents
    assert doc.addressees is None
    assert not any(p.role == "addressee" for p in _paragraphs(doc))


def test_the_layout_keeps_a_row_of_names_whole():
    """Two names side by side are set within the measure (the gap narrowed),
    or one a line when they cannot share it; never cut mid-name. A
    letter-spaced title is no row of names."""
    row = "云岭省人力资源和社会保障厅" + " " * 8 + "云岭省气象局"
    assert wrap(row, 30) == [row]
    assert wrap(row, 20) == ["云岭省人力资源和社会保障厅 云岭省气象局"]
    assert wrap(row, 16) == ["云岭省人力资源和社会保障厅", "云岭省气象局"]
    assert len(wrap("指  导  意  见", 5)) == 2  # wrapped as running text
