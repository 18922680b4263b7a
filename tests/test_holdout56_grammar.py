"""The document grammar on layouts of the fifty-sixth held-out set's kind
(issue #11): notices that issue a year's 工作要点 or a 任务分工方案, and the
texts whose items name the units that carry them out. Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped at
a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
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


# ---------------------------------------------------------------- a task table printed one cell a line

LIST_NOTICE = ["某某县人民政府办公室关于印发2023年某某县重点任务清单的通知", "各乡镇人民政府，县政府各部门：",
               "《2023年某某县重点任务清单》已经县政府同意，现印发给你们，请认真抓好落实。", "某某县人民政府办公室",
               "2023年2月10日", "附件", "2023年某某县重点任务清单"]
HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "责任单位", "完成时限"]
ROWS = [["1", "推进城市更新", "实施老旧小区改造12个，改造面积30万平方米。完成城区雨污分流改造。", "县住房城乡建设局",
         "各街道办事处、县财政局", "2023年10月底前"],
        ["2", "提升农业质效", "完成高标准农田建设3万亩，粮食播种面积稳定在50万亩以上。", "县农业农村局", "各乡镇人民政府",
         "2023年12月底前"],
        ["3", "壮大工业经济", "新增规模以上工业企业10家，工业投资增长15%。", "县工业和信息化局", "县发展改革委、县科技局", "全年"]]
SHORT_ROWS = [[cell.split("，")[0] for cell in row] for row in ROWS]


@pytest.mark.parametrize("rows", [ROWS, SHORT_ROWS], ids=["sentences", "words"])
def test_a_task_table_one_cell_a_line_under_its_serial_header_is_a_table(rows):
    """A 重点任务清单 printed as a web page gives its cells, one a line: '序号'
    and the columns' labels, then each row opening on its serial. The labels
    are cells, though one ends as a kind word does ('具体措施'): no title's
    lines (the 附件's title is the line above them); and the serials 1, 2, 3,
    the header's count of lines apart, frame the rows, so a cell may hold a
    task's sentences."""
    docs = _documents(NOTICE + LIST_NOTICE + HEADER + [cell for row in rows for cell in row], None)
    assert [d.title for d in docs] == [NOTICE[0], LIST_NOTICE[0]]
    annex = docs[1].parts[1]
    assert annex.title == "2023年某某县重点任务清单"
    tables = [b for b in annex.blocks if type(b).__name__ == "Table"]
    assert len(tables) == 1 and len(annex.blocks) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == [HEADER] + rows


def test_sentences_under_a_serial_header_that_are_no_rows_stay_paragraphs():
    """Lines under a '序号' header that do not open on the serials 1, 2 …
    its count of lines apart are no rows: they stay the text's."""
    body = HEADER + ["1", "推进城市更新", "实施老旧小区改造12个，改造面积30万平方米。", "县住房城乡建设局",
                     "请各单位按时报送进展情况。"]
    docs = _documents(NOTICE + LIST_NOTICE + body, None)
    annex = docs[1].parts[1]
    assert not [b for b in annex.blocks if type(b).__name__ == "Table"]
    assert "请各单位按时报送进展情况。" in [b.text for b in annex.blocks]


# ---------------------------------------------------------------- a date that closes the bracket above

DATED_ITEMS = ["一、加快产业转型升级",
               "1.培育龙头企业。支持骨干企业兼并重组。（牵头单位：市发展改革委；完成时限：2023年12月31日）",
               "2.扩大有效投资。全年实施重点项目200个，完成投资300亿元。（牵头单位：市发展改革委；责任单位：各县市区人民政府；"
               "完成时限：2023年6月30日）",
               "3.优化营商环境。（牵头单位：市行政审批局，2023年9月30日前完成）",
               "二、持续改善民生", "4.稳定就业。城镇新增就业2万人。（责任单位：市人力资源社会保障局；完成时限：2023年12月31日）"]


@pytest.mark.parametrize("columns", [None, 18, 19, 20, 30, 36, 37])
def test_a_date_that_closes_a_bracket_opened_above_is_no_date_line(columns):
    """An item's note may end on its deadline ('…；完成时限：2023年6月30日）');
    where the wrap sets the date and the closing bracket alone on a line,
    that line closes a clause opened above: no 成文日期 (GB/T 9704 7.3.5: the
    date stands alone under the signature, or in brackets of its own), so
    it neither ends the text nor opens a paragraph."""
    docs = _documents(NOTICE + PLAN_NOTICE + DATED_ITEMS, columns)
    assert [d.title for d in docs] == [NOTICE[0], PLAN_NOTICE[0]]
    assert [p.title for p in docs[1].parts] == [PLAN_NOTICE[0], PLAN_NOTICE[-1]]
    blocks = docs[1].parts[1].blocks
    assert [b.label + b.heading + b.text for b in blocks] == DATED_ITEMS


# Sweep at seeds 15-20 (2026-12-04): holdout56's 吉林 notice, its 附件说明 and signature stored on one line and
# wrapped after the province's first character.
MARKED_PROVINCE_CUT = ["某林省教育厅文件", "某教发[2015]1号关于印发《某林省教育厅2015年工作要点》的通知",
                       "各市(州)教育局,各高等学校:", "现将《某林省教育厅2015年工作要点》印发给你们,请认真抓好贯彻落实。",
                       " 附件:某林省教育厅2015年工作要点 某", "林省教育厅 2015年3月10日"]


def test_a_signer_cut_after_its_provinces_first_character_is_the_organ_its_mark_names():
    """A title that leaves its organ out ('关于印发…的通知') names none to mend a
    signer by; the 发文机关标志 over it ('…文件') does, and no province is one
    character and 省 ('林省教育厅')."""
    [doc] = convert("\n".join(MARKED_PROVINCE_CUT).encode("utf-8"), "x/x.txt", "x").documents
    assert (doc.issuers, doc.date) == (["某林省教育厅"], "2015-03-10")


def test_a_signer_the_mark_does_not_end_with_stays():
    lines = MARKED_PROVINCE_CUT[:4] + ["某省教育厅", "2015年3月10日"]
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    assert doc.issuers == ["某省教育厅"]
