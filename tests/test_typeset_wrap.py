"""Lines as a typesetter breaks them (UAX #14): a run of Latin letters and
figures is kept whole and carried to the next line, which leaves the line
above it short, and sets a figure, an address's rest or a run-in item's
label at a line's head. Word and WPS break so unless told to break Latin
words, and so the printed issue layouts of the harness wrap
(tests/devset/layout.py, ``wrap(words=True)``). Each case is invented text,
its lines as such a page gives them, through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Provision
from tests.devset.layout import wrap


def _paragraphs(lines: list[str]) -> list[str]:
    gazette = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x")
    (doc,) = gazette.documents
    return [block.text if not isinstance(block, Provision) else block.label + block.heading + block.text
            for part in doc.parts for block in part.blocks]


HEAD = ["某某县人力资源和社会保障局关于职工工资折算问题的通知", "各乡镇人民政府，县直各单位："]
TAIL = ["某某县人力资源和社会保障局", "2023年5月8日"]


def test_the_wrap_keeps_a_run_of_figures_whole():
    """The harness's typeset wrap carries '21.75' whole to the next line; the
    fixed-width wrap cuts it where the measure falls."""
    text = "项目编号为20204293的申报材料"
    assert wrap(text, 7, words=True) == ["项目编号为", "20204293的申报", "材料"]
    assert wrap(text, 7) == ["项目编号为2020", "4293的申报材料"]


def test_a_formula_cut_after_its_operator_goes_on():
    """A formula the line ends on its '＝' goes on with its result, a figure
    that opens the line below as a decimal heading would ('21.75天' is as
    short as '1.2天然气'), short though the line is."""
    lines = HEAD + ["一、按照《劳动法》的规定，日工资、小时工资的折", "算如下：",
                    "月计薪天数＝（365天－104天）÷12月＝", "21.75天", "二、加班工资的计算",
                    "请各单位遵照执行，并做好政策宣传解释工作。"] + TAIL
    paragraphs = _paragraphs(lines)
    assert "月计薪天数＝（365天－104天）÷12月＝21.75天" in paragraphs


def test_a_figure_under_a_line_that_ends_no_formula_is_its_own():
    """Control: a decimal section heading under a line that ends a sentence is a heading still."""
    lines = HEAD + ["为做好职工工资折算工作，现将有关事项通知如下。", "1.1适用范围",
                    "本通知适用于全县各类用人单位。"] + TAIL
    assert "1.1适用范围" in _paragraphs(lines)


@pytest.mark.parametrize("below", ["cn)民生实事征集专栏进行建言。", "cn/col/col1.html)进行建言。"])
def test_a_host_name_cut_at_its_dot_goes_on(below):
    """A web address with no 'www.' the typesetter carried whole past a dot
    ('hzxf12345.gov.' / 'cn)…'): the line ends on a full stop's mark, but no
    sentence and no paragraph opens on a small Latin letter."""
    lines = HEAD + ["二、群众可登录县人民政府门户网站（www.", "mouxian.gov.cn）或县信访局网站（xfj.mouxian.gov.",
                    below, "三、本通知自印发之日起施行。"] + TAIL
    paragraphs = _paragraphs(lines)
    assert any(p.endswith("xfj.mouxian.gov." + below) for p in paragraphs)


def test_a_file_name_cut_at_its_dot_goes_on():
    """The same of a file's name: '…项目.' / 'doc' is one name, '…项目.doc'."""
    lines = HEAD + ["请各单位于5月20日前将《2023年度拟开展评比达标项目.", "doc》报送县人力资源和社会保障局。"] + TAIL
    assert "请各单位于5月20日前将《2023年度拟开展评比达标项目.doc》报送县人力资源和社会保障局。" in _paragraphs(lines)


def test_a_sentence_that_ends_on_a_point_is_ended():
    """Control: a sentence in half-width marks ends on its '.', the next paragraph opens on a capital or a Han."""
    lines = HEAD + ["各单位要按时报送材料.", "本通知自印发之日起施行."] + TAIL
    paragraphs = _paragraphs(lines)
    assert "各单位要按时报送材料." in paragraphs and "本通知自印发之日起施行." in paragraphs


AGENDA = ["某某县人民代表大会常务委员会关于召开某某县第五届人民代表大会第三次会议的决定",
          "（2024年6月20日某某县第五届人大常委会第十次会议通过）",
          "某某县第五届人大常委会第十次会议决定：2024年7月10日在县会议中心召开县第五届人民",
          "代表大会第三次会议。建议会议议程为：（一）听取和审议县人民政府关于2024年上半年工",
          "作情况的报告；（二）听取和审议县人民法院工作情况的报告；（三）听取和审议县人民",
          "检察院关于2024年上半年工作情况的报告和县人民检察院关于检察公益诉讼工作的报告；",
          "（四）选举；（五）其他事项。",
          "会议的筹备工作由县人大常委会办公室负责。"]


def test_an_item_run_into_a_sentence_goes_on_at_a_line_head():
    """A list a sentence runs in ('议程为：（一）…；（二）…；（三）…；') goes on
    run in where the wrap set its next item at a line's head: '（四）选举；'
    is no item of its own, though its label opens the line."""
    paragraphs = _paragraphs(AGENDA)
    assert any(p.endswith("检察公益诉讼工作的报告；（四）选举；（五）其他事项。") for p in paragraphs)
    assert not any(p.startswith("（四）") for p in paragraphs)


def test_items_set_a_paragraph_each_stay_apart():
    """Controls: items that open their own lines, none run in above, are
    items; so is the next run-in item under a line left short, where the
    print ended the paragraph."""
    short = AGENDA[:5] + ["检察院工作情况的报告；"] + AGENDA[6:]
    assert any(p.startswith("（四）选举；") for p in _paragraphs(short))
    lines = HEAD + ["现将有关事项通知如下：", "（一）听取和审议县人民政府工作情况的报告；",
                    "（二）听取和审议县人民法院工作情况的报告；", "（三）选举。"] + TAIL
    paragraphs = _paragraphs(lines)
    assert {"（二）听取和审议县人民法院工作情况的报告；", "（三）选举。"} <= set(paragraphs)



# A page's disclosure list over the text, placed as pdftotext -layout gives it, each field's value carried
# whole past the measure: the 索引号's figures, the 成文日期's, the 发布日期's to a line of their own.
DISCLOSED = ["    索  引 号: 11140500012420117H003/2023-",
             "00519 主题分类: 综合政务",
             "    发布机构: 某某市应急管理局 成文日期: 2023",
             "年08月10日",
             "    标      题: 某某市人民政府办公室关于印发某某市森林",
             "火灾应急预案的通知",
             "    发文字号: 某市政办〔2023〕33号 发布日期: ",
             "2023年08月16日"]
NOTICE = ["     某某市人民政府办公室关于印发某某市森林", "            火灾应急预案的通知",
          "各县(市、区)人民政府,市人民政府各委、办、局:",
          "    《某某市森林火灾应急预案》已经市人民政府同意,现印发",
          "给你们,请认真贯彻执行。",
          "                  某某市人民政府办公室", "                         2023年8月10日"]
PLAN = ["     某某市人民政府关于印发某某市防汛应急预案的", "                通知", "各县(市、区)人民政府:",
        "    现将《某某市防汛应急预案》印发给你们,请认真贯彻执行。",
        "                  某某市人民政府", "                         2023年6月1日"]


def test_a_disclosure_list_whose_values_the_wrap_cut_is_the_pages():
    """A disclosure list whose values a typesetter carried past the measure
    ('成文日期: 2023' / '年08月10日', '发布日期:' / '2023年08月16日') is the
    page's list still: its 标题 and 文号 name the text, its other fields
    are the page's furniture, and its 发布日期 (when the site put the text up)
    is no 成文日期 and no line of the text."""
    gazette = convert("\n".join(PLAN + DISCLOSED + NOTICE).encode("utf-8"), "x/x.txt", "x")
    doc = gazette.documents[-1]
    assert (doc.title, doc.doc_number, doc.date) == ("某某市人民政府办公室关于印发某某市森林火灾应急预案的通知",
                                                     "某市政办〔2023〕33号", "2023-08-10")
    texts = "".join(getattr(b, "text", "") for d in gazette.documents for part in d.parts for b in part.blocks)
    assert "2023年08月16日" not in texts and "主题分类" not in texts
