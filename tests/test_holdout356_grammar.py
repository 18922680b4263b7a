"""The document grammar on layouts of the three-hundred-and-fifty-sixth
held-out set's kind (issue #11): electricity supply and power grid texts of
cities and counties (a county office's 紧急通知 on 有序用电, a county's 通告 on
clearing trees from line corridors under its 发文字号 with no 主送, a city's
joint 通告 on line protection zones signed by its joint office and the grid
company one a line, a county's 通知 on 电网规划建设 with headings alone over
their paragraphs) as their sites, forums and sharing sites store them. Each
case is invented text laid out as extractors give it and goes through the
real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

BODY = ["关于电力线路保护区内清障的通告",
        "请有关单位和沿线群众及时对电力线路保护区内已种植的树木自行移植、修剪或清除。",
        "对可能危及电力设施安全的树木,供电公司将依法予以修剪或砍伐。"]
# An office's whole name as long as each measure, so that it fills its line.
OFFICE = {None: "南岭市电力设施保护和反窃电工作联合办公室",
          18: "南岭市电力设施保护和反窃电联合办公室",
          26: "南岭市电力设施保护和反窃电以及电网建设工作联合办公室"}


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signer_under_an_office_that_fills_the_measure_signs_on_its_own(columns):
    """GB/T 9704 7.3.5.2 sets joint signers one a line; an office's name
    ends on 办公室 (办公厅), no unit printed after it in a 署名. A line that
    names an organ by a two-character ending (公司) with words before it,
    under an office's whole name that happens to fill the measure, is the
    next signer (paragraphs._office_over_name), not the rest of the
    office's name the wrap turned."""
    office = OFFICE[columns]
    if columns:
        assert len(office) == columns
    docs = _documents(BODY + [office, "国网南岭供电公司", "2020年5月20日"], columns)
    assert [d.title for d in docs] == [BODY[0]]
    assert docs[0].issuers == [office, "国网南岭供电公司"]
    assert docs[0].date == "2020-05-20"


@pytest.mark.parametrize("columns", [18, 26])
def test_an_office_name_the_wrap_cut_still_reads_whole(columns):
    """The control: an office's name longer than the measure, cut inside
    ('…联合办公' / '室') or after a body's ending with the office's own
    words below ('…管理委员会' / '规划建设局', one name), goes on from the
    full line above as before."""
    office = OFFICE[columns].replace("联合办公室", "联合执法办公室")
    docs = _documents(BODY + [office, "2020年5月20日"], columns)
    assert docs[0].issuers == [office]
    bureau = "南岭市高新技术产业开发区管理委员会"[:columns - 5] + "管理委员会规划建设局"
    docs = _documents(BODY + [bureau, "2020年5月20日"], columns)
    assert docs[0].issuers == [bureau]
