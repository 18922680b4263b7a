"""The document grammar on layouts of the two-hundred-and-sixty-third
held-out set's kind (issue #11): government-services texts of cities,
counties and districts (政务服务: 证明事项告知承诺制 实施方案 issued by a
district's or a 示范区's office, a city 12345 热线 office's 公告, a 行政审批
服务局's 征求意见 公告, a 政务服务中心's 延时服务 公告) as their portals store
them, one excerpt cut mid-sentence over the next text's bare '公 告'. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a 方案, the excerpt cut inside its second item's paragraph, mid-sentence and with no stop.
CUT_PLAN = ["某某示范区管理委员会办公室关于印发某某示范区全面推行证明事项告知承诺制工作实施方案的通知",
            "各镇人民政府，各街道办事处：", "现将实施方案印发给你们，请认真贯彻执行。",
            "某某示范区管理委员会办公室", "2021年6月17日", "二、工作目标",
            "各行政机关办理行政许可要求提供证明材料时实行告知承诺制，逐步形成标准公开、规则公平、预期明确、各负其责、信用监管的治理"]
# A 公告 titled by its 文种 alone, as a hotline office posts it.
BARE_NOTICE = ["公告", "按照有关要求，热线办将定期举行领导接听热线电话活动。", "现将有关事项公告如下：",
               "一、接电时间", "2018年8月13日上午9:00至10:00", "二、受理范围", "各类诉求。",
               "某某热线管理办公室", "2018年8月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_sentence_running_through_full_lines_opens_no_title(columns):
    """A clause mark is a sentence's, no title's (GB/T 9704 7.3.1 sets the
    标题 with no sentence punctuation): a line of the body that holds one
    and ends no sentence goes on into the lines the wrap filled under it,
    and on into the short line that ends the paragraph (an excerpt the store
    cut there, '…告知承诺制，逐步形成标准公开、' / '规则公平、…信用监' / '管的
    治理'). That short line is the sentence's last, not a title's first,
    whatever the lines between hold ('、' is the list's, no clause mark):
    the 公告 under it is titled by its 文种 alone, a document of its own."""
    docs = _documents(CUT_PLAN + BARE_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], "公告"]
    assert docs[1].date == "2018-08-10"
    assert [b.label for part in docs[1].parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]
    plan_text = "".join(b.text for part in docs[0].parts for b in part.blocks if hasattr(b, "text"))
    assert plan_text.endswith("信用监管的治理")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_over_a_finished_sentence_stays_whole(columns):
    """Control: a 公告 whose title is its organ and its 文种 over two lines
    ('某某县政务服务中心' / '公告'), under a paragraph that ends on its stop,
    keeps both lines; the text above keeps its last sentence."""
    done = CUT_PLAN[:-1] + [CUT_PLAN[-1] + "模式。"]
    docs = _documents(done + ["某某县政务服务中心", "公告"] + BARE_NOTICE[1:], columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], "某某县政务服务中心公告"]



HOTLINE_NOTICE = ["关于领导接听热线电话的公告",
                  "根据工作安排，某某区人民政府领导将于8月13日上午接听热线群众来电。", "现将有关事项公告如下：",
                  "一、接电时间", "8月13日上午9:00至10:00", "二、受理范围",
                  "（一）本次活动不接待来访人员。", "（二）当日来电较多时，由热线受理后转派处理。",
                  "12345政务服务便民热线管理办公室", "2018年8月10日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_hotline_office_signs_by_the_number_it_answers(columns):
    """The 12xxx short numbers are reserved for public services (电信网码号
    资源管理办法; 国办发〔2020〕53号 names the government's 12345政务服务便民
    热线), and the office that runs a hotline is named by its number: its
    署名 (GB/T 9704 7.3.5) opens on the figures, then the words that name the
    service ('12345政务服务便民热线管理办公室'). The figures are the name's,
    no contact number run in before it: the issuer is the whole name and no
    paragraph of bare figures is left over the signature."""
    doc, = _documents(HOTLINE_NOTICE, columns)
    assert doc.issuers == ["12345政务服务便民热线管理办公室"]
    assert doc.date == "2018-08-10"
    texts = [b.text for part in doc.parts for b in part.blocks if hasattr(b, "text")]
    assert "12345" not in texts


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contact_number_run_in_before_the_signature_stays_the_contact(columns):
    """Control: a contact field run in after the body, its label's colon
    then the figures, then the organ's name and the date ('…举报电话：12345
    某某县市场监督管理局2021年3月1日', a page that lost its line breaks): the
    figures are the contact's, the signer is the organ its place opens."""
    lines = ["某某县市场监督管理局关于开展价格检查的通告", "为维护市场价格秩序，决定开展价格检查。",
             "群众可向本局反映问题。举报电话：12345某某县市场监督管理局2021年3月1日"]
    doc, = _documents(lines, columns)
    assert doc.issuers == ["某某县市场监督管理局"]
    assert doc.date == "2021-03-01"


def test_a_hotline_office_s_running_head_with_its_page_number_is_page_furniture():
    """A gazette sets the 目录 section a text stands under as its pages'
    running head, the page's number before or after it ('部门文件　13'): page
    furniture wherever the page breaks. A hotline office's section opens on
    the number it answers ('12345…办公室文件', frame.HOTLINE_NUMBER): those
    figures are the name's, the page's number the figures after it, so the
    running head is taken out and the sentence it fell inside stays whole
    (control: the same issue with footers, as before)."""
    from tests.devset.layout import Document, printed_issues
    from builder.convert import convert
    body = [f"（{n}）本次活动的第{n}项安排是接听电话渠道的市民诉求，不接待来访人员，请市民相互转告。"
            for n in "一二三四五六七八九十"]
    docs = [Document("a", tuple(["关于某某县政务服务中心延时服务的公告"] + body + ["某某县政务服务中心", "2022年7月19日"]),
                     "关于某某县政务服务中心延时服务的公告", None, "2022-07-19", "某某县政务服务中心文件"),
            Document("b", tuple(["公告"] + body * 3 + ["12345政务服务便民热线管理办公室", "2018年8月10日"]),
                     "公告", None, "2018-08-10", "12345政务服务便民热线管理办公室文件")]
    for folioed in (False, True):
        layout, = printed_issues(docs, seed=1, name="某某县人民政府公报", folioed=folioed)
        found = convert(layout.text.encode("utf-8"), "x/x.txt", "x").documents
        assert [d.title for d in found] == ["关于某某县政务服务中心延时服务的公告", "公告"]
        texts = [b.text for d in found for part in d.parts for b in part.blocks if hasattr(b, "text")]
        assert not any("文件" in t for t in texts)
