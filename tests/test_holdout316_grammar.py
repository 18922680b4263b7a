"""The document grammar on layouts of the three-hundred-and-sixteenth held-out
set's kind (issue #11): public-hospital and primary-care reform texts of
cities and prefectures (a city office's 通知 issuing its year's 医改 work plan,
a city general office's 实施意见 on 城市公立医院综合改革, a prefecture's 通知
issuing its 医共体 实施方案) as their sites, mirrors and a hospital's site
store them, one cut mid-sentence inside a quotation on its longest paragraph,
the next titled with its organ and 关于 on a first line the wrap broke after
the year, its 主送 under the title and no 发文字号. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A prefecture's 印发 notice with no organ, 主送 or signature, the store cut it inside a quotation on its longest line.
CUT_PLAN = ["关于印发南岭州推进县域医疗卫生共同体建设实施方案的通知", "南岭州推进县域医疗卫生共同体建设实施方案",
            "为推进县域医疗卫生共同体建设，制定本实施方案。", "一、总体目标",
            "到2025年底前，县域医共体建设的组织管理、投入保障、人事编制、薪酬待遇、医保支付等政策进一步完善，"
            "所有县基本建成布局合理、权责清晰、运行高效、分工协作、服务连续的县域医共体，基层医疗卫生机构诊疗量"
            "占比明显提高。实现“全民健康上水平、人民群众得实惠、医务人员受激励"]
# A city office's 印发 notice, its organ and 关于 on the first line the wrap broke after the year, the 主送 under it.
WRAPPED_NOTICE = ["市政府办公室关于印发2019年", "全市深化医药卫生体制改革工作要点的通知", "各县（区）人民政府，市各有关部门：",
                  "《2019年全市深化医药卫生体制改革工作要点》已经市政府同意，现印发给你们，请认真组织实施。",
                  "西江市人民政府办公室", "2019年3月5日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_and_about_over_a_kind_and_its_addressees_opens_a_text_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1 and 7.3.2: a 标题 is 发文机关 + 关于 + 事由 + 文种, the
    主送 under it. A sentence the store cut (inside a quotation it opened,
    its line the longest on the page, so filling the measure) runs on into
    no organ's name and 关于 that close on a 文种 over a 主送: a sentence
    cites a text inside 《》 and goes on with words
    (titles._organ_about_title_addressed). The line that opens on the organ
    and 关于 is the title's first, though no 发文字号 frames it."""
    docs = _documents(CUT_PLAN + WRAPPED_NOTICE, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], WRAPPED_NOTICE[0] + WRAPPED_NOTICE[1]]
    assert docs[1].issuers == ["西江市人民政府办公室"] and docs[1].date == "2019-03-05"
    assert docs[1].addressees == "各县（区）人民政府，市各有关部门"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_cited_title_with_no_addressees_under_it_stays_the_cut_sentences(columns):
    """The control: the same organ and 关于 over a line that closes the cited
    name and goes on with words ('…的通知》精神，…'), no 主送 under it, is the
    rest of the sentence above, no title: one document."""
    cited = ["市政府办公室关于印发2019年", "全市深化医药卫生体制改革工作要点的通知》精神，各县要认真抓好落实。"]
    docs = _documents(CUT_PLAN[:-1] + [CUT_PLAN[-1].replace("实现“", "根据《")] + cited, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]
