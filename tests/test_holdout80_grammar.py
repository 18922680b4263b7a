"""The document grammar on layouts of the eightieth held-out set's kind
(issue #11): everyday documents of 新疆 (the 兵团), 甘肃 and 贵州 as their
sites, mirrors and forums store them (a title that names its lead organ and
counts the rest, '…等10部门'; a 发文字号 whose figures a mirror stripped; a
text whose excerpt ends on its signature under '特此通告!', a title of joint
issuers right under it; a signature whose name joins two places by a dash).
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from tests.devset.layout import laid_out
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a lead organ and the others counted

LEAD_AND_OTHERS = ["某某省发展和改革委员会等8部门", "关于印发某某省特色产业园区认定清单的通知", "某发改产业〔2022〕12号",
                   "各市(州)人民政府:", "现将认定清单印发给你们，请按照有关要求做好园区建设工作。",
                   "某某省发展和改革委员会", "某某省财政厅", "2022年3月1日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("others", ["等8部门", "等八个单位"])
def test_a_lead_organ_counting_the_others_heads_its_title(others, columns):
    """GB/T 9704 7.2.5: a title of many joint issuers may name the lead
    organ and count the others ('XX省发展和改革委员会等8部门关于…'); a page
    that breaks the title after them sets that line over '关于…的通知'. It is
    the title's first line, as one organ's name alone would be: the title
    names them all, and the text above ends on its date."""
    lead = "某某省发展和改革委员会" + others
    docs = _documents(NOTICE + [lead] + LEAD_AND_OTHERS[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], lead + LEAD_AND_OTHERS[1]]
    assert (docs[1].doc_number, docs[1].date) == ("某发改产业〔2022〕12号", "2022-03-01")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_counted_row_under_a_caption_is_no_title_line(columns):
    """Control: a list under its caption ('协办单位：') whose last row names
    one organ and counts the others ('某某市商务局等3个单位') is the text's
    list, though the next title opens on '关于' right under it (that text's
    title without its organ): the row stays the list's."""
    title = "关于开展2023年消费促进月活动的通知"
    docs = _documents(["某某市人民政府办公室关于举办2023年迎春购物节的通知", "各区人民政府：",
                       "现将购物节有关事项通知如下：", "协办单位：", "某某市商务局等3个单位",
                       title, "各区商务局：", "现将活动方案印发给你们，请认真组织实施。", "某某市商务局",
                       "2023年3月1日"], columns)
    assert [d.title for d in docs] == ["某某市人民政府办公室关于举办2023年迎春购物节的通知", title]


# ---------------------------------------------------------------- a 发文字号 whose figures were stripped

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_whose_figures_a_page_stripped_is_the_number(columns):
    """GB/T 9704 7.2.4 prints the 发文字号 (代字, year in 〔〕, serial, 号) on a
    line of its own under the 版头 or the title. A mirror that strips a
    page's figures leaves the 代字, the empty brackets and 号 ('某发改规划〔〕号'):
    that line is the number as printed, kept as it is, and no title goes on
    it, though its 代字 ends as a kind word does (规划)."""
    title = "某某省发展和改革委员会关于印发某某省特色小镇创建清单的通知"
    docs = _documents(NOTICE + [title, "某发改规划〔〕号", "各市(州)人民政府:",
                                "现将清单印发给你们，请按照有关要求做好特色小镇规范健康发展工作。",
                                "某某省发展和改革委员会", "2021年12月31日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].doc_number, docs[1].addressees) == ("某发改规划〔〕号", "各市（州）人民政府")


@pytest.mark.parametrize("columns", [None, 26])
def test_a_stripped_number_cited_in_a_sentence_is_no_number(columns):
    """Control: a stripped number cited inside a sentence ('按照《…的通知》
    (某政办发〔〕号)要求，') is the sentence's: the text's own number, on its
    line under the title, is the one read."""
    title = "某某县人民政府办公室关于做好春季森林防火工作的通知"
    docs = _documents([title, "某政办发〔2021〕3号", "各乡镇人民政府：",
                       "按照《某某市人民政府办公室关于加强森林防火工作的通知》(某政办发〔〕号)要求，现就有关事项通知如下：",
                       "一、加强巡查。", "某某县人民政府办公室", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].doc_number == "某政办发〔2021〕3号"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_titles_tail_run_into_its_number_is_parted_as_before(columns):
    """Control: a title's last line run into its 发文字号 ('…编' / '制规定的通知
    某府办发〔2009〕47号') is no number alone (a 代字 never holds 的): the title
    goes on to its kind word and the number after it is the number."""
    title = "某某市人民政府办公厅关于印发某某市人民政府办公厅主要职责内设机构和人员编制规定的通知"
    docs = _documents(NOTICE + [title[:36], title[36:] + "某府办发〔2009〕47号", "各县(市)、区人民政府:",
                                "《规定》已经市政府同意，现印发给你们，请认真贯彻执行。", "某某市人民政府办公厅", "2009年9月10日"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某府办发〔2009〕47号"


# ---------------------------------------------------------------- a signature under the 结束语, no date under it

SIGNED_UNDATED = ["关于对外来人员进行登记的通告", "为做好疫情防控工作，现将有关事项通告如下：",
                  "请外来人员主动到所在社区登记。", "特此通告！", "某某师疫情防控工作指挥部"]
JOINT_TITLE = ["某某县应急管理局 某某县林业和草原局", "关于严禁在重点林区燃放烟花爆竹的通告",
               "为保障森林资源安全，现将有关事项通告如下：", "一、严禁燃放时间：自即日起至2024年5月31日。",
               "特此通告", "某某县应急管理局", "某某县林业和草原局", "2024年2月8日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_under_the_closing_formula_signs_the_text_above(columns):
    """GB/T 9704 7.3.5: the 署名 follows the 正文, which its 结束语 closes
    ('特此通告！'). One organ's name right under that formula signs the text
    above, though the excerpt ends before its date: it is that text's
    issuer, and no joint issuer of the title under it ('某某县应急管理局
    某某县林业和草原局' / '关于…的通告'), whose organs stand on its own first line."""
    docs = _documents(SIGNED_UNDATED + JOINT_TITLE, columns)
    assert [d.title for d in docs] == [SIGNED_UNDATED[0], "".join(JOINT_TITLE[:2]).replace(" ", "")]
    assert docs[0].issuers == ["某某师疫情防控工作指挥部"]
    assert docs[1].issuers == ["某某县应急管理局", "某某县林业和草原局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_issuers_under_a_signed_and_dated_text_head_their_title(columns):
    """Control: under a text signed and dated, a title's joint issuers on
    its first line ('XX局 XX局' / '关于…') are the title's, as before."""
    docs = _documents(NOTICE + JOINT_TITLE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(JOINT_TITLE[:2]).replace(" ", "")]
    assert docs[0].issuers == ["某某县人民政府"]


# ---------------------------------------------------------------- a name that joins two places by a dash

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("dash", ["—", "-"])
def test_a_signature_joining_two_places_by_a_dash_is_one_name(dash, columns):
    """A reserve or a scenic area over two mountains is named by both,
    joined by a dash ('太统—崆峒山国家级自然保护区管理局'); signed so, that is one
    organ's name, and the title's short name for it ('某山-某峰自然保护区管理局',
    the dash typed as a hyphen) names the same organ, not a second issuer."""
    title = "某山-某峰自然保护区管理局关于切实加强当前森林防火工作的紧急通知"
    docs = _documents(NOTICE + [title, "某保发〔2019〕146号", "各保护站:",
                                "近期持续干旱少雪，森林火险等级持续升高，请各保护站抓好落实。", "特此通知",
                                f"某省某山{dash}某峰国家级自然保护区管理局", "2019年12月16日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [f"某省某山{dash}某峰国家级自然保护区管理局"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_parted_by_a_double_dash_signs_nothing(columns):
    """Control: a line whose words a double dash parts ('某某县——全域旅游示范区')
    is a sentence's, no signature: the text's signature is the organ over
    its date."""
    docs = _documents(NOTICE[:3] + ["某某县——全域旅游示范区"] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signature_at_the_measure_under_the_closing_formula_goes_on_into_no_title(columns):
    """The same where the signer's name is as long as the measure
    ('某某师防治新型冠状病毒肺炎疫情指挥部' at 18 columns): a name under the 结束语
    is the signature, no line the wrap carries on into the title under it."""
    signed = SIGNED_UNDATED[:-1] + ["某某师防治新型冠状病毒肺炎疫情指挥部"]
    docs = _documents(signed + JOINT_TITLE, columns)
    assert [d.title for d in docs] == [signed[0], "".join(JOINT_TITLE[:2]).replace(" ", "")]
    assert docs[0].issuers == ["某某师防治新型冠状病毒肺炎疫情指挥部"]


# ---------------------------------------------------------------- joint issuers of one place, their space lost

LONG_JOINT_TITLE = ["某某县森林草原防灭火指挥部办公室 某某县林业和草原局", "关于严禁在重点林区燃放烟花爆竹的通告",
                    "为保障森林资源安全，现将有关事项通告如下：", "一、严禁燃放时间：自即日起至2024年5月31日。",
                    "特此通告", "某某县森林草原防灭火指挥部办公室", "某某县林业和草原局", "2024年2月8日"]


@pytest.mark.parametrize("printed, columns", [("as printed", columns) for columns in WIDTHS] + [("wrapped", 18)])
def test_joint_issuers_of_one_place_wrapped_inside_the_second_name_head_their_title(printed, columns):
    """GB/T 9704 7.2.5: joint issuers stand before 关于, parted by a space.
    Where the print's line (a text export keeps it) or the measure breaks
    their line inside the second name, at its place ('…指挥部办公室 某' /
    '某县林业和草原局'), the space before that one character reads as a
    scanner's and is closed up: names that each end as organ names end,
    each beginning with the first one's place, are still the title's
    issuers, the line above them ending the text above. (The measure
    breaks the line inside the second name at 18 columns only.)"""
    title = LONG_JOINT_TITLE if printed == "wrapped" else \
        ["某某县森林草原防灭火指挥部办公室 某", "某县林业和草原局"] + LONG_JOINT_TITLE[1:]
    docs = _documents(NOTICE + title, columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(LONG_JOINT_TITLE[:2]).replace(" ", "")]
    assert docs[1].issuers == ["某某县森林草原防灭火指挥部办公室", "某某县林业和草原局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_organs_name_over_about_is_no_pair_of_names(columns):
    """Control: one organ's long name over '关于…' ('某某县人民政府防汛抗旱指挥部办公室')
    is one issuer, though an ending (指挥部) comes inside it: the rest opens
    with no place's name."""
    title = "某某县人民政府防汛抗旱指挥部办公室关于做好汛期安全防范工作的通知"
    docs = _documents(NOTICE + ["某某县人民政府防汛抗旱指挥部办公室", "关于做好汛期安全防范工作的通知", "各乡镇人民政府：",
                                "现将有关事项通知如下：请各乡镇做好值班值守。", "某某县人民政府防汛抗旱指挥部办公室",
                                "2023年6月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某某县人民政府防汛抗旱指挥部办公室"]


# ---------------------------------------------------------------- a list's rows ending alike

TOWNS = ["附件", "某某省特色小镇创建清单", "某某市某区河口风情特色小镇", "某某市某县运动休闲特色小镇",
         "某某市某区平南文旅康养特色小镇"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_row_ending_as_the_row_above_goes_on_into_no_title(columns):
    """An 附件's 清单 lists names one a line, ending alike ('…特色小镇'); the
    last may come near the measure ('某某市某区平南文旅康养特色小镇' in a print
    of 18 columns, as a text export keeps its lines) without running on: a
    row that ends as the one above it, which stops short, ends there, and
    the title under it ('关于…的通告', its body under it) begins a document."""
    title = "关于对外来人员进行登记管理的有关事项的通告"
    notice = NOTICE[:4] + ["2021年3月1日"]
    printed = laid_out(notice + TOWNS + [title, "为做好疫情防控工作，现将有关事项通告如下：", "请外来人员主动到所在社区登记。",
                                         "某某县疫情防控工作指挥部", "2021年3月5日"], 18)
    docs = _documents(printed, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]


@pytest.mark.parametrize("columns", [18, 26])
def test_a_full_body_line_ending_as_the_line_above_runs_on(columns):
    """Control: a body line that fills the measure runs on into the next,
    though it ends with the words the line above ends with: the line above
    holds a sentence's punctuation (no row), and the words under it
    ('关于…的通知') are the sentence's."""
    docs = _documents(NOTICE[:2] + ["现将有关事项通知如下：请各乡镇抓好春季植树造林工作，落实造林工作，抓好造林工作责任，"
                                    "按照县政府关于做好春季植树造林工作的通知要求完成任务。"] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signature_joining_two_places_by_a_dash_wraps_as_one_name(columns):
    """The same name wrapped by a narrow measure ('甘肃某山—某峰国家级自然保护区管理' /
    '局', as a print of 18 columns sets it and a text export keeps it)
    goes on from its first line, dash and all: one signer."""
    title = "某山-某峰自然保护区管理局关于切实加强当前森林防火工作的紧急通知"
    signer = "甘肃某山—某峰国家级自然保护区管理局"
    printed = laid_out(NOTICE + [title, "某保发〔2019〕146号", "各保护站:",
                                 "近期持续干旱少雪，森林火险等级持续升高，请各保护站抓好落实。", "特此通知"], 18) \
        + [signer[:17], signer[17:], "2019年12月16日"]
    docs = _documents(printed, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [signer]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_items_last_line_is_no_piece_of_the_signers_name(columns):
    """GB/T 9704 7.3.4-7.3.5: the 附件说明 lists the 附件 by title ('附件：1.…',
    '2.…'), the 署名 under it. An item wrapped at the measure ends on its
    title's kind word ('2.…办公室关' / '于开展…督查工作的通知', as a print of 20
    columns sets it), however full that line: the name under it, over the
    date, is the signature alone, not that line's end."""
    title = "某某保护区管理局关于切实加强当前森林防火工作的紧急通知"
    printed = laid_out(NOTICE + [title, "某保发〔2019〕146号", "各保护站:",
                                 "现将两个文件转发你们，请各保护站按照文件精神抓好落实。", "特此通知"], 18) \
        + ["附件:1.某某省林业和草原局关于切实做好近期森", "林草原防火工作的紧急通知", "2.某某市某某区护林防火指挥部办公室关",
           "于开展森林草原防灭火督查工作的通知", "某山某峰国家级自然保护区管理局", "2019年12月16日"]
    docs = _documents(printed, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某山某峰国家级自然保护区管理局"]


# ---------------------------------------------------------------- a 主送 that names the 人民团体

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_class_of_mass_organisations_goes_on_in_the_addressees(columns):
    """GB/T 9704 7.3.2: the 主送 lists the organs a joint Party and
    government notice goes to, classes among them ('各人民团体', the mass
    organisations, as a 人民团体 is named); a line of the list the print
    ended after a name and its comma ('…,水城军分区,' / '各人民团体,…', as a
    print of 18 columns sets it) goes on to the colon."""
    addressees = ("各县、特区、区党委和人民政府,市委各部委,市级国家机关各部门,某某军分区,各人民团体,"
                  "各经济开发区党工委和管委会,省属驻市有关单位,市属企事业单位")
    title = "中共某某市委某某市人民政府关于实施2013年十大工程的通知"
    printed = laid_out(NOTICE + [title], 18) + [addressees[:18], addressees[18:37], addressees[37:55], addressees[55:] + ":"] \
        + laid_out(["为加快同步小康步伐，市委、市政府决定实施2013年十大工程。现将有关事项通知如下：", "一、产业园区建设工程"], 18)
    docs = _documents(printed, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].addressees == addressees.replace(",", "，")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_annex_item_with_no_kind_word_over_the_next_title_ends_there(columns):
    """Control: an item of the 附件说明 whose title has no kind word
    ('附件:2022年工作报告主要任务上半年落实情况', at the measure) over the next
    document's organ alone ('某某旗人民政府办公室' / '关于印发…的通知') leaves that
    title whole: a line that opens as a title does begins the next text."""
    title = "某某旗人民政府办公室关于印发2022年重点任务责任落实分工的通知"
    printed = laid_out(NOTICE[:3], 26) + ["附件:2022年工作报告主要任务上半年落实情况", "某某旗人民政府办公室",
                                          "关于印发2022年重点任务责任落实分工的通知", "各苏木乡镇人民政府：",
                                          "现将分工印发给你们，请认真贯彻落实。", "某某旗人民政府办公室", "2022年3月1日"]
    docs = _documents(printed, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_section_numbered_by_levels_is_no_annex_item(columns):
    """Control: a 预案's section heading numbered by levels ('1.3适用范围'),
    the excerpt ending on it, is no 附件说明 item: the 大事记 titled under it
    is a document of its own."""
    docs = _documents(["某某市人民政府办公厅关于印发某某市气象灾害应急预案的通知", "各区人民政府：",
                       "《预案》已经市政府同意，现印发给你们，请认真执行。", "某某市人民政府办公厅", "2020年9月15日",
                       "某某市气象灾害应急预案", "1.1编制目的", "为建立健全我市气象灾害应急响应机制，特制定本预案。", "1.2适用范围",
                       "大事记(2025年8月—9月)", "8月", "8月20日，州委书记会见某某集团董事长一行。"], columns)
    assert [d.title for d in docs] == ["某某市人民政府办公厅关于印发某某市气象灾害应急预案的通知", "大事记(2025年8月—9月)"]


# ---------------------------------------------------------------- 主送 cut mid-list (sweep at seeds 15-20, 2026-12-04)
# holdout80's 六盘水 and holdout77's 贵州 notices printed at 26 and 20 columns by seed 19: a 主送 over three lines.
CUT_BEFORE_DEPARTMENTS = ["某某市委某某市人民政府关于实施2013年十大工程的通知", "（某党发[2013〕2号）",
                          "各县、特区、区党委和人民政府,市委各部委,市级国家机关",
                          "各部门,某城军分区,各人民团体,各经济开发区党工委和管",
                          "委会,省属驻市有关单位,市属企事业单位:",
                          "为深入贯彻落实市委六届二次全会和2013年全市经济工作会",
                          "议精神,市委、市政府决定实施2013年十大工程。", "中共某某市委", "某某市人民政府", "2013年3月1日"]
CUT_AFTER_COMMA = ["关于召开2016年全省现代高效农业示范园", "区建设推进会议的通知", "某农园办发〔2016〕11号",
                   "各市、自治州人民政府,某安新区管委会,", "各县(市、区、特区)人民政府,省直各有", "关单位:",
                   "为加快推进全省农业示范园区建设经省人", "民政府同意决定召开2016年全省现代高效",
                   "农业示范园区建设推进会议,有关事项通", "知如下:", "一、会议时间、地点",
                   "9月19日(星期一)至9月20日(星期二)在某", "某市召开推进会议,会期一天半。",
                   "某某省农业示范园区建设工作领导小组办公室", "2016年9月5日"]


def _one(lines: list[str]):
    [doc] = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    return doc


def test_a_list_cut_before_its_class_of_departments_goes_on_under_it():
    """'…,市级国家机关' over '各部门,水城军分区,各人民团体,…' names '市级国家机关各部门' and more organs
    on the line the list goes on over: one 主送, to its colon two lines down."""
    assert _one(CUT_BEFORE_DEPARTMENTS).addressees == (
        "各县、特区、区党委和人民政府，市委各部委，市级国家机关各部门，某城军分区，各人民团体，各经济开发区党工委和管委会，"
        "省属驻市有关单位，市属企事业单位")


def test_a_list_cut_after_its_comma_goes_on_with_the_next_organ():
    """No 主送 ends on its comma: a line ending so, not full, over one more organ's name (its
    brackets read through), is cut mid-list."""
    assert _one(CUT_AFTER_COMMA).addressees == "各市、自治州人民政府，某安新区管委会，各县（市、区、特区）人民政府，省直各有关单位"


def test_a_body_opening_on_its_subjects_is_no_class_of_the_addressees():
    """A colon-less 主送 over the body's first sentence that opens on the classes it tells what to do."""
    doc = _one(["某某市人民政府关于做好防汛工作的通知", "各区人民政府,市政府各委办局",
                "各部门、各单位要认真贯彻落实本通知精神，切实做好防汛工作。", "某某市人民政府", "2021年6月1日"])
    assert doc.addressees == "各区人民政府，市政府各委办局"
