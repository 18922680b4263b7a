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


# An excerpt a page cut mid-sentence, then a 公示 titled by its year and its place, no organ, no 关于.
CUT_SHORT = ["关于印发《某某市就业见习实施办法》的通知", "某人社发〔2023〕172号", "各辖市区人社局、财政局,各有关单位:",
             "为加强我市就业见习工作管理,结合我市实际,现制订《某某市就业见习实施办法》,请"]
POSTED = ["2022年某某市本级第二批失业保险稳岗返还拟发放名单公示",
          "依据《某某市稳岗位提技能保就业十八条措施》(某人社发[2022]42号),参保企业上年度未裁员的,可以享受失业保险稳岗返还。"
          "现将拟返还参保单位名称和返还金额公示如下(见附件)。",
          "对上述公示单位有异议的,可进行信函举报、电话举报或当面举报。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_year_and_place_titled_notice_opens_under_a_text_cut_short(columns):
    """A 公示 an organ posts is titled by its year and the place whose list
    it is ('2022年某某市本级…名单公示'), its body opening on its ground
    ('依据…'): no sentence an excerpt cut above ('…请') runs on past a 文种
    into '依据…', as with a title that opens on its organ or place
    (split.titles.titled_over_ground)."""
    docs = _documents(CUT_SHORT + POSTED, columns)
    assert [d.title for d in docs] == ["关于印发《某某市就业见习实施办法》的通知",
                                       "2022年某某市本级第二批失业保险稳岗返还拟发放名单公示"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_dated_sentence_under_a_text_cut_short_is_no_title(columns):
    """The same under a sentence cut short, but a line led by a whole date
    ('2022年6月21日起在…公示'): the sentence's rest, no title, though the line
    under it opens on a ground."""
    text = CUT_SHORT[:3] + ["现将拟返还参保单位名单于", "2022年6月21日起在市人社局网站公示",
                            "依据有关规定,公示期为5个工作日。"]
    doc, = _documents(text, columns)
    assert doc.title == "关于印发《某某市就业见习实施办法》的通知"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_plan_titled_by_its_year_and_place_under_a_notice_cut_short_is_no_document(columns):
    """A 方案 a notice issues, titled by its year and place over its ground
    ('2022年某某市就业见习工作方案' / '为…'), under the notice's sentence an
    excerpt cut ('…印发给你们,请'): a text the notice issues (a 方案, no 公文's
    文种), no document of its own."""
    text = CUT_SHORT[:3] + ["现将《2022年某某市就业见习工作方案》印发给你们,请", "2022年某某市就业见习工作方案",
                            "为做好2022年就业见习工作,制定本方案。"]
    doc, = _documents(text, columns)
    assert doc.title == "关于印发《某某市就业见习实施办法》的通知"


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
