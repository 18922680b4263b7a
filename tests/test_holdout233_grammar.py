"""The document grammar on layouts of the two-hundred-and-thirty-third held-out
set's kind (issue #11): health-service texts of cities, counties and districts
(a government office's 通知 issuing a 精神卫生工作实施方案, a district's party
committee and government jointly issuing a 中医药 实施意见, a 预防接种 通知, a
领导小组's 分工方案 通知) as their portals and copies store them. Each case is
invented text laid out as an extractor gives it (a blank line between
paragraphs, each paragraph wrapped at the measure) and goes through the real
input path.
"""
from __future__ import annotations

from builder.convert import convert

# A notice issuing a plan, the plan's excerpt cut inside a paragraph: nothing closes it but the next title.
CUT_PLAN = ["某某市人民政府办公室关于印发", "某某市精神卫生工作实施方案的通知", "", "某政办规〔2017〕6号", "",
            "市政府各有关直属单位:", "",
            "经市政府领导同意,现将《某某市精神卫生工作实施方案》印", "发给你们,请认真组织实施。", "",
            "某某市人民政府办公室", "", "2017年10月26日", "", "某某市精神卫生工作实施方案", "",
            "一、总体要求", "", "坚持预防、治疗和康复相结合的原则,形成", "政府组织领导、部门各负其责、家庭和单位",
            "尽力尽责、全社会共同参与", ""]
# A joint 印发 notice of a party committee and a government, its two organs on the title's first line parted by a
# space, that line longer than the measure: the wrap cuts the second name ('…人民政' / '府').
JOINT_ISSUED = ["中共某某市某某区委 某某市某某区人民政", "府", "", "印发《关于加快中医药产业发展", "",
                "的实施意见》的通知", "", "各乡镇、街道党委(党工委)、人民政府(办", "事处),区委各部门,区直各单位:", "",
                "经区委、区政府研究同意,现将《关于加快中医药产业发展的", "实施意见》印发给你们,请认真抓好落实。", "",
                "中共某某市某某区委", "", "某某市某某区人民政府", "", "2017年6月9日", ""]
JOINT_TITLE = "中共某某市某某区委某某市某某区人民政府印发《关于加快中医药产业发展的实施意见》的通知"


def _documents(lines: list[str]):
    return convert(("\n".join(lines) + "\n").encode("utf-8"), "devset/t.txt", "t").documents


def test_a_passing_on_titles_organs_wrapped_over_two_lines_head_its_title():
    """GB/T 9704 7.3.1: a title is 发文机关 + 事由 + 文种, the 事由 opening on
    关于 or on the verb that passes a text on (印发, 转发, 批转); a joint
    title names its organs before it, parted by a space, and a name longer
    than the line wraps anywhere, its tail alone on the next ('…人民政' /
    '府'). Over 印发 as over 关于, those two lines are the title's first: the
    document begins there, not inside the plan cut short above it."""
    docs = _documents(CUT_PLAN + JOINT_ISSUED)
    assert [d.title for d in docs] == ["某某市人民政府办公室关于印发某某市精神卫生工作实施方案的通知", JOINT_TITLE]
    assert docs[1].issuers == ["中共某某市某某区委", "某某市某某区人民政府"]
    assert not any("区委" in getattr(b, "text", "") for part in docs[0].parts for b in part.blocks)


def test_a_passing_on_title_under_a_finished_text_takes_its_wrapped_organs_too():
    """The same head under a text that closed on its full stop and date."""
    signed = ["某某县人民政府关于做好春季植树造林工作的通知", "", "各乡镇人民政府:", "",
              "现将有关事项通知如下:请各乡镇在3月底前完成造林任务。", "", "某某县人民政府", "", "2021年3月1日", ""]
    docs = _documents(signed + JOINT_ISSUED)
    assert [d.title for d in docs][-1] == JOINT_TITLE


def test_a_body_line_over_a_passing_on_word_is_no_wrapped_organ():
    """Control: a sentence of the body the wrap cut ('…报请市人民政' / '府' / '印发…' is no title: the
    line above is no organ's name opening as names open) stays the body's; the title under it is
    its own, whole on its lines, and a 印发 title with its organ whole on the line above keeps it."""
    body = ["某某县人民政府关于做好春季植树造林工作的通知", "", "各乡镇人民政府:", "",
            "县林业局要会同有关部门拟定方案,报请县人民政", "府", "",
            "某某县人民政府办公室", "", "印发《某某县森林防火工作方案》的通知", "", "各乡镇人民政府:", "",
            "现将《某某县森林防火工作方案》印发给你们,请认真贯彻执行。", "", "某某县人民政府办公室", "",
            "2021年3月2日", ""]
    docs = _documents(body)
    assert [d.title for d in docs] == ["某某县人民政府关于做好春季植树造林工作的通知",
                                       "某某县人民政府办公室印发《某某县森林防火工作方案》的通知"]


def test_a_sentence_cut_over_a_passing_on_title_stays_the_bodys():
    """Control: a body's sentence the wrap cut inside '人民政府', a clause mark in its line ('…,报请县人民政' / '府'),
    right over a title that opens on 印发 is no organ's name: the sentence stays the text's, the title below opens on
    its 印发."""
    body = ["某某县人民政府关于做好春季植树造林工作的通知", "", "各乡镇人民政府:", "",
            "县林业局要会同有关部门拟定方案,报请县人民政", "府", "",
            "印发《某某县森林防火工作方案》的通知", "", "各乡镇人民政府:", "",
            "现将《某某县森林防火工作方案》印发给你们,请认真贯彻执行。", "", "某某县人民政府办公室", "",
            "2021年3月2日", ""]
    docs = _documents(body)
    assert [d.title for d in docs][-1] == "印发《某某县森林防火工作方案》的通知"
    assert not any("林业局" in d.title for d in docs)
