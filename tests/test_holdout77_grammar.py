"""The document grammar on layouts of the seventy-seventh held-out set's kind
(issue #11): notices that convene a meeting, a training course, an exam or an
event (关于召开…会议的通知, 关于举办…培训班的通知, …考试报名的通知, 通告 of an
open day), with their practical parts (时间, 地点, 参会人员, 有关事项, contacts,
附件). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

MEETING_BODY = ["为推进春季造林工作，定于3月10日召开现场推进会，现将有关事项通知如下：", "一、会议时间", "3月10日上午9:00。",
                "二、参会人员", "各镇分管负责同志。", "联系人:王某某,电话:0571-12345678"]


# ---------------------------------------------------------------- a group's 版头

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("group", ["某某市美丽村庄建设专项行动组", "某某县春季造林工作组", "某某市农村人居环境整治协调小组"])
def test_a_groups_masthead_heads_its_notice_and_names_its_issuer(group, columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the issuer's name and 文件; a body
    a government sets up for one task (a 行动组, a 工作组, a 协调小组) signs by
    its group's name, as a 领导小组 does. Over the 发文字号 and a title that
    names no organ, the mark opens the notice and, nothing signed, names its
    issuer."""
    title = "关于召开全市春季造林现场推进会的通知"
    docs = _documents(NOTICE + [group + "文件", "某美组发〔2018〕8号", title, "各镇街道,市级机关有关部门:"]
                      + MEETING_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [group]
    assert docs[1].doc_number == "某美组发〔2018〕8号"
    assert docs[0].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_ending_on_a_group_is_no_signature(columns):
    """Control: a body's sentence that ends on the group it sets up ('…成立
    春季造林工作领导小组'), cut by the wrap, goes on; the notice is signed
    below by its organ."""
    title = "某某县人民政府关于成立春季造林工作组的通知"
    docs = _documents([title, "各乡镇人民政府：", "为做好春季造林工作，县政府决定成立春季造林工作组。工作组办公室设在县林业局。",
                       "某某县人民政府", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


# ---------------------------------------------------------------- a 发文字号 run into the 主送

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_number_run_into_the_addressees_is_parted(columns):
    """GB/T 9704 prints the 发文字号 on its line (7.2.4) and the 主送机关 under
    the title (7.3.2); a page that lost the break between them runs the 主送 on
    after the number ('某国土资发〔2012〕313号某宁、某原县国土资源局、…单位:').
    The number is the document's, the rest its 主送."""
    title = "关于举办全市“国土杯”职工体育运动会的通知"
    addressees = "某宁、某原县国土资源局、某某区各镇(乡)、机关、企事业单位"
    docs = _documents(NOTICE + [title, "某国土资发〔2012〕313号" + addressees + ":",
                                "为丰富干部职工文体生活，现将有关事项通知如下：", "一、比赛时间、地点", "定于2012年6月23日在市体育馆进行。",
                                "某某市国土资源局", "二O一二年六月八日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某国土资发〔2012〕313号"
    assert (docs[1].addressees or "").replace("（", "(").replace("）", ")") == addressees
    assert docs[1].date == "2012-06-08"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_opening_on_a_cited_number_keeps_it(columns):
    """Control: a body whose first sentence opens on the number of the text it
    applies ('某政办发〔2012〕3号文件印发以来，…') under the 主送 is the body's:
    no 主送 ends it, the document's own number is none."""
    title = "某某县人民政府办公室关于做好春季植树造林工作的通知"
    docs = _documents([title, "各乡镇人民政府：", "某政办发〔2012〕3号文件印发以来，各乡镇积极推进造林工作，现将有关事项通知如下：",
                       "一、各乡镇要在3月底前完成造林任务。", "某某县人民政府办公室", "2013年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].doc_number, docs[0].addressees) == (None, "各乡镇人民政府")


# ---------------------------------------------------------------- a 主送 by 有关

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("addressees", ["有关市(州)、县(市、区)农业(农牧)局(委),有关种子企业",
                                        "有關市(州)、縣(市、區)農業局,有關種子企業"])
def test_a_class_addressed_by_youguan_is_the_addressees(addressees, columns):
    """GB/T 9704 7.3.2: the 主送 names the organs addressed, or their class:
    有关 addresses a class as 各 does, by the level and the levels under it in
    brackets ('有关市(州)、县(市、区)农业局') or by the bodies the meeting
    concerns ('有关种子企业'), in either script."""
    title = "关于召开全省种子产业发展推进会的通知"
    docs = _documents(NOTICE + [title, addressees + ":"] + MEETING_BODY + ["二〇一二年五月二十四日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].addressees or "").replace("（", "(").replace("）", ")").replace("，", ",") == addressees
    assert docs[1].date == "2012-05-24"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_opening_on_youguan_in_the_body_stays_the_bodys(columns):
    """Control: further down the body, a sentence that opens on the class it
    asks to act ('有关县(市、区)要做好以下三项工作:') is the body's, under the
    paragraph above: no 主送 of a second document, nor of the first."""
    title = "某某市农业农村局关于做好春季农业生产工作的通知"
    docs = _documents([title, "各县(市、区)农业农村局:", "为做好今年春季农业生产工作，现将有关事项通知如下。",
                       "有关县(市、区)要做好以下三项工作:", "一、抓好春播备耕。", "二、抓好农资供应。",
                       "某某市农业农村局", "2021年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].addressees or "").replace("（", "(").replace("）", ")") == "各县(市、区)农业农村局"
    assert (docs[0].issuers, docs[0].date) == (["某某市农业农村局"], "2021-03-01")



# ---------------------------------------------------------------- a headline's title and bare number

SPACED_EXAM = ["关于某某考试报名的通知", "各有关单位:", "现将有关事项通知如下:",
               "考试地点:某某市某某区某某乡100号某某教育科 技有限公司6楼"]  # a PDF's text: a space inside a word


@pytest.mark.parametrize("gap,columns", [("", None), ("", 18), ("", 20), ("", 26), ("  ", None)])
def test_a_headline_with_its_bare_number_after_the_title_is_parted(gap, columns):
    """A web page's headline may set the 发文字号 after the title, spaces
    between and no brackets ('关于召开…推进会议的通知  某农园办发〔2016〕11号'),
    and a file whose text a scanner or a PDF spaced has those spaces closed up
    with the others ('…的通知某农园办发〔2016〕11号'). GB/T 9704 prints the number
    on its own line (7.2.4): the title ends on its kind word, the number is
    the document's."""
    title = "关于召开2016年全省现代高效农业示范园区建设推进会议的通知"
    docs = _documents(SPACED_EXAM + [title + gap + "某农园办发〔2016〕11号", "各市、自治州人民政府,省直各有关单位:"]
                      + MEETING_BODY, columns)
    assert [d.title for d in docs] == [SPACED_EXAM[0], title]
    assert docs[1].doc_number == "某农园办发〔2016〕11号"
    assert docs[1].addressees == "各市、自治州人民政府，省直各有关单位"


# A notice whose 附件 is a list of the units that attend, its rows run on with colons and semicolons, the store's
# excerpt ending on a row with no stop.
ANNEXED_LIST = ["某某省农业厅关于召开农业园区建设经验交流会议的通知", "各市(州)农业局:",
                "经研究，决定召开全省农业园区建设经验交流会议，参会单位见附件。", "某某省农业厅", "2016年3月1日",
                "附件", "参会单位及经验交流单位名单", "一、参会单位",
                "有关农业(农牧)局(委):甲市农委,乙市、丙市、丁市农业(农牧)局;甲市某区、乙县、丙县农业局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_with_its_bare_number_under_an_annexed_list_is_parted(columns):
    """The same headline and bare number (GB/T 9704 7.2.4), its 主送 under
    it (7.3.2), right under the last row of the notice above's annexed list
    (the 附件 mark, the list's name, its heading '一、参会单位', rows holding
    colons and semicolons): the number is the headline's document's, not an
    annexed 请示's printed under the mark (the lines between the mark and a
    title it heads are that title's, no heading or row), and the title
    opens its own document though the row above stops without a stop: a
    sentence that cites a title and its number goes on with words, not with
    organs and a colon."""
    title = "关于召开2016年全省现代高效农业示范园区建设推进会议的通知"
    docs = _documents(ANNEXED_LIST + [title + "  某农园办发〔2016〕11号", "各市、自治州人民政府,省直各有关单位:"]
                      + MEETING_BODY, columns)
    assert [d.title for d in docs] == [ANNEXED_LIST[0], title]
    assert docs[1].doc_number == "某农园办发〔2016〕11号"
    assert docs[1].addressees == "各市、自治州人民政府，省直各有关单位"


def test_a_title_and_number_cited_in_a_row_that_goes_on_stay_the_rows():
    """Control: the same annexed list whose next row names a notice by its
    title and bare number and goes on with the list's words under it: no 主送
    under the number, so the row is the annex's text and no document opens.
    (One line a paragraph: hard-wrapped, such a row reads as a headline
    already, as it did before this rule.)"""
    row = "关于召开2016年全省现代高效农业示范园区建设推进会议的通知  某农园办发〔2016〕11号"
    docs = _documents(ANNEXED_LIST + [row, "确定的示范园区(各1人)。"], None)
    assert [d.title for d in docs] == [ANNEXED_LIST[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_list_naming_texts_and_their_numbers_stays_a_list(columns):
    """Control: a list's items that name texts by title and bare number
    ('1.关于做好春耕工作的通知某政办发〔2016〕3号') are the body's items: no title."""
    title = "某某县人民政府关于废止部分规范性文件的通知"
    docs = _documents([title, "各乡镇人民政府：", "经清理，县政府决定废止以下文件：",
                                            "1.关于做好春耕工作的通知某政办发〔2016〕3号",
                                            "2.关于加强森林防火工作的通知某政办发〔2016〕5号", "某某县人民政府", "2021年3月1日"],
                      columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].date, len(docs[0].provisions)) == ("2021-03-01", 2)


# ---------------------------------------------------------------- a date run in after the last sentence

TRAINING = "关于举办除“四害”知识培训班的通知"
TRAINING_RUN = (TRAINING + "县直各部门:为做好全县除“四害”防病工作，县爱卫办决定举办除“四害”知识培训班，具体事宜如下："
                "一、时间。定于5月6日上午8时开班。二、授课地点。县疾病中心会议室。三、具体要求。参加人员要遵守会场纪律。")
OPEN_DAY = ["某某市人民政府办公室", "关于2017年邀请公民代表走进政府", "活动的通告",
            "为进一步密切市政府与人民群众的联系，市政府决定开展活动。现将有关事项通告如下:", "一、活动内容",
            "参观市政府相关工作部门。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("date", ["二〇一一年五月十七日", "2011年5月17日"])
def test_a_date_run_in_after_the_last_sentence_closes_the_notice(date, columns):
    """GB/T 9704 7.3.5 sets the 成文日期 on its own line under the body; a page
    that stores a notice as one paragraph and lost its signature runs the date
    in after the last sentence ('…遵守会场纪律。二〇一一年五月十七日'). No
    sentence ends on a whole date after its stop: it is the notice's date, and
    closes it; the next notice, titled over three lines under its organ, is
    one of its own."""
    docs = _documents([TRAINING_RUN + date] + OPEN_DAY, columns)
    assert [d.title for d in docs] == [TRAINING, "某某市人民政府办公室关于2017年邀请公民代表走进政府活动的通告"]
    assert (docs[0].date, docs[0].addressees) == ("2011-05-17", "县直各部门")
    assert docs[1].issuers == ["某某市人民政府办公室"]


def test_a_sentence_opening_on_a_date_at_a_lines_end_goes_on():
    """Control: a sentence that opens on a date the wrap left at its line's end
    ('…通知如下。2021年3月1日' / '起，全市统一实行新标准。') goes on under it: no
    date of the notice, which its date line gives."""
    title = "某某县人民政府关于调整春季造林补助标准的通知"
    docs = _documents([title, "各乡镇人民政府：", "经研究，现将有关事项通知如下。2021年3月1日", "起，全县统一实行新的造林补助标准。",
                       "某某县人民政府", "2021年2月1日"], None)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-02-01")


@pytest.mark.parametrize("columns", [None, 26])
def test_an_issuing_title_with_its_bare_number_ends_on_its_own_kind(columns):
    """The title of a notice that issues a text names the text's kind before its
    own ('…管理办法的通知某政〔2009〕3号'): it ends on its own kind word, the last."""
    title = "某市人民政府关于印发某市价格调节基金管理办法的通知"
    docs = _documents(SPACED_EXAM + [title + "某政〔2009〕3号", "各县（市、区）人民政府：",
                                     "《某市价格调节基金管理办法》已经市政府常务会议通过，现印发给你们。", "二○○九年七月一日"], columns)
    assert [d.title for d in docs] == [SPACED_EXAM[0], title]
    assert docs[1].doc_number == "某政〔2009〕3号"


# ---------------------------------------------------------------- a long 主送 under the title

LONG_ADDRESSEES = ("各县(市、区)住房和城乡建设局、某某经济技术开发区建设交通局、某某风景名胜区住房和城乡建设局、"
                   "某某高铁经济试验区建设交通局、各有关单位")


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_long_list_of_addressees_frames_the_title_above_it(columns):
    """GB/T 9704 7.3.2: the 主送 may list many organs by their full names, sixty
    characters and more, which a narrow measure wraps over many lines; ending
    in its colon, it frames the title above it as a shorter one does (on one
    line, it was read so already)."""
    title = "关于2022年10月份建筑施工企业“三类人员”和“特种作业人员”计算机网络考试报名的通知"
    docs = _documents(NOTICE + [title, LONG_ADDRESSEES + ":", "根据有关要求，现将有关事项通知如下：", "一、网络考试报名时间",
                                "2022年10月20日-10月31日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].addressees or "").replace("（", "(").replace("）", ")") == LONG_ADDRESSEES


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_quoting_a_title_before_a_long_list_stays_whole(columns):
    """Control: a body's sentence that quotes a notice's title and goes on to
    the organs it asks to act ('…按照《关于…的通知》要求，各县(市、区)…、各有关
    单位要做好以下工作:') is one sentence: no title, no 主送 of a next document."""
    title = "某某市住房和城乡建设局关于做好建筑施工安全工作的通知"
    docs = _documents([title, "各县(市、区)住房和城乡建设局:",
                       "按照《关于2022年10月份建筑施工企业计算机网络考试报名的通知》要求，" + LONG_ADDRESSEES
                       + "要做好以下工作:", "一、做好考试组织工作。", "某某市住房和城乡建设局", "2022年10月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].date, len(docs[0].provisions)) == ("2022-10-01", 1)


# ---------------------------------------------------------------- a list of units over the next title

UNITS_LISTED = ["关于召开全省种子产业发展推进会的通知", "有关市(州)农业局:", "现将有关事项通知如下：", "二〇一二年五月二十四日", "附件",
                "参会单位名单", "一、参会单位", "某阳市游仙区、某潼县、某山市东坡区、某山县、某崃市、某昌市、某江县农业局"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_list_of_places_ending_on_an_organ_heads_no_title(columns):
    """A text may end on a list of the units it names, places parted by 、, the
    last ending in an organ's name ('…、某昌市、某江县农业局'). GB/T 9704 7.3.1:
    the title's 发文机关 names the organs that issue it, each whole ('财政部、
    教育部关于…'): such a list over '关于…的通知' is the text above's end."""
    title = "关于2022年10月份建筑施工企业计算机网络考试报名的通知"
    docs = _documents(UNITS_LISTED + [title, "各县(市、区)住房和城乡建设局:", "现将有关事项通知如下：", "一、网络考试报名时间"],
                      columns)
    assert [d.title for d in docs] == [UNITS_LISTED[0], title]


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_organs_over_guanyu_are_the_titles(columns):
    """Control: the organs that issue a text jointly, parted by 、 on the line
    over '关于…' (GB/T 9704 7.3.1), are its title's first words."""
    docs = _documents(NOTICE + ["某某市财政局、某某市教育局", "关于做好2022年学生资助资金管理工作的通知", "各县(市、区)财政局、教育局:",
                                "现将有关事项通知如下：", "一、加强资金管理。", "某某市财政局　某某市教育局", "2022年3月1日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市财政局、某某市教育局关于做好2022年学生资助资金管理工作的通知"]


@pytest.mark.parametrize("columns", [18, 26])
@pytest.mark.parametrize("below", ["（星期六）上班。", "（星期六）起，全县统一实行新的作息时间。"])
def test_a_date_the_wrap_left_after_a_stop_goes_on_with_its_sentence(below, columns):
    """Control: a sentence that opens on a date, cut right after it, goes on
    under it with its weekday in brackets: the text's date is its date
    line's. (A sentence that goes on with the words the date governs, under
    a line the wrap filled, is read so by its measure: holdout21's '…施行。
    1998年3月12日' / '原国家…令第51号公布的…' printed with numbers.)"""
    title = "某某县人民政府办公室关于2019年元旦放假安排的通知"
    docs = _documents([title, "各乡镇人民政府：", "现将有关事项通知如下：第四条 本办法自2020年1月1日起施行，国务院同意调整作息。"
                       "2018年12月29日", below, "某某县人民政府办公室", "2018年12月4日"], columns)
    assert [d.title for d in docs] == [title]
    assert docs[0].date == "2018-12-04"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_tables_row_naming_a_text_and_its_number_is_no_title(columns):
    """Control: a table's row names a text and its 发文字号 after its serial
    ('1 关于城市规划建设管理规定的通知 某市府发〔2000〕65号'): a row, no headline."""
    title = "某某市人民政府关于废止部分政策性文件的决定"
    docs = _documents([title, "市政府决定废止下列文件。", "附件1:某某市人民政府决定废止的政策性文件目录", "序号 文件名称 发布机关及文号 说明",
                       "1 关于城市规划建设管理规定的通知 某市府发〔2000〕65号 ", "1、制定依据发生了重大变化。"], columns)
    assert [d.title for d in docs] == [title]


@pytest.mark.parametrize("head", [
    ["附一：某省高级人民法院关于水路运输货", "物索赔期是否属于“法律另有规定”的短期", "诉讼时效的问题的请示报告 某法经字〔1", "988〕第294号"],
    ["附一：某省高级人民法院关于水路运输货物索赔期是否属于", "“法律另有规定”的短期诉讼时效的问题的请示报告 某法经字〔1988〕第294号"]])
def test_an_annexed_request_cited_with_its_bare_number_is_no_headline(head):
    """Control: a reply prints the 请示 it answers as its 附件, the heading
    citing the request's number after its title ('附一：某省高级人民法院关于…
    的请示报告 某法经字〔1988〕第294号'); on a narrow page's lines the title's
    last line and the number read as a headline's, but the 附件's mark above
    them says whose they are: the reply stays one document."""
    reply = "最高人民法院关于水路货物运输中索赔期问题的复函"
    docs = _documents([reply, "某省高级人民法院：", "你院请示报告收悉。经研究，答复如下：索赔期应按有关规定办理。", "特此函复。"]
                      + head + ["最高人民法院：", "关于我院受理的上诉人某航运公司与被上诉人某保险公司赔偿纠纷上诉一案，请批示。"], None)
    assert [d.title for d in docs] == [reply]
