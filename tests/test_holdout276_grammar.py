"""The document grammar on layouts of the two-hundred-and-seventy-sixth
held-out set's kind (issue #11): tourism texts of city, county and district
bodies (a 人民政府's 通知 issuing a 旅游市场秩序整治 方案 or a 民宿管理办法, a
旅游执法支队's 通知 of a 专项整治, a 风景名胜区管理处's 公告 waiving a scenic
area's tickets) as their sites, mirrors and a question-and-answer page store
them, that page running a whole 公告 into one line, its pieces parted by
spaces. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)


def _labels(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# A 公告 a page ran into one line with no 主送: title, preamble, lead-in, points and items, the organ and the date,
# parted only by single spaces; the points are sentences each, ending on a full stop.
ONE_LINE = ["关于取消收取某某湖风景名胜区游览参观门票的公告 为促进全区旅游市场发展,降低出游成本,经某某区人民政府研究决定,"
            "取消收取某某湖风景名胜区游览参观门票。 现公告如下: 一、自2023年8月26日起,取消收取某某湖风景名胜区游览参观"
            "门票,市民群众即日起可免费游览参观。 二、景区游览时间: (1)每年4-10月,开园时间:6:30-20:00; (2)每年11-3月,"
            "开园时间:7:00-19:00; 三、禁止下湖游泳、湖边玩水、钓鱼等危险行为。 四、景区范围内所有林区均为森林防火区范围,"
            "禁止一切野外用火。 五、严禁在景区内从事未经许可的经营活动。 某某湖风景名胜区管理处 2023年8月25日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_run_into_one_line_without_addressees_has_its_outline_back(columns):
    """GB/T 9704 7.3.3 sets each point of a body's outline (一、, then
    (1)) at the head of a line of its own, and print sets no space after a
    lead-in's colon: a colon, a space and an outline's first label inside a
    line are the line break of a page that ran the body into one paragraph,
    a 公告 with no 主送 too, whose body runs on after its title and no
    colon. Wrapped at any measure the spaces stay inside the lines, so from
    that line the body is set out at each label that counts on after a stop,
    its points ending on full stops, each opening a provision."""
    doc, = _documents(ONE_LINE, columns)
    assert doc.title == "关于取消收取某某湖风景名胜区游览参观门票的公告"
    assert _labels(doc) == ["一、", "二、", "(1)", "(2)", "三、", "四、", "五、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_list_a_sentence_runs_in_after_a_spaced_colon_stays_in_its_paragraph(columns):
    """Control: a paragraph that runs a list into one sentence after its
    colon and a space, each item ending on a semicolon and the stop after
    the last ('议程为: (一)…; (二)…; (三)…。'), is one paragraph: a list's
    items are no outline's points, which end on full stops; nor does a
    spaced colon before a label that is not an outline's first open one."""
    notice = ["某某县文化和旅游局关于召开全县旅游市场整治工作会议的通知", "各乡镇人民政府,县直有关单位:",
              "县文化和旅游局定于3月5日召开全县旅游市场整治工作会议。会议议程为: (一)听取工作报告; (二)审议整治方案;"
              " (三)部署全年工作。请各单位准时参加,会议地点为: 二楼会议室。",
              "某某县文化和旅游局", "2021年3月1日"]
    doc, = _documents(notice, columns)
    assert _labels(doc) == []
    assert doc.issuers == ["某某县文化和旅游局"]
