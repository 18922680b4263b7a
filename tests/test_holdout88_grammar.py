"""The document grammar on layouts of the eighty-eighth held-out set's kind
(issue #11): the records of a city's, county's or district's 常务会议 as its
portal publishes them (titled by the meeting, '区政府召开八届六十六次常务会议',
'2021年第十一次区政府常务会', '县政府常务会议召开'), and 公示 notices as web
pages store them (a title of its 事由 and 文种 alone run into its body, the
signature and date run in after the file an 附件说明 names). Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import kind_of

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a government's meeting named in its record's title

def _meeting(title: str) -> list[str]:
    return [title, "9月29日上午，区政府常务会议在区政府常务会议室召开，区长某某某主持会议并讲话。",
            "会议审议了某某区“十四五”规划编制、信访稳定、安全生产等七项议题。",
            "会议要求，各相关部门要继续抓好全区信访稳定工作，确保万无一失。",
            "出席会议的有：区政府班子（党组）全体成员。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["区政府召开八届六十六次常务会议", "某某区人民政府五届一百零四次常务会议",
                                   "2021年第十一次区政府常务会", "县政府常务会议召开", "某某市人民政府全体会议召开"])
def test_a_governments_meeting_titles_its_record(title, columns):
    """A 纪要 records a meeting (党政机关公文处理工作条例 第八条), and a portal
    titles its record of the government's own meetings by the meeting: the
    count after the government's term with no 第 ('八届六十六次常务会议', as
    '五届104次' drops it before figures), the government's short name before
    常务会 with or without its 议 ('第十一次区政府常务会'), or the 常务会议 or
    全体会议 with 召开 and no count ('县政府常务会议召开'). Under a signed
    notice such a title opens a record of its own."""
    docs = _documents(NOTICE + _meeting(title), columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "纪要" and docs[1].date is None


@pytest.mark.parametrize("text", ["会议要求在下次常务会议召开", "今年共召开了十二次常务会议", "请各部门在全体会议召开",
                                  "研究了三次常务会"])
def test_a_sentence_on_meetings_names_no_record(text):
    """Control: a sentence's words on meetings, with no government's name
    before 常务会议 or 全体会议 and no term before the count, end in no
    kind of document."""
    assert kind_of(text) is None


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_body_that_tells_of_the_governments_meeting_goes_on(columns):
    """Control: a notice's body that tells of the meeting ('…经县政府常务会议
    召开审议通过…' wrapped anywhere) opens no record: the notice stays whole."""
    body = ["某某县人民政府关于印发某某县城区停车管理办法的通知", "各乡镇人民政府，县政府各部门：",
            "《某某县城区停车管理办法》已于2024年3月5日县政府常务会议召开时审议通过，现印发给你们，请认真贯彻执行。",
            "某某县人民政府", "2024年3月8日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].date == "2024-03-08"


# ---------------------------------------------------------------- a 公示 titled by its 事由 and run into its body

SUBJECT_TITLE = "某某市2025年度拟开展评比表彰项目初审情况的公示"
SUBJECT_BODY = ("根据《某某评比达标表彰活动管理办法》规定，经初审，拟原则同意开展表彰项目共18项，现对拟开展表彰活动项目进行公示"
                "（5个工作日），如有不同意见，请于2025年4月21日前实名反映。")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_of_its_subject_alone_run_into_its_body_is_parted(columns):
    """GB/T 9704 7.2.5: a title may leave off its organ, its 事由 joined by
    的 to its 文种 ('…初审情况的公示'). A page that runs such a title into its
    body's first sentence, where a title stands (under a dated notice),
    is parted where the body opens as bodies open (根据, 为, 按照…), the wrap
    perhaps parting the opening word ('…的公示根' / '据《…')."""
    docs = _documents(NOTICE + [SUBJECT_TITLE + SUBJECT_BODY, "某某市民政局", "2025年4月14日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], SUBJECT_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["某某市民政局"], "2025-04-14")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_asking_for_a_notices_publication_is_no_title(columns):
    """Control: a body's paragraph that asks for a 公示 and then gives its
    ground ('请各乡镇认真做好拟表彰对象名单的公示根据…') opens as a sentence
    asks (请, 要, 各…), as no title opens: the notice goes on."""
    asking = "请各乡镇认真做好拟表彰对象名单的公示根据县里统一安排，公示期不少于5个工作日，公示结果及时报县民政局。"
    docs = _documents(NOTICE[:3] + [asking] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].date == "2021-03-01"


# ---------------------------------------------------------------- the close run in after an 附件's file

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("stop", ["。", ""])
def test_a_close_run_in_after_the_annexed_file_is_set_out(stop, columns):
    """GB/T 9704 7.3.4–7.3.5: the 附件说明, the 署名 and the 成文日期 each a
    line. A page that links its 附件 as a file and runs the whole notice into
    one paragraph carries the signer and the date right after the file's
    extension ('…附件：….doc某某办公室2025年4月14日。', a stop after the
    date as after a sentence): the extension ends the 附件说明, the organ and
    the date are the close, however the wrap cut them."""
    title = "关于某某市2025年度拟表彰对象的公示"
    text = ("现将拟表彰对象予以公示，公示期为5个工作日，如有不同意见，请以电话、传真等方式实名反映，联系电话：0851-85837320（兼传真）"
            "附件：某某市2025年度拟表彰对象名单.doc某某市功勋荣誉表彰工作领导小组办公室2025年4月14日" + stop)
    docs = _documents(NOTICE + [title, text, "某某市部分乡镇乡村道路命名公示",
                                "为进一步规范乡村地名管理，对某某市部分乡镇乡村道路进行了命名，现予以公示。", "2025年6月10日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title, "某某市部分乡镇乡村道路命名公示"]
    assert (docs[1].issuers, docs[1].date) == (["某某市功勋荣誉表彰工作领导小组办公室"], "2025-04-14")
    assert docs[2].date == "2025-06-10"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_naming_a_file_and_a_dated_organ_goes_on(columns):
    """Control: a sentence that names a file, then an organ and a date it
    goes on from ('…申报表.doc某某市民政局2025年4月14日发布的通知执行') is the
    body's: the date opens no close where the sentence goes on under it."""
    text = ("请各单位下载附件：申报表.doc某某市民政局2025年4月14日发布的通知一并执行，按时报送申报材料，逾期不予受理。")
    docs = _documents(NOTICE[:3] + [text] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某县人民政府"], "2021-03-01")


# ---------------------------------------------------------------- a record's sentence that names organs or a speech

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_sentence_that_heard_organs_is_no_addressee_list(columns):
    """A meeting's record names the organs it heard ('会议分别听取了区信访局、
    区环保局、区应急局、' wrapped after a 顿号, the next line opening on one
    more organ and what it reported, '区市场监督管理局关于…的汇报'): the
    particle 了 of the sentence's verb is in no organ's name, so the line is
    no 主送 (GB/T 9704 7.3.2) over a body, and the sentence goes on."""
    record = ["区政府召开八届六十六次常务会议", "会议分别听取了区信访局、区环保局、区应急局、",
              "区市场监督管理局关于信访稳定、环境保护、安全生产工作的汇报并提出要求。", "出席会议的有：区政府班子全体成员。"]
    docs = _documents(NOTICE + record, columns)
    assert [d.title for d in docs] == [NOTICE[0], record[0]]
    texts = [b.text for p in docs[1].parts for b in p.blocks]
    assert any(t.startswith("会议分别听取了") and "区市场监督管理局关于" in t for t in texts)


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_addressee_list_without_its_colon_still_ends(columns):
    """Control: a 主送 printed without its colon, organs parted by 、, still
    ends over the body's first sentence."""
    notice = ["某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府、县政府各部门",
              "为做好今年防汛工作，现将有关事项通知如下：各乡镇要落实防汛责任。", "某某县人民政府", "2021年5月1日"]
    docs = _documents(notice, columns)
    assert docs[0].addressees == "各乡镇人民政府、县政府各部门"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_record_paragraph_that_tells_of_a_speech_opens_no_title(columns):
    """A meeting's record opens each paragraph on what the meeting did
    ('会议还传达学习…', '会议听取了…', '会议指出，…'); a wrap that leaves such a
    paragraph's first line ending on a kind word ('…执法检查时的讲话' /
    '精神，…') under a finished sentence opens no document: no title opens
    on the meeting and its verb."""
    record = ["县政府常务会议召开", "本报讯 5月29日，县长某某某主持召开县政府2025年第17次常务会议。",
              "会议以县政府党组理论学习中心组学习会的形式，研究县政府初步贯彻意见。",
              "会议还传达学习中央政治局常委在福建调研和开展执法检查时的讲话", "精神，以及县委常委会会议精神，研究县政府初步贯彻意见。"]
    docs = _documents(NOTICE + record, columns)
    assert [d.title for d in docs] == [NOTICE[0], record[0]]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_that_names_a_meetings_decisions_stands(columns):
    """Control: a title that names a meeting's decisions by the bare verb
    ('会议决定事项督办工作规则', under a dated notice) is a title still."""
    title = "会议决定事项督办工作规则"
    docs = _documents(NOTICE + [title, "第一条 为抓好会议决定事项的落实，制定本规则。", "第二条 本规则由县政府办公室负责解释。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
