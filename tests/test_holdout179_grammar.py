"""The document grammar on layouts of the hundred-and-seventy-ninth held-out
set's kind (issue #11): human-resources and social-security organs' texts
(人社局 通知 and 公示 on 就业见习, 就业补助资金 and 稳岗返还) as city portals,
mirrors and a county-level city's disclosure page store them, that page
running a whole notice into one line, its pieces parted by spaces. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A notice a page ran into one line: title, 主送, body, headings and items parted only by single spaces.
ONE_LINE = ["关于开展评选认定首批某某市级就业见习示范基地工作的通知 各镇、街道,各有关企业: 为进一步加强就业见习基地建设,"
            "发挥优秀见习基地的示范作用,现将有关事项通知如下: 一、评选数量 本次全市拟认定5家,原则上各镇、街道推选1家。 "
            "二、评选条件 1.被认定为见习基地满一年及以上; 2.能持续提供适合高校毕业生的见习岗位; 3.内部制度健全,"
            "能为见习人员提供良好的学习、工作条件。 三、评选认定程序 1.申报。见习基地自愿申报,各镇(街道)完成初审。 "
            "2.评审。市人力社保局组织评审。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_run_into_one_line_has_its_outline_back(columns):
    """A page that runs a whole notice into one line parts its lines by
    spaces: the title, the 主送 on its colon, the body (unfold parts those),
    and in the body each heading and item of its outline (GB/T 9704 7.3.3:
    一、, then 1.), its label where the line above it ended on a stop, or on
    a heading's short name (the layout stage reads a space after a stop, or
    before a figure, as a scanner's and drops it). The labels count on as an
    outline does (each 1 or one more than the last of its scheme), so each
    opens a provision, as a line of its own would."""
    doc, = _documents(ONE_LINE, columns)
    assert doc.title == "关于开展评选认定首批某某市级就业见习示范基地工作的通知"
    assert doc.addressees == "各镇、街道，各有关企业"
    assert _labels(doc) == ["一、", "二、", "1.", "2.", "3.", "三、", "1.", "2."]


@pytest.mark.parametrize("columns", [None, 18])
def test_a_list_run_into_a_sentence_with_spaces_stays_in_its_paragraph(columns):
    """A paragraph of its own line that runs a list into a sentence, a
    space after each item's stop ('议程为: (一)…; (二)…; (三)…。'), is one
    paragraph: only a body run on after its 主送 on one printed line is a
    whole notice a page ran together."""
    notice = ["某某县人民政府关于召开全县就业工作会议的通知", "各乡镇人民政府:",
              "县政府定于3月5日召开全县就业工作会议。会议议程为: (一)听取工作报告; (二)审议有关事项; (三)部署全年工作。",
              "请各乡镇准时参加。", "某某县人民政府", "2021年3月1日"]
    doc, = _documents(notice, columns)
    assert _labels(doc) == []


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_list_under_a_notice_run_into_one_line_is_no_outline(columns):
    """The 附件说明 under a body a page ran into one line lists its annexes
    ('附件:1.… 2.…', GB/T 9704 7.3.4): one element under the body, on a line
    of its own or run on after it, its numbers no outline's items."""
    text = ONE_LINE[0] + " 附件:1.某某市取消的证明清单 2.某某市保留的证明清单"
    for notice in ([ONE_LINE[0], "附件:1.某某市取消的证明清单 2.某某市保留的证明清单", "某某市人力资源和社会保障局",
                    "2021年7月22日"], [text]):
        doc, = _documents(notice, columns)
        assert _labels(doc) == ["一、", "二、", "1.", "2.", "3.", "三、", "1.", "2."]
