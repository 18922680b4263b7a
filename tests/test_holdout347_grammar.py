"""The document grammar on layouts of the three-hundred-and-forty-seventh
held-out set's kind (issue #11): civil air defence texts of cities and
counties (an office's 通知 issuing an 意见 on 社区人民防空, a city's 通知
issuing its 防空警报设施 办法, a city 人防办's 转发 通知 under its 版头, a
city's 通告 on the trial sounding of its sirens) as law libraries, city
sites and mirrors store them, and as a gazette prints them under a 目录
that groups its documents under their issuer's 发文机关标志 ('某某市人民防空
办公室文件'), the 版头 of a 转发 notice standing right over its title, the
发文字号 printed under the title. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import _text

CONTENTS = ["某某市人民政府公报", "2022年第3号", "目　　录", "某某市人民政府文件",
            "某某市人民政府关于试鸣防空警报的通告……1", "某某市人民防空办公室文件",
            "转发某某省人民防空办公室关于做好人防工程安全生产工作的通知……2"]
NOTICE = ["某某市人民政府关于试鸣防空警报的通告", "我市定于2022年9月18日上午10时试鸣防空警报。",
          "请全市各单位、全体市民在警报试鸣期间保持正常的工作和生活秩序。", "特此通告。", "某某市人民政府", "2022年9月3日"]
MARK = "某某市人民防空办公室文件"


def _issue(forwarding: list[str], columns: int | None):
    text = "\n".join(CONTENTS + laid_out(NOTICE + forwarding, columns))
    return convert(text.encode("utf-8"), "x/x.txt", "x").documents


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("verb", ["转发", "印发", "批转"])
def test_a_mark_over_a_title_that_opens_on_its_passing_verb_is_its_documents_banner(columns, verb):
    """GB/T 9704 7.2.2 and 7.3.1: the 发文机关标志 heads its document's
    frame, and a title may leave out the organ its 版头 names, opening on
    its 事由: on 关于, or on the verb of a notice that passes a text on
    (转发, 印发, 批转: '转发某某省…的通知'). A gazette that groups its
    documents under their issuer's 标志 prints the same words as the 目录's
    section, yet right over such a title (the 发文字号 printed under it, as
    a reprint sets it) the line is the document's 版头, not the section's
    furniture (convert._heads_frame): its text keeps it, its issuer is the
    organ it names."""
    title = f"{verb}某某省人民防空办公室关于做好人防工程安全生产工作的通知"
    forwarding = [MARK, title, "（某人防办字〔2022〕29号）", "各县（市、区）人防办：",
                  "现将有关通知转发给你们，请认真抓好落实，切实做好人防工程安全生产工作。"]
    contents = [line if not line.startswith("转发") else title + "……2" for line in CONTENTS]
    text = "\n".join(contents + laid_out(NOTICE + forwarding, columns))
    docs = convert(text.encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert MARK in _text(docs[1]).replace("\n", "")
    assert docs[1].issuers == ["某某市人民防空办公室"]
    assert docs[1].doc_number == "某人防办字〔2022〕29号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sections_name_over_a_title_of_another_organ_stays_furniture(columns):
    """The control: the section's name over a title that names an organ of
    its own, another than the 标志's, and no 发文字号 under the mark, is the
    目录's section printed again, no 版头 of that document: the text
    under it keeps its own organ and words."""
    other = ["某某县人民政府关于做好人防工程安全生产工作的通知", "各乡镇人民政府：",
             "请各乡镇切实做好人防工程安全生产工作。", "某某县人民政府", "2022年8月24日"]
    docs = _issue([MARK] + other, columns)
    assert [d.title for d in docs] == [NOTICE[0], other[0]]
    assert docs[1].issuers == ["某某县人民政府"]
    assert MARK not in _text(docs[1]).replace("\n", "")
