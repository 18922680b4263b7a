"""The document grammar on layouts of the two-hundredth held-out set's kind
(issue #11): the 公告, 通告 and 指引 of city and county courts, and the joint
通告 their courts, procuratorates and public-security organs sign, as court
sites and county portals store them, some cut short inside a sentence. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.text.lines import width
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A court's 公告 a page's store cut inside its second item, in a sentence: no signature, no date.
CUT_NOTICE = ["某某县人民法院关于疫情防控期间调整诉讼服务工作方式的公告",
              "为做好疫情防控工作，现对本院诉讼服务工作方式作以下调整：",
              "一、自2月3日起，暂停现场立案、诉讼服务、信访接待工作，恢复时间另行通知。",
              "二、疫情防控期间，需向本院申请立案的，请通过某某电子法院电脑端、“某某移动微法院”手机"]
GUIDE = ["某某县人民法院关于近期诉讼服务工作的指引",
         "当前，我县疫情防控形势严峻，为切实保障人民群众的生命安全和身体健康，现就本院近期诉讼服务工作指引如下：",
         "一、暂停线下诉讼活动", "即日起，暂停线下诉讼活动，已安排开庭的改期进行。",
         "二、暂停有关诉讼服务", "即日起，暂停安排旁听庭审活动、现场接待申诉信访等诉讼服务。",
         "某某县人民法院", "2022年11月22日"]
JOINT = ["某某区人民法院 某某区人民检察院 某某区公安分局关于严厉打击疫情防控期间违法犯罪行为的通告",
         "为维护社会秩序，依法严厉打击妨害疫情防控违法犯罪活动，有下列行为之一的，依法从重从快严厉打击。",
         "一、拒不执行区政府依法发布的有关疫情防控决定、命令的；", "二、利用疫情实施诈骗、敲诈勒索等行为的。",
         "某某区人民法院 某某区人民检察院 某某区公安分局", "2020年2月10日"]


@pytest.mark.parametrize("columns", [None, 26, 30])
@pytest.mark.parametrize("after", [GUIDE, JOINT], ids=["guide", "joint"])
def test_a_whole_title_under_a_text_cut_inside_a_sentence_opens_the_next_document(columns, after):
    """GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种. A line that opens on an
    organ (or joint organs) and 关于 and ends, by itself, in a 文种 (a 公告,
    a 通告, a 指引) with no sentence's punctuation is a title: it begins a
    line of its own, though the text above stops inside a sentence (a
    page's excerpt cut it), and so the next document, which keeps its
    items, signature and date."""
    docs = _documents(CUT_NOTICE + after, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0], after[0].replace(" ", "")]
    assert docs[0].issuers == ["某某县人民法院"] and docs[0].date is None
    items = [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)]
    assert items == ["一、", "二、"]
    assert docs[1].date == {"2022年11月22日": "2022-11-22", "2020年2月10日": "2020-02-10"}[after[-1]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_cited_organ_title_inside_a_sentence_still_goes_on(columns):
    """Control: a sentence of the body that the store wrapped before a
    title it names without 《》 and goes on after it ('…按照' / '某某县人民政府
    关于…的通知' / '要求，…') is no title line: the title there ends on no 文种
    alone, the sentence's clause mark follows on its line."""
    text = ["某某县人民法院关于做好诉讼服务工作的通知", "各人民法庭：",
            "为做好诉讼服务工作，按照某某县人民政府关于做好疫情防控工作的通知要求，现就有关事项通知如下：",
            "一、各人民法庭要做好诉讼服务工作。", "某某县人民法院", "2020年2月1日"]
    doc, = _documents(text, columns)
    assert doc.title == text[0] and doc.date == "2020-02-01"


# ---------------------------------------------------------------- joint issuers parted by spaces over a centred title

MEASURE_WIDTH = 21  # the body's lines, in characters (a space half of one)


def _centred(text: str) -> str:
    return " " * round(MEASURE_WIDTH - width(text)) + text


def _right(text: str) -> str:
    return " " * round(2 * (MEASURE_WIDTH - width(text))) + text


def _placed(head: list[str]) -> str:
    """Two texts as pdftotext -layout places a printed page: the body at 21
    characters, each paragraph's first line indented, the titles centred and
    wrapped shorter, signatures and dates set right; head: the lines between
    the first text's body and the second title's last line."""
    first = [_centred("某某区人民法院关于暂停现场立案的公告"),
             "    为做好疫情防控工作，最大限度减少人员聚",
             "集流动，保障人民群众生命安全和身体健康，本",
             "院自2月3日起暂停现场立案、诉讼服务和信访接",
             "待工作，当事人可通过网上诉讼服务平台申请立",
             "案，恢复时间另行通知。",
             "    特此公告。"]
    second = [_centred("防控期间违法犯罪行为的通告"),
              "    为维护社会秩序，依法严厉打击妨害疫情防",
              "控违法犯罪活动，切实保障人民群众身体健康和",
              "生命安全，根据有关法律法规及相关司法解释，",
              "在我区疫情防控期间，有下列行为之一的，依法",
              "从重从快严厉打击：",
              "    一、拒不执行区政府依法发布的有关疫情",
              "防控决定、命令的；",
              "    二、利用疫情实施诈骗、敲诈勒索的。",
              _right("某某区公安分局"), _right("2020年2月10日")]
    return "\n".join(first + head + second)


JOINT_HEAD = [_centred("某某区人民法院 某某区人民检察院"), _centred("某某区公安分局关于严厉打击疫情")]


def _titles(text: str) -> list[str]:
    from builder.convert import convert
    return [d.title for d in convert(text.encode("utf-8"), "x/x.txt", "x").documents]


def test_joint_issuers_parted_by_spaces_over_a_centred_title_are_its_first_line():
    """GB/T 9704 7.3.1: a joint 发文机关 heads the title, the organs parted by
    spaces as a page sets them; where the wrap cuts after a whole name
    ('某区人民法院 某区人民检察院' / '某区公安分局关于…'), the centred line of
    names over the centred line that opens on the last organ and 关于 is the
    title's first line (titles.head.title_start, spaced_names_over), so every
    organ is its issuer. (holdout200's 满城 通告 as pdftotext -layout places it.)"""
    text = _placed([_right("某某区人民法院"), _right("2020年2月3日")] + JOINT_HEAD)
    assert _titles(text) == ["某某区人民法院关于暂停现场立案的公告",
                             "某某区人民法院某某区人民检察院某某区公安分局关于严厉打击疫情防控期间违法犯罪行为的通告"]


@pytest.mark.parametrize("above", [
    _right("某某区人民法院 某某区人民检察院"),  # the text above's joint signature, set right, its date lost
    _centred("张某某 李某某"),  # persons' names, no organs'
])
def test_control_a_row_set_right_or_of_persons_heads_no_title(above):
    """Control: the text above's joint signature set right over the centred
    title is that text's (a signature is set right, no title's line); and a
    centred row of persons' names is no list of organs: the title under
    either opens on its own organ."""
    assert _titles(_placed([above, JOINT_HEAD[1]]))[-1] == "某某区公安分局关于严厉打击疫情防控期间违法犯罪行为的通告"
