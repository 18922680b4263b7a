"""The document grammar on layouts of the sixtieth held-out set's kind
(issue #11): 表彰, 通报表扬, 授予称号 and 命名 decisions and notices, a short
body and the list of the units and people they name, grouped under numbered
headings, names one a line or several parted by spaces or 、. Each case is
invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An honours decision signed and dated, its list printed after it under '附件:'.
HONOURS = ["某某市人民政府关于表彰2011年度建议办理工作先进单位和先进个人的决定", "各县（市、区）人民政府，市人民政府各部门：",
           "经市政府研究，决定对某某县人民政府等14个单位和张某某等45名同志予以表彰。", "某某市人民政府", "2012年2月8日",
           "附件:", "建议办理工作先进单位和先进个人名单", "一、先进单位14个(排名不分先后)",
           "某某县人民政府 市住房城乡建设委 市发展改革委", "市财政局 市水务局 市交通运输局 市公用事业局",
           "二、先进个人45名(排名不分先后)"]
# A notice titled without its organ, signed by it: the text after the list in the cases below.
UNTITLED_ORGAN = ["关于做好2012年春季植树造林工作的通知", "各乡镇人民政府：",
                  "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2012年3月1日"]


# ---------------------------------------------------------------- joint issuers parted by 、 before 关于

JOINT_TITLE = ("某某区人民政府办公室、某某区人民代表大会常务委员会办公室、政协某某区委员会办公室关于"
               "表彰2009年度建议提案办理工作先进单位的通报")


@pytest.mark.parametrize("columns", [None, 18, 20, 22, 26, 30])
def test_joint_issuers_parted_by_a_dunhao_before_about_open_the_title(columns):
    """GB/T 9704 7.3.1: a title names its 发文机关 before 关于, joint issuers
    each by name, parted by spaces or, as titles print them as often, by 、
    ('XX区人民政府办公室、XX区人大常委会办公室、政协XX区委员会办公室关于表彰…
    的通报'). Wrapped anywhere, the title's first lines are those names: they
    open the title, not a row of the list the text above ends on."""
    joint = [JOINT_TITLE, "各镇人民政府，区政府各委、办、局：", "经研究决定，对区市政市容委等15家单位予以通报表彰。",
             "某某区人民政府办公室", "某某区人民代表大会常务委员会办公室", "政协某某区委员会办公室", "2010年2月10日"]
    docs = _documents(HONOURS + joint, columns)
    assert [d.title for d in docs] == [HONOURS[0], JOINT_TITLE]
    assert docs[1].issuers == ["某某区人民政府办公室", "某某区人民代表大会常务委员会办公室", "政协某某区委员会办公室"]
    assert docs[0].parts[-1].blocks[-1].label == "二、"  # the list ends on its heading


@pytest.mark.parametrize("columns", [None, 24, 25, 26])
def test_joint_issuers_before_a_verb_the_wrap_cut_open_the_title(columns):
    """The title printed over two lines, its issuers and 关于 on the first
    ('…政协XX区委员会办公室关于' / '表彰…的通报'): a measure that cuts the
    verb ('…委员会办公室关' / '于') leaves the names before its first
    character, and they open the title as before a whole 关于."""
    first = "某某市某某区人民政府办公室、某某市某某区人民代表大会常务委员会办公室、政协某某市某某区委员会办公室关于"
    issuers = ["某某市某某区人民政府办公室", "某某市某某区人民代表大会常务委员会办公室", "政协某某市某某区委员会办公室"]
    joint = [first, "表彰2009年度建议提案办理工作先进单位的通报", "各镇人民政府，区政府各委、办、局：",
             "经研究决定，对区市政市容委等15家单位予以通报表彰。"] + issuers + ["2010年2月10日"]
    docs = _documents(HONOURS + joint, columns)
    assert [d.title for d in docs] == [HONOURS[0], first + "表彰2009年度建议提案办理工作先进单位的通报"]
    assert docs[1].issuers == issuers


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 30])
def test_a_row_of_names_parted_by_dunhao_over_an_organs_own_title_is_the_lists(columns):
    """Names parted by 、 run on to the next line after a 、 (a title wraps
    its joint issuers so); a line of them that ends on a name is a list's
    row, set apart from the next title though that title opens right under
    it on its own organ's whole name and 关于 ('某某县人民政府关于…')."""
    row = ["一、先进单位（5个）", "某某县人民政府、某某县财政局、某某县教育局、某某县水利局、某某区人民政府"]
    nxt = ["某某县人民政府关于做好2012年春季植树造林工作的通知"] + UNTITLED_ORGAN[1:]
    docs = _documents(HONOURS[:7] + row + nxt, columns)
    assert [d.title for d in docs] == [HONOURS[0], nxt[0]]
    assert docs[1].issuers == ["某某县人民政府"]


# ---------------------------------------------------------------- organs one a line: a list's rows

TOWNS = ["某某市前阳镇人民政府", "某某市孤山镇人民政府", "某某市菩萨庙镇人民政府", "某某市通远堡镇人民政府",
         "某某市东汤镇人民政府", "某某市大兴镇人民政府", "某某满族自治县宽甸镇人民政府", "某某满族自治县青山沟镇人民政府",
         "某某满族自治县古楼子乡人民政府", "某某区五龙背镇人民政府", "某某区浪头镇人民政府", "某某区金山镇人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("title", [UNTITLED_ORGAN[0], "某某县人民政府关于做好2012年春季植树造林工作的通知"])
def test_organs_one_a_line_longer_than_a_title_are_a_lists_rows(title, columns):
    """A title's joint issuers stand one a line over its 关于 (GB/T 9704
    7.2.5), but a title names them within a title's length (TITLE_CHARS):
    twelve towns' governments one a line under '一、优胜乡镇' are the list's
    rows, though the next title opens right under the last of them."""
    docs = _documents(HONOURS[:7] + ["一、优胜乡镇"] + TOWNS + [title] + UNTITLED_ORGAN[1:], columns)
    assert [d.title for d in docs] == [HONOURS[0], title]
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_organs_one_a_line_under_a_names_lists_title_are_its_rows(columns):
    """A 名单's rows follow its title: organs' names one a line under
    '…名单' are its rows, however few, not the issuers of a title under them."""
    docs = _documents(HONOURS[:6] + ["某某市2011年度优胜乡镇名单"] + TOWNS[:3] + UNTITLED_ORGAN, columns)
    assert [d.title for d in docs] == [HONOURS[0], UNTITLED_ORGAN[0]]
    assert docs[1].issuers == ["某某县人民政府"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [HONOURS[:5], HONOURS[:7] + ["一、前期准备（3月27日前）"]])
def test_organs_one_a_line_over_about_head_its_title(above, columns):
    """The controls: joint issuers one a line over '关于…' are the title's,
    after a finished text or under a heading an excerpt ended on."""
    joint = ["中共某某县委", "某某县人民政府", "关于表彰2017年度文明单位的通报", "各乡镇人民政府，县直各单位：",
             "经研究，决定授予县公安局等20个单位县级文明单位称号。", "中共某某县委", "某某县人民政府", "2018年2月26日"]
    docs = _documents(above + joint, columns)
    assert [d.title for d in docs] == [HONOURS[0], "中共某某县委某某县人民政府关于表彰2017年度文明单位的通报"]
    assert docs[1].issuers == ["中共某某县委", "某某县人民政府"]


# ---------------------------------------------------------------- a list's last row over its next heading

def test_the_last_row_of_names_over_the_next_heading_is_a_row():
    """A bare line over a numbered item heads it ('工作要求' over '一、…'),
    but the last of a list's rows of names parted by spaces stands over the
    next item as the rows above it do: a row, no heading (no subheading on
    the page), whatever its place under the heading that opened the list."""
    rows = ["某某县人民政府 市住房城乡建设委 市发展改革委", "市财政局 市水务局 市交通运输局 市公用事业局",
            "市农业局 市教育局 市政府督查室"]
    docs = _documents(HONOURS[:3] + [HOPE] + HONOURS[3:8] + rows + HONOURS[-1:], None)
    roles = {block.text: block.role for block in docs[0].parts[-1].blocks if hasattr(block, "role")}
    assert roles[rows[-1]] == roles[rows[1]] == "row"


# ---------------------------------------------------------------- rows of units that fill the measure

HOPE = ("希望受到表彰的单位和个人珍惜荣誉，戒骄戒躁，充分发挥典型示范作用，不断提高全市建议办理工作的质量和水平。"
        "全市各部门、各单位要努力学习先进，改进工作。")


@pytest.mark.parametrize("columns", [None, 26])
def test_rows_of_units_parted_by_spaces_end_on_their_lines(columns):
    """A 表彰's list sets its units out in rows, organs' names parted by
    spaces: under such a row, a row ends on its line though it fills the
    measure ('市环保局 市园林局 市卫生局 市人力资源社会保障局' at 26 columns),
    where the next line opens on a whole name of its own. (A first row that
    fills the measure is read as a paragraph of names the wrap cut at a
    space, as the control below is.)"""
    rows = ["某某县人民政府 市住房城乡建设委 市发展改革委", "市财政局 市水务局 市交通运输局 市公用事业局",
            "市环保局 市园林局 市卫生局 市人力资源社会保障局", "市农业局 市教育局 市政府督查室"]
    docs = _documents(HONOURS[:3] + [HOPE] + HONOURS[3:8] + rows + HONOURS[-1:], columns)
    texts = [block.text.replace(" ", "") for block in docs[0].parts[-1].blocks if hasattr(block, "role")]
    assert texts == [row.replace(" ", "") for row in rows]  # (a space the wrap cut at may be lost in a join)


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 29])
def test_a_paragraph_of_names_the_wrap_cut_at_a_space_runs_on(columns):
    """The control: ten units in one paragraph under the list's heading, the
    wrap cutting it at a space between two names ('…衡阳县林业局' / '桂阳县
    林业局…'), are one paragraph."""
    units = "某州市林业局 某阳市林业局 冷水滩区林业局 某阳县林业局 桂阳县林业局 保靖县林业局 花垣县林业局 泸溪县林业局"
    docs = _documents(HONOURS[:3] + [HOPE] + HONOURS[3:8] + [units] + HONOURS[-1:], columns)
    texts = [block.text.replace(" ", "") for block in docs[0].parts[-1].blocks if hasattr(block, "role")]
    assert texts == [units.replace(" ", "")]


# ---------------------------------------------------------------- a list's rows naming texts

NEXT_TITLED = ["某某县人民政府关于做好2012年春季植树造林工作的通知"] + UNTITLED_ORGAN[1:]


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 30])
@pytest.mark.parametrize("following", [NEXT_TITLED, UNTITLED_ORGAN])
def test_a_row_naming_a_report_over_the_next_title_opens_nothing(following, columns):
    """A 表彰 of the best reports lists their titles, one a line, each ending
    in a kind word ('…的调研报告'): the last row, with the next document's
    title right under it, has no frame of its own (GB/T 9704: 标题, then
    发文字号 or 主送 under it); the 主送 two lines down is the next title's,
    so the row opens no document and stays the list's."""
    rows = ["二、优秀调研报告（2篇）", "某某县农村集体经济发展情况的调研报告", "某某县义务教育均衡发展的调查报告"]
    docs = _documents(HONOURS[:3] + [HOPE] + HONOURS[3:8] + rows + following, columns)
    assert [d.title for d in docs] == [HONOURS[0], following[0]]
    assert docs[1].issuers == ["某某县人民政府"]


# ---------------------------------------------------------------- rows of units under a heading over a title

@pytest.mark.parametrize("columns", [None, 18])
def test_rows_of_two_units_under_a_heading_are_no_issuers_of_the_title_under_them(columns):
    """Rows of two offices parted by a space, right under a numbered heading
    ('一、政务信息工作先进单位(23个)'), are the heading's items, though each is
    as wide as the measure but for the space a wrap would cut at: the title
    under them that names its own organ before 关于 ('某某州人民政府关于…')
    is its own, no title of five joint issuers."""
    rows = ["一、政务信息工作先进单位(23个)", "芦溪县政府办公室 上栗县政府办公室", "安源区政府办公室 湘东区政府办公室"]
    title = "某某州人民政府关于授予某某市某某镇为村民自治模范镇称号的决定"
    decision = [title, "各县市人民政府，州级有关部门：", "经检查验收，决定授予某某市某某镇“村民自治模范镇”称号。"]
    docs = _documents(HONOURS[:3] + [HOPE] + HONOURS[3:7] + ["政务信息工作先进单位名单"] + rows + decision, columns)
    assert [d.title for d in docs] == [HONOURS[0], title]
    assert docs[1].issuers == ["某某州人民政府"]
