"""The document grammar on layouts of the two-hundred-and-forty-second
held-out set's kind (issue #11): children and disability texts of counties,
districts and cities (困境儿童 保障 意见, 孤儿 慰问 通知, a joint 残疾儿童康复救助
办法 notice of eight district bodies, a 残联's 解读, a 民政局's 公告 on a draft) as
their portals and mirrors store them. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

ORGANS = ["某某市某某区残疾人联合会", "某某市某某区教育委员会", "某某市某某区民政局", "某某市某某区财政局",
          "某某市某某区卫生健康委员会", "某某市某某区市场监督管理局", "某某市某某区乡村振兴局", "某某市某某区医疗保障局"]
JOINT = ORGANS + ["关于印发《某某区残疾儿童康复救助实施办法》的通知", "某残发〔2024〕4号",
                  "各镇人民政府、街道办事处，区政府有关部门，有关单位：",
                  "现将《某某区残疾儿童康复救助实施办法》印发给你们，请认真贯彻执行。"]
NOTICE = ["某某县民政局关于做好孤儿走访慰问工作的通知", "各乡镇人民政府：",
          "请各乡镇在6月1日前完成走访慰问。", "某某县民政局", "2021年5月20日"]


# The same joint notice as a mirror stores it: traditional characters, many glossed with their pinyin, which the
# decode stage takes out (the lines keep the columns the glosses took).
GLOSSED = ["某某市某某區(qū)殘疾人聯(lián)合會(huì)", "某某市某某區(qū)教育委員會(huì)", "某某市某某區(qū)民政局", "某某市某某區(qū)財(cái)政局",
           "某某市某某區(qū)衛(wèi)生健康委員會(huì)", "某某市某某區(qū)市場(chǎng)監(jiān)督管理局", "某某市某某區(qū)鄉(xiāng)村振興局",
           "某某市某某區(qū)醫(yī)療保障局",
           "關(guān)于印發(fā)《某某區(qū)殘疾兒童康復(fù)救助實施辦法》的通知", "某殘發(fā)〔2024〕4號(hào)",
           "各鎮(zhèn)人民政府、街道辦事處，區(qū)政府有關(guān)部門(mén)：",
           "現(xiàn)將《某某區(qū)殘疾兒童康復(fù)救助實施辦法》印發(fā)給你們，請(qǐng)認(rèn)真貫徹執(zhí)行。"]
UNGLOSSED = ["某某市某某區殘疾人聯合會", "某某市某某區教育委員會", "某某市某某區民政局", "某某市某某區財政局",
             "某某市某某區衛生健康委員會", "某某市某某區市場監督管理局", "某某市某某區鄉村振興局", "某某市某某區醫療保障局"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("above", [[], NOTICE])
def test_a_joint_title_names_every_organ_one_a_line_over_its_about_line(columns, above):
    """联合行文: a title names every organ that issues it (GB/T 9704 7.3.1,
    发文机关名称 + 事由 + 文种), and a joint notice of eight bodies may stack
    their names one a line over its '关于印发《…》的通知': every name is the
    title's and an issuer, past the lines a title may take (six at a page's
    full measure), as long as each line is one organ's whole name. (Before the
    rule the mirror's shape at a file's top, one paragraph a line, kept the
    last seven.)"""
    docs = _documents(above + GLOSSED, columns)
    assert len(docs) == 1 + bool(above)
    assert docs[-1].title == "".join(UNGLOSSED) + "關于印發《某某區殘疾兒童康復救助實施辦法》的通知"
    assert docs[-1].issuers == UNGLOSSED
    assert docs[-1].doc_number == "某殘發〔2024〕4號"
    if above:
        assert docs[0].issuers == ["某某县民政局"] and docs[0].date == "2021-05-20"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_title_in_simplified_characters_names_every_organ(columns):
    """The same notice in simplified characters, with no glosses: every name is the title's."""
    docs = _documents(NOTICE + JOINT, columns)
    assert len(docs) == 2
    assert docs[1].title == "".join(ORGANS) + JOINT[8] and docs[1].issuers == ORGANS


@pytest.mark.parametrize("columns", [None, 26])
def test_a_joint_signature_dated_over_a_joint_title_stays_the_text_above(columns):
    """Control: the organs that sign the text above, one a line over its date
    (GB/T 9704 7.3.5.1), are its signature, not names of the joint title under
    it; the title takes its own stack of names and no more."""
    signed = ["某某市某某区民政局关于做好困境儿童保障工作的通知", "各镇人民政府：",
              "请各镇按要求做好困境儿童保障工作。"] + ORGANS[:7] + ["2024年3月1日"]
    docs = _documents(signed + JOINT, columns)
    assert len(docs) == 2
    assert docs[0].issuers == ORGANS[:7] and docs[0].date == "2024-03-01"
    assert docs[1].title == "".join(ORGANS) + JOINT[8] and docs[1].issuers == ORGANS


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_of_names_in_a_body_is_no_title(columns):
    """Control: a body that lists organs one a line after its colon (the
    members of a 领导小组) and then goes on with a sentence keeps them; no
    title is read over a line that holds no 关于, 印发 or 转发."""
    body = ["某某县民政局关于成立困境儿童保障工作领导小组的通知", "各乡镇人民政府：",
            "领导小组由以下单位组成："] + ORGANS[:7] + ["领导小组办公室设在县民政局。", "某某县民政局", "2021年5月20日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [body[0]]
    assert docs[0].issuers == ["某某县民政局"]
