"""The document grammar on layouts of the hundred-and-eighth held-out set's
kind (issue #11): statistical bulletins of cities, districts and counties
(国民经济和社会发展统计公报, 人口普查公报, 经济普查公报, 农业普查公报), their title, the
bodies that publish them and the date printed under it, numbered sections and
tables. Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

BODY = ["根据国务院的统一部署，本县开展了第三次农业普查。这次普查的标准时点为2016年12月31日。",
        "全县共有农业经营户5.2万户，比十年前减少0.3万户。"]


# ---------------------------------------------------------------- a bulletin's head run into its text

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title, organs", [
    ("某某县第三次农业普查主要数据公报", ["某某县第三次农业普查领导小组办公室", "某某县统计局"]),
    ("某某县第三次农业普查主要数据公报(第一号)", ["某某县统计局", "某某县第三次农业普查领导小组办公室"]),
    ("某某市某某区第七次全国人口普查公报[1](第二号)", ["某某市某某区统计局"]),
    ("某某市某某区第四次全国经济普查公报(第七号)", ["某某市某某区统计局", "某某市某某区人民政府第四次全国经济普查领导小组办公室"]),
    ("2019年某某县国民经济和社会发展统计公报", ["某某县统计局"]),
])
def test_a_bulletins_head_run_into_its_text_is_parted(title, organs, columns):
    """A document library extracts a bulletin's PDF as one paragraph, or a
    page that lost its line breaks stores it so: the title, the bodies that
    publish it (printed under the title, each on a line of its own) and the
    date run into the first sentence ('…主要数据公报…普查领导小组办公室…统计局
    2008年3月24日根据…'). The title ends on 公报 (with its note mark and its place
    in the series); the bodies, each ending in its organ's word, and the
    date after it are its head: the title, each body and the date a line,
    the text under them."""
    docs = _documents(NOTICE + [title + "".join(organs) + "2017年12月20日" + BODY[0], BODY[1]], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == organs
    assert docs[1].date == "2017-12-20"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_citing_a_bulletin_is_no_head(columns):
    """Control: a sentence that opens on a bulletin's name and the bureau
    that published it ('某某县统计公报某某县统计局…显示，') has no date after the
    bodies: it stays the body's sentence, no document's head."""
    title = "某某县人民政府办公室关于做好统计数据发布工作的通知"
    docs = _documents([title, "各乡镇人民政府：",
                       "某某县2020年统计公报某某县统计局发布后，各乡镇要认真做好解读工作。2021年3月1日前报送情况。",
                       "某某县人民政府办公室", "2021年1月5日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府办公室"], "2021-01-05")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_bulletins_run_in_head_under_a_web_tables_last_cell_is_parted(columns):
    """A bulletin whose text ends on a web table's cells, one a line ('2.8 |'),
    ends no sentence there but a row: a run-in head right under that cell
    opens the next bulletin as under a sentence's end."""
    first = "某某区第四次全国经济普查公报(第七号)"
    title, organs = "某某县第三次农业普查主要数据公报", ["某某县第三次农业普查领导小组办公室", "某某县统计局"]
    docs = _documents([first, "某某区统计局", "2020年6月3日", "按地区分组的单位情况详见表7-1。", "表7-1 按地区分组的法人单位",
                       "合计 |", "13161 |", "100.0 |", "某某街道 |", "2075 |", "15.8 |",
                       title + "".join(organs) + "2017年12月20日" + BODY[0], BODY[1]], columns)
    assert [d.title for d in docs] == [first, title]
    assert docs[1].issuers == organs
    assert docs[1].date == "2017-12-20"
