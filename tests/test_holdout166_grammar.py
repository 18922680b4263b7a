"""The document grammar on layouts of the hundred-and-sixty-sixth held-out
set's kind (issue #11): chronicles (大事记) of banners, counties and a
development zone as their gazettes, archives and portals store them, each
entry under a bullet ('●4月2日，…'), a title with its month run in after
the genre's name ('…大事记2020年4月'), a county's year told month by month
('1月，…', '1月初，…'). Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

pytestmark = pytest.mark.unit

CHRONICLE = ["某某区2019年6月大事记",
             "1日 区长张某主持召开区政府常务会议，研究部署防汛工作。",
             "2日 副区长李某调研全区重点项目建设。"]


# ---------------------------------------------------------------- a bullet before an entry's date

BULLETED = ["某某旗人民政府大事记", "(4 月 2 日-4 月 29 日)",
            "●4月2日，旗委副书记、旗长张某主持召开旗安全生产工作会议。",
            "●4月2日，某某旗召开鼠疫防控工作会议，对下一阶段全旗鼠疫防控工作进行安排部署。",
            "●4月9日旗委常委、副旗长李某调度旗级领导包联重大项目相关事宜。",
            "●4月20日， 旗委副书记、旗长张某主持召开旗人民政府常务会议。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_bullet_before_an_entry_s_date_opens_the_entry(columns):
    """A gazette may set each entry of its chronicle under a bullet ('●',
    '★', '◆'), as a list's items are set: the bullet marks the entry, the
    date after it opens it and anchors it, comma or none after the date."""
    doc, = _documents(BULLETED, columns)
    assert [p.date for p in doc.provisions] == ["--04-02", "--04-02", "--04-09", "--04-20"]
    assert doc.provisions[2].text.startswith("旗委常委、副旗长李某调度")


def test_a_bullet_over_no_date_stays_text():
    """Control: a bullet before no date ('●全旗…') opens no entry: it stays
    the text of the entry above."""
    doc, = _documents(BULLETED[:3] + ["●全旗各苏木镇同步召开会议。"], None)
    assert [p.date for p in doc.provisions] == ["--04-02"]
