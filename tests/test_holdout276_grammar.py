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


# A notice's excerpt the store cut mid-sentence inside the article of the rule it issues: no signature closes it.
CUT_RULE = ["某某市某区人民政府关于印发《某区民宿管理办法(试行)》的通知", "某政规〔2023〕2号", "各镇人民政府,区直各部门:",
            "经区政府研究同意,现将《某区民宿管理办法(试行)》印发给你们,请认真组织实施。", "某某市某区人民政府",
            "2023年9月12日", "某区民宿管理办法(试行)",
            "第一条 为加强民宿行业规范管理,根据有关法律法规,结合我区实际,制定本办法。", "第二条 本办法所指民宿是指按照"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_then_a_space_and_its_body_opens_a_document_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1 sets the 标题 on lines of its own over the body, and
    print sets no space inside a sentence: a title read by its grammar
    (关于…的公告), its 文种, a space and the body's first sentence opening as
    bodies open ('为促进…') on the same line is a page's paragraph run
    together, the next document, even under a sentence the store cut
    mid-way, which would cite a text by its name in 《》 with no space.
    Wrapped at any measure the title's last line holds the space."""
    docs = _documents(CUT_RULE + ONE_LINE, columns)
    assert [d.title for d in docs] == [CUT_RULE[0], "关于取消收取某某湖风景名胜区游览参观门票的公告"]
    assert _labels(docs[0]) == ["第一条", "第二条"]
    assert _labels(docs[1]) == ["一、", "二、", "(1)", "(2)", "三、", "四、", "五、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cut_sentence_running_on_into_a_title_and_its_words_with_no_space_stays_whole(columns):
    """Control: under the same cut sentence, a title's words run on with no
    space after the 文种 ('关于…的通知要求,为…') are the sentence going on, as
    before: the cut text keeps them and no document opens."""
    going_on = ["关于加强旅游民宿安全管理的通知要求,为旅游者提供安全、卫生的住宿服务。",
                "第三条 民宿管理遵循政策引导、便利准入、加强监管、行业自律的原则。"]
    docs = _documents(CUT_RULE + going_on, columns)
    assert [d.title for d in docs] == [CUT_RULE[0]]
    assert _labels(docs[0]) == ["第一条", "第二条", "第三条"]
