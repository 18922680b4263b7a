"""The document grammar on layouts of the hundred-and-eighty-ninth held-out
set's kind (issue #11): notices that put named people or leaders in posts
(a 联席会议's members one name and post a line, a 街道's 河长 adjusted
under 一、 to 三、), whose numbered items cite another notice by its title
and its 发文字号 in brackets. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

HEAD = ["某某县林业局关于调整护林员管护责任区的通知", "各乡镇人民政府：", "根据工作需要，现将有关事项通知如下："]
CLOSE = ["二、各乡镇要在5月底前完成责任区调整。", "某某县林业局", "2024年3月1日"]
# An item that cites a notice by its title and its number in brackets (党政机关公文处理工作条例 第二十条): at 16
# columns the wrap ends the item's first line on 关于, the cited title fills the next and the number stands under it.
CITING = "一、各乡镇要认真按照县林业局关于印发某某县森林防火巡查办法的通知(某林〔2021〕5号)要求履职，落实巡查责任。"
# At 17 columns the wrap cuts the organ's name the title is cited after ('…按照县林业' / '局关于印发…的通知').
CITING_CUT = "一、各乡镇护林员必须认真按照县林业局关于印发森林防火巡查办法的通知(某林〔2021〕5号)要求履职。"


@pytest.mark.parametrize("item, columns", [(CITING, 16), (CITING, 22), (CITING, None), (CITING_CUT, 17),
                                           (CITING_CUT, 20)],
                         ids=["cited-16", "cited-22", "cited-lines", "cut-17", "cut-20"])
def test_a_numbered_item_the_wrap_filled_runs_on_into_the_title_it_cites(item, columns):
    """GB/T 9704 7.3.3: a numbered item (一、) whose first line the wrap
    filled without ending a sentence goes on in the line under it. A title
    the item cites there, its 发文字号 in brackets under it, is the item's
    words, no document of its own: one notice, its items 一、 and 二、, signed
    and dated."""
    doc, = _documents(HEAD + [item] + CLOSE, columns)
    items = [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]
    assert items == ["一、", "二、"]
    assert (doc.issuers, doc.date) == (["某某县林业局"], "2024-03-01")


# An excerpt cut inside its first item's first line, the wrap having filled it, and the next document under it:
# a whole 标题, its organ first, over its number in brackets.
CUT_ITEM = ["某某县林业局关于做好护林员培训工作的通知", "各乡镇人民政府：", "现将有关事项通知如下：",
            "一、各乡镇要认真组织护林员参加县林业局"]
NEXT = ["某某县林业局关于做好春季森林防火工作的通知", "(某林〔2024〕8号)", "各乡镇人民政府：",
        "请各乡镇做好春季森林防火工作。", "某某县林业局", "2024年3月5日"]


@pytest.mark.parametrize("columns", [None, 19, 26])
def test_a_whole_title_with_its_organ_opens_under_an_item_cut_short(columns):
    """The control: an excerpt may end inside an item, the line the wrap
    filled; a whole 标题 that names its organ before 关于, its number in
    brackets under it, opens the next document there, as before."""
    docs = _documents(CUT_ITEM + NEXT, columns)
    assert [d.title for d in docs] == ["某某县林业局关于做好护林员培训工作的通知", "某某县林业局关于做好春季森林防火工作的通知"]
    assert docs[1].doc_number == "某林〔2024〕8号"
