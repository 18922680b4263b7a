"""The layouts that run a set's documents together hard-wrapped
(tests/devset/layout.py run_together at 18 and 26 columns, indented at 20,
radicals and stop_lines at 26): GB/T 9704 7.3.1 sets a title's 发文机关, its
事由 and its 文种 over as many lines as it needs, the 发文机关 alone on the
first where it is long ('某区城市综合管理工作领导小组办公室' / '关于…的通知'),
and a narrow measure cuts that name anywhere in it ('…领导小组办公' / '室' /
'关于…', '…协调领导小' / '组办公室 关于…'). The converter reaches back over the
cut for the name's head (builder/stages/split/titles/issuers.py,
organ_wrapped_above and organ_cut_above) where no sentence goes on into it:
under the 发文字号 that the 版头 sets over the title (7.2.4), and across a
space the page set between the name and 关于. Each case is invented text laid
out so at the measures that cut the name, and goes through the real input
path; each fails without its rule, and each has a control that shows what
must stay: under a sentence's line the wrap carried on, or a line that holds
a sentence's marks, the name's head is that sentence's, no line of the title.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents

# A notice signed and dated: the document the cases run their text under.
ENDED = ["关于做好秋季森林防火工作的通知", "各乡镇人民政府：", "为做好今年秋季森林防火工作，现就有关事项通知如下，请认真贯彻执行。",
         "青川县人民政府", "2011年9月2日"]

ORGAN = "青川县青溪镇城市综合管理工作领导小组办公室"  # longer than the measures below: the wrap cuts it
ABOUT = "关于进一步加强窨井盖日常维护管理工作的通知"
MANHOLES = ["镇发展改革办、镇经济信息办、各村民委员会：", "为加强窨井盖日常安全管理工作，现将有关事项通知如下：", "一、落实管理责任。",
            "各权属单位要建立窨井盖管理台账。", ORGAN, "2023年3月1日"]


def _titles(docs) -> list[str]:
    return [d.title for d in docs]


@pytest.mark.parametrize("columns", [18, 20])
def test_an_organ_cut_by_the_wrap_under_its_doc_number_heads_the_title(columns):
    """GB/T 9704 7.2.4 and 7.3.1: the 发文字号 alone on its line in the 版头,
    and under it the title, its 发文机关 on a line of its own over 关于, that
    name longer than the measure ('…领导小组办公' / '室', '…领导小组' / '办公室').
    No sentence goes on under a 发文字号 alone: the name's head is the title's
    first line, and the number is the document's."""
    for above in ([], ENDED):
        docs = _documents(above + ["青溪城综办发〔2023〕3号", ORGAN, ABOUT] + MANHOLES, columns)
        assert _titles(docs)[-1] == ORGAN + ABOUT
        assert docs[-1].doc_number == "青溪城综办发〔2023〕3号"


@pytest.mark.parametrize("columns", [18, 20])
def test_an_organ_cut_under_a_sentence_going_on_stays_the_sentences(columns):
    """Control: under a body line the wrap carried on, a sentence's (one that
    cites a 发文字号 in it too), the cut name's head is that sentence's going
    on: the title takes no line above its 关于 but the name's tail."""
    for tail in ["请", "见青政发〔2011〕3号"]:
        above = ["各乡镇要按照县委县政府的统一部署，认真落实森林防火责任，切实做好秋季森林防火各项工作，" + tail]
        docs = _documents(ENDED[:3] + above + [ORGAN, ABOUT] + MANHOLES, columns)
        assert len(docs) == 2 and docs[1].title.endswith(ABOUT) and not docs[1].title.startswith("青川县")


# The last cells of a form an annex ends on: no sentence, no mark, over the next title.
FORM = ["附：", "活动情况报送表", "活动名称", "主要活动内容", "举办时间", "举办地点"]
SPACED = "青川县公共文化服务体系建设协调领导小组办公室 关于推进各乡镇加快落实公共文化服务体系实施方案的通知"
CULTURE = ["各乡镇人民政府：", "请各乡镇尽快推动《实施方案》按责任分工落实实施。特此通知。",
           "青川县公共文化服务体系建设协调领导小组办公室", "2016年6月1日"]


@pytest.mark.parametrize("columns", [18, 20])
def test_an_organ_cut_by_the_wrap_before_a_space_and_its_about_heads_the_title(columns):
    """GB/T 9704 7.3.1: a space the page set between the 发文机关 and 关于
    ('…办公室 关于…') parts no words of the name: where the wrap cut the name
    ('…协调领导小' / '组办公室 关于…'), the head above is the title's first line,
    under a form's last cell as under a finished sentence."""
    docs = _documents(ENDED + FORM + ["\u3000\u3000" + SPACED + " 青文公建办〔2016〕3号"] + CULTURE, columns)
    assert _titles(docs) == [ENDED[0], SPACED.replace(" ", "")]
    assert docs[1].doc_number == "青文公建办〔2016〕3号" and docs[1].addressees == "各乡镇人民政府"


@pytest.mark.parametrize("columns", [18, 20])
def test_a_sentence_cut_before_a_space_and_its_about_stays_the_sentences(columns):
    """Control: a line the wrap filled that holds a sentence's marks
    ('…，请按照协调领导小' / '组办公室 关于…') is no organ's head: the title
    takes none of it."""
    line = "\u3000\u3000各乡镇，请按照青川县公共文化服务体系建设协调领导小组办公室 关于推进各乡镇加快落实公共文化服务体系实施方案的通知"
    docs = _documents(ENDED + FORM + [line + " 青文公建办〔2016〕3号"] + CULTURE, columns)
    assert not any(t.startswith("各乡镇") or "请按照" in t for t in _titles(docs))
