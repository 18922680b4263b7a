"""目录 grammar: an entry is its title, leaders and page, however an extractor
sets them out. The text layer of a scanned issue (the State Council gazette
1993 No. 2, as Wikisource holds it) spaces the leaders (". . . .") and puts
the page in brackets ("(54)"), each on a line of its own under the title;
other layers keep them on the title's last line. Invented text, the shapes
of that real issue."""
from __future__ import annotations

import pytest

from builder.convert import convert_text
from builder.model import Line
from builder.stages.masthead import read_toc

LEADERS = ". " * 30 + "."


def toc_of(*texts: str) -> list[tuple[str, int]]:
    toc, _ = read_toc([Line(no=n, text=t) for n, t in enumerate(texts, start=1)])
    return [(e.title, e.page) for e in toc]


@pytest.mark.parametrize("entry", [
    ["某市人民政府关于加强某项工作的通知 . . . . . . . . (54)"],  # spaced leaders, page in brackets
    ["某市人民政府关于加强某项工作的通知（54）"],                  # full-width brackets, no leaders
    ["某市人民政府关于加强某项工作的通知", LEADERS, "(54)"],         # leaders and page on lines of their own
    ["某市人民政府关于加强某项工作的通知", "(54)"],                  # the page alone under the title
    ["某市人民政府关于加强某项工", "作的通知", LEADERS, "(54)"],     # the title wrapped too
])
def test_an_entrys_leaders_and_page_in_the_shapes_a_text_layer_gives(entry):
    assert toc_of("目　　录", *entry, "某市人民政府办公室关于某事的通知……60") == [
        ("某市人民政府关于加强某项工作的通知", 54), ("某市人民政府办公室关于某事的通知", 60)]


def test_a_short_title_over_its_leaders_is_an_entry_not_a_section_heading():
    """A section heading (国务院文件) has no page: a short title ("某市供热条例")
    right above its leaders and page is an entry, and a title's last word
    the wrap left alone ("知") ends the entry above its leaders."""
    assert toc_of("目　　录", "规范性文件", "某市供热条例", LEADERS, "(1)",
                  "某市人民政府办公厅关于印发《某某工作方案》的通", "知", LEADERS, "(19)") == [
        ("某市供热条例", 1), ("某市人民政府办公厅关于印发《某某工作方案》的通知", 19)]


def test_a_title_of_five_lines_over_its_leaders():
    """At the narrowest measure a long title takes five lines; set apart from
    its page, its fifth line is no longer the entry's last."""
    title = ["某区人民政府办公室关于我区部分街", "道办事处、街道办事处主任、居委会", "主任被评为市先进街道办事处、先进",
             "街道办事处主任、先进居委会主任有关情", "况的通报"]
    assert toc_of("目　　录", *title, LEADERS, "(1)") == [("".join(title), 1)]


def test_an_issue_whose_contents_sets_leaders_and_pages_apart_is_split_by_them():
    """The documents under such a 目录 are found, and the 目录's lines are no
    part of the first document's title."""
    text = "\n".join([
        "某市人民政府公报", "1993年第2号", "1993年3月12日", "目　　录",
        "某市人民政府关于加强某项", "工作的通知", LEADERS, "(1)",
        "某市供热条例", LEADERS, "(3)", "",
        "某市人民政府关于加强某项", "工作的通知", "（某政发〔1993〕5号）", "各区人民政府：",
        "为做好某项工作，现通知如下。请认真贯彻执行。", "某市人民政府", "1993年2月1日",
        "某市供热条例", "第一条 为了加强供热管理，制定本条例。", "第二条 本条例自公布之日起施行。"]) + "\n"
    docs = convert_text(text, "x.txt", "x").documents
    assert [d.title for d in docs] == ["某市人民政府关于加强某项工作的通知", "某市供热条例"]
    assert docs[0].doc_number == "某政发〔1993〕5号"


@pytest.mark.parametrize("tail", ["……1", " 1", "………………(1)"])
def test_an_entrys_number_in_brackets_before_its_leaders_and_page_stays_in_the_contents(tail):
    """A provincial gazette's 目录 gives each entry its document's 发文字号
    in brackets after the title, on the entry's last line before its leaders
    and page ('（某政发〔2021〕3号）……1'): no document's frame with its first
    paragraph run in (a reprint's '（2021年3月1日 某政发〔2021〕3号）…'), but the
    目录's entry; the documents under it are found, each with its number."""
    notice = ["某某市人民政府关于做好春季植树造林工作的通知", "（某政发〔2021〕3号）", "各区人民政府：",
              "现将有关事项通知如下：请各区在3月底前完成造林任务。", "某某市人民政府", "2021年3月1日"]
    plan = ["某某市人民政府办公室关于印发某某市防汛应急预案的通知", "（某政办发〔2021〕12号）", "各区人民政府：",
            "《某某市防汛应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。", "某某市人民政府办公室", "2021年3月5日"]
    text = "\n".join(["某某市人民政府公报", "2021年第3号", "目　　录", "市政府文件",
                      notice[0], notice[1] + tail, plan[0], plan[1] + tail.replace("1", "2"), ""] + notice + plan) + "\n"
    gazette = convert_text(text, "x.txt", "x")
    assert [(d.title, d.doc_number) for d in gazette.documents] == [(notice[0], "某政发〔2021〕3号"),
                                                                 (plan[0], "某政办发〔2021〕12号")]
    assert [e.page for e in gazette.toc] == [1, 2]


def test_an_entrys_number_in_brackets_is_no_part_of_its_title():
    """The number (or date) the 目录 prints after an entry's title is the
    document's frame, not its title, whatever the wrap left above it: a kind word's last
    character ('…的通' / '知'), or a short title the 目录 would otherwise read as
    a section heading ('某市供热条例' over its 令号)."""
    assert toc_of("目　　录", "某市人民政府文件", "某市人民政府办公室转发市民政局关于清理整顿社会团体意见的通", "知",
                  "（某政办发〔1997〕11号）……3", "某市供热条例", "（某市人民政府令第7号）……10",
                  "某市人民政府关于加强某项工作的通知（某政发〔2021〕3号）……12",
                  "某省村务公开条例", "（某省第十一届人民代表大会常务委员会公告第28号） 14",
                  "某市物业管理条例", "（2018年11月6日）……16") == [
        ("某市人民政府办公室转发市民政局关于清理整顿社会团体意见的通知", 3), ("某市供热条例", 10),
        ("某市人民政府关于加强某项工作的通知", 12), ("某省村务公开条例", 14), ("某市物业管理条例", 16)]


def test_the_page_after_an_entrys_number_is_no_part_of_the_regulation_under_the_contents():
    """A 目录 whose last entry ends on its number and page ('（某省人民政府令第148号） 1'),
    over a regulation printed with its title and order's name on one line,
    wrapped ('某省土地整治办法 某省人民' / '政府令 第116号'): the page ends the
    目录, the title is the regulation's, not run on from the page's figure."""
    text = "\n".join(["某某市人民政府公报", "2016年第3号", "目　　录", "某省人民政府令", "某省土地整治办法",
                      "（某省人民政府令第116号） 1", "", "某省土地整治办法 某省人民", "政府令 第116号",
                      "《某省土地整治办法》已经省人民政府常务会议审议通过，现予发布，自2017年3月1日起施行。",
                      "省长 某某某 2016年12月6日", "某省土地整治办法", "第一条 为了规范土地整治活动，制定本办法。",
                      "第二条 本办法自2017年3月1日起施行。"]) + "\n"
    docs = convert_text(text, "x.txt", "x").documents
    assert [(d.title, d.doc_number) for d in docs] == [("某省土地整治办法", "某省人民政府令第116号")]


@pytest.mark.parametrize("masthead, name, issue", [
    (["中华人民共和国国务院公报", "1993年3月12日 第2号 (总号:720)"], "中华人民共和国国务院公报", "第2号"),
    (["中華人民共和國國務院公報", "1993年3月12日 第2號 (總號:720)"], "中華人民共和國國務院公報", "第2號"),
])
def test_the_masthead_of_the_state_councils_gazette_in_either_script(masthead, name, issue):
    """The 国务院公报 is a gazette's name as a city's 人民政府公报 is; its 期号 and
    总号 are read in either script, kept as printed."""
    text = "\n".join(masthead + ["目　　录", "某市人民政府关于加强某项工作的通知", LEADERS, "(1)", "",
                                 "某市人民政府关于加强某项工作的通知", "各区人民政府：",
                                 "为做好某项工作，现通知如下。请认真贯彻执行。", "某市人民政府", "1993年2月1日"]) + "\n"
    gazette = convert_text(text, "x.txt", "x")
    assert (gazette.name, gazette.issue, gazette.total_issue, gazette.date) == (name, issue, "720", "1993-03-12")


def test_a_bracket_the_wrap_left_open_holds_no_page():
    """A page in brackets closes them: "…应急预案(202" is a year the wrap cut
    inside its bracket ("4年修订)》的通知……1"), not page 202."""
    assert toc_of("目　　录", "关于印发《某区重污染天气应急预案(202", "4年修订)》的通知………………1") == [
        ("关于印发《某区重污染天气应急预案(2024年修订)》的通知", 1)]


@pytest.mark.parametrize("first", ["某市某某区某某镇关于公布规范性文件", "某市人民政府办公室关于印发有关文件"])
def test_a_title_s_first_line_the_wrap_ended_on_wenjian_is_no_section_heading(first):
    """GB/T 9704 7.2.3: a section heading that names its issuer is the
    发文机关标志, the organ's name and 文件 ('某某镇人民政府文件'). An entry's
    first line the wrap ended on 文件 ('…关于公布规范性文件' / '清理结果的通知')
    holds 关于, which no organ's name holds: it is the entry's line."""
    assert toc_of("目　　录", "某市某某区某某镇人民政府文件", first, "清理结果的通知……1",
                  "某省人民政府办公厅文件", "某省人民政府办公厅关于修改部分规章的通知……3") == [
        (first + "清理结果的通知", 1), ("某省人民政府办公厅关于修改部分规章的通知", 3)]
