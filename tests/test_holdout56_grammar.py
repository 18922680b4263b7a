"""The document grammar on layouts of the fifty-sixth held-out set's kind
(issue #11): notices that issue a year's 工作要点 or a 任务分工方案, and the
texts whose items name the units that carry them out. Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped at
a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
BODY = ["各县（市、区）教育局，各高等学校：", "现将《某某省教育厅2015年工作要点》印发给你们，请认真抓好贯彻落实。",
        "某某省教育厅", "2015年3月10日"]


# ---------------------------------------------------------------- the 发文字号 run into the title's line

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某教发[2015]1号", "某教发〔2015〕1号"])
def test_a_number_run_into_the_title_that_opens_on_about_is_the_number(number, columns):
    """GB/T 9704 prints the 发文字号 above the title (7.2.4, 7.3.1); a page
    that lost the line break between them runs the number into the title,
    '某教发[2015]1号关于印发…的通知': a title opens on its organ or on 关于,
    never on a number, so the number ends the 版头 and the title is what
    follows it, as where a space parts them."""
    title = "关于印发《某某省教育厅2015年工作要点》的通知"
    docs = _documents(NOTICE + ["某某省教育厅文件", number + title] + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某教发〔2015〕1号"  # (brackets as GB/T 9704 7.2.4 prints them)
    assert (docs[1].issuers, docs[1].date) == (["某某省教育厅"], "2015-03-10")


# ---------------------------------------------------------------- the close run into the body's last line

@pytest.mark.parametrize("columns", [None, 22, 24, 26])
@pytest.mark.parametrize("annexed", [True, False])
def test_a_signature_and_date_run_into_the_last_line_are_the_close(annexed, columns):
    """GB/T 9704 prints the 附件说明 under the body (7.3.4) and the 署名 and
    成文日期 under that, each on a line of its own (7.3.5); a page that lost
    its line breaks runs them into the body's last sentence, a space where
    each break was: '…贯彻落实。 附件：X 某某省教育厅 2015年3月10日'. An
    organ's name, then the date, after the sentence's stop is no sentence of
    the body: the close, signed and dated."""
    annex = "附件：某某省教育厅2015年工作要点 " if annexed else ""
    body = ["各县（市、区）教育局，各高等学校：",
            f"现将《某某省教育厅2015年工作要点》印发给你们，请认真抓好贯彻落实。 {annex}某某省教育厅 2015年3月10日"]
    docs = _documents(NOTICE + ["关于印发《某某省教育厅2015年工作要点》的通知"] + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], "关于印发《某某省教育厅2015年工作要点》的通知"]
    assert (docs[1].issuers, docs[1].date) == (["某某省教育厅"], "2015-03-10")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_that_names_an_organ_and_a_date_is_no_close(columns):
    """The close follows the sentence's stop: an organ and a date inside a
    sentence ('经某某省教育厅 2015年3月10日批准，…') are the sentence's."""
    body = ["各县（市、区）教育局：", "本要点经某某省教育厅 2015年3月10日批准，请认真抓好贯彻落实。", "某某省教育厅",
            "2015年3月12日"]
    docs = _documents(NOTICE + ["关于印发《某某省教育厅2015年工作要点》的通知"] + body, columns)
    assert (docs[1].issuers, docs[1].date) == (["某某省教育厅"], "2015-03-12")


# ---------------------------------------------------------------- an item's units in brackets after its stop

PLAN_NOTICE = ["某某市人民政府办公室关于印发2023年某某市重点工作任务分工方案的通知", "各县（市、区）人民政府，市政府各部门：",
               "《2023年某某市重点工作任务分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。", "某某市人民政府办公室",
               "2023年3月1日", "2023年某某市重点工作任务分工方案"]
ITEMS = ["一、加快产业转型升级",
         "（一）做强先进制造业。实施产业基础再造工程，推动传统产业改造提升。（牵头单位：市工业和信息化局；责任单位：各县市区人民政府）",
         "1.培育龙头企业。支持骨干企业兼并重组，年内新增规模以上工业企业50家。（牵头单位：市发展改革委；责任单位：市财政局、市商务局）",
         "（1）完善企业梯度培育库。（市工业和信息化局负责）",
         "（2）落实奖补政策。（市财政局牵头，各县市区人民政府按职责分工负责）",
         "2.扩大有效投资。全年实施重点项目200个。（牵头单位：市发展改革委）",
         "（二）壮大现代服务业。推动生产性服务业向专业化延伸。（牵头单位：市商务局）",
         "二、持续改善民生", "（一）稳定就业。城镇新增就业2万人。（责任单位：市人力资源社会保障局）",
         "（二）优化审批服务。全面实施行政许可事项清单管理。（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，"
         "市级各有关部门及各县市区人民政府按职责分工负责）"]


@pytest.mark.parametrize("columns", [None, 16, 18, 19, 20, 21, 24, 25, 26])
def test_the_units_in_brackets_after_an_items_stop_are_the_items(columns):
    """A 分工方案 or 工作要点 names after each item's sentence, in brackets,
    the units that carry it out ('（牵头单位：…；责任单位：…）', '（…牵头，…
    按职责分工负责）'): a note after the stop, which ends the item's
    sentence with it, not a paragraph of its own, wherever the wrap set the
    bracket at a line's head."""
    docs = _documents(NOTICE + PLAN_NOTICE + ITEMS, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLAN_NOTICE[0]]
    blocks = docs[1].parts[1].blocks
    assert [type(b).__name__ for b in blocks] == ["Provision"] * len(ITEMS)
    assert [b.label + b.heading + b.text for b in blocks] == ITEMS


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_note_under_the_body_in_brackets_is_no_items(columns):
    """A 附注 in brackets under the close ('（此件公开发布）', '（联系人：…）',
    GB/T 9704 7.3.6) names no unit that carries an item out: it stays a line
    of its own."""
    body = ["各县（市、区）人民政府：", "请各单位认真贯彻落实。", "（联系人：张某，联系电话：1234567）",
            "某某市人民政府办公室", "2023年3月1日"]
    docs = _documents(NOTICE + ["某某市人民政府办公室关于做好春耕工作的通知"] + body, columns)
    texts = [b.text for b in docs[1].parts[0].blocks]
    assert "（联系人：张某，联系电话：1234567）" in texts
