"""The document grammar on layouts of the two-hundred-and-twenty-eighth
held-out set's kind (issue #11): tobacco-control, healthy-city and
patriotic-health texts of cities, districts and counties (a 管委会's or a
city office's 通知 issuing a 健康城市 方案, an 爱卫会's 决定 naming 无烟单位
with its 名单, a 教育局's 控烟 通知, an office's 病媒生物防制 方案) as
portals and document sites store them, one of them a PDF's text stored as one
line. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A PDF's text stored as one line, each printed line after a space, the figures of the 成文日期 spaced from its
# 年, 月 and 日 as an extractor spaces a Latin run from a Han one.
ONE_LINE = ("某某市人民政府办公室 关于印发某某市健康城市建设实施方案的通知 各镇人民政府，各街道办事处： "
            "《某某市健康城市建设实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。 "
            "某某市人民政府办公室 2021 年 5 月 12 日 (此件公开发布) 某某市健康城市建设实施方案 "
            "为提高全市人民健康水平，制定本方案。 一、总体要求 以人民健康为中心。 二、主要任务 改善城乡环境卫生。")


def test_a_spaced_date_in_a_line_run_together_is_the_date_on_its_own_line():
    """GB/T 9704 7.3.5: the 成文日期 stands on a line of its own under the
    signature, 7.3.6 the 附注 '(此件公开发布)' on its own under it. A page
    that ran the print's lines together with spaces keeps the date's own
    spaces ('2021 年 5 月 12 日'): the line parts before and after the whole
    date and around the 附注, so the signature, the date and the issued text's
    title each stand alone."""
    docs = _documents([ONE_LINE], None)
    assert [d.title for d in docs] == ["某某市人民政府办公室关于印发某某市健康城市建设实施方案的通知"]
    doc = docs[0]
    assert doc.issuers == ["某某市人民政府办公室"] and doc.date == "2021-05-12"
    assert [p.title for p in doc.parts][1:] == ["某某市健康城市建设实施方案"]
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、"]


def test_a_date_inside_a_sentence_of_a_line_run_together_stays_in_its_sentence():
    """Control: a day the text names inside its sentence ('于 2021 年 5 月 12
    日 前报送'), spaced the same way, is no 成文日期: the sentence goes on
    round it, and a bracketed note that is no 附注 ('(见附件)') stays in its
    sentence."""
    line = ("某某县爱国卫生运动委员会 关于开展春季爱国卫生运动的通知 各乡镇人民政府： "
            "现将有关事项通知如下。 一、各乡镇于 2021 年 5 月 12 日 前报送工作总结。 "
            "二、各项指标达标 (见附件) 并持续巩固。 三、各单位要加强宣传。 某某县爱国卫生运动委员会 2021年4月1日")
    docs = _documents([line], None)
    assert [d.title for d in docs] == ["某某县爱国卫生运动委员会关于开展春季爱国卫生运动的通知"]
    doc = docs[0]
    assert doc.date == "2021-04-01"
    texts = [(b.heading or "") + b.text for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)] == ["一、", "二、", "三、"]
    assert "2021" in texts[0] and "前报送" in texts[0]
    assert "见附件" in texts[1] and "持续巩固" in texts[1]


NAMING = ["关于命名2020年某某区“无烟单位”的决定", "某爱卫发〔2020〕3号", "各乡镇人民政府，区属各部门：",
          "经区爱卫会检查验收，决定将30个单位命名为“无烟单位”。希望被命名的单位再接再厉。",
          "某某区爱国卫生运动委员会", "2020年9月28日", "2020年某某区“无烟单位”名单",
          "区委办", "区政府办", "区财政局", "区卫生健康局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_list_of_those_a_decision_honours_is_its_part(columns):
    """党政机关公文处理工作条例 第八条: a 决定 names or commends (奖惩); the
    list of those it honours is printed after its 成文日期 under a title of
    its own that repeats the honour the decision's title quotes ('“无烟单位”'),
    though the body never says '名单附后': the list is the decision's part,
    its organs rows of the list, no issuers of a document of their own."""
    docs = _documents(NAMING, columns)
    assert [d.title for d in docs] == [NAMING[0]]
    doc = docs[0]
    assert doc.issuers == ["某某区爱国卫生运动委员会"] and doc.date == "2020-09-28"
    assert [p.title for p in doc.parts][1:] == ["2020年某某区“无烟单位”名单"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_list_after_a_text_that_honours_none_of_it_is_not_its_part(columns):
    """Control: after a notice that honours nobody ('…开展“清洁家园”行动的
    通知'), or a decision that names another honour, a 名单 quoting a term of
    its own is no part the title names: it is split as before."""
    notice = ["某某县人民政府关于开展“清洁家园”行动的通知", "各乡镇人民政府：", "请各乡镇认真组织实施。",
              "某某县人民政府", "2020年3月1日"]
    listed = ["2020年某某县“卫生村”名单", "城关镇东村", "城关镇西村"]
    other = ["关于命名2020年某某区“无烟单位”的决定", "各乡镇人民政府：", "决定将30个单位命名为“无烟单位”。",
             "某某区爱国卫生运动委员会", "2020年9月28日"]
    for above in (notice, other):
        docs = _documents(above + listed, columns)
        assert [d.title for d in docs] == [above[0], listed[0]]


# A page saved in a code page without the full-width space: each blank line's space, the row of spaces under the
# 发文字号 and the spaces pushing the date to the right came out as '?'.
SAVED_WITHOUT_SPACES = ["某某市教育局文件", "?", "某教体函〔2012〕6号", "?????????????????? ?????????", "?",
                        "关于加强校园控烟工作的通知", "?", "市直各中小学：", "请各校在校园内实施控烟工作并配有禁烟标志。",
                        "?", "?", "某某市教育局", "????????? ??????二○一二年八月二十四日", "?"]


def test_runs_of_an_exporters_question_marks_are_its_lost_spaces():
    """A program writing a code page that lacks the full-width space puts '?'
    for each: a line of nothing but such marks is a blank line or the row of
    spaces print leaves under the 发文字号 (GB/T 9704 7.2.7), and a run of them
    opening the date's line the spaces that set it right (7.3.5): no
    sentence, title or heading is a run of marks alone. The number, the
    signature and the date stand as printed."""
    docs = _documents(SAVED_WITHOUT_SPACES, None)
    assert [d.title for d in docs] == ["关于加强校园控烟工作的通知"]
    doc = docs[0]
    assert doc.doc_number == "某教体函〔2012〕6号"
    assert doc.issuers == ["某某市教育局"] and doc.date == "2012-08-24"


def test_a_question_mark_of_the_text_stays():
    """Control: a question's mark after its words, a '?' in a heading, and a
    line opening with one '?' where no line holds the exporter's marks alone,
    are the text's and stay."""
    text = ["某某县爱卫办关于开展控烟知识问答的通知", "各乡镇：", "一、吸烟有哪些危害?", "二、怎样戒烟?",
            "?号键可查看帮助。", "某某县爱卫办", "2020年5月1日"]
    docs = _documents(text, None)
    body = "".join((getattr(b, "heading", None) or "") + (getattr(b, "text", "") or "")
                   for part in docs[0].parts for b in part.blocks)
    assert "危害?" in body.replace("？", "?") and "戒烟?" in body.replace("？", "?")
    assert "?号键" in body.replace("？", "?")
