"""Documents with a layout of their own: the 政务大事记 chronicle, 任免
appointment lists and speeches (讲话).

Small cases go raw text → model → Markdown, in the variants other cities
print; the last tests check the seeds' real documents of these kinds.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from builder import export
from builder.stages import metadata
from builder.convert import convert_text
from builder.model import Document, Gazette, Paragraph, Part, Provision
from builder.render import _part
from builder.stages.genres import structure_part
from test_variants import original  # through the run's conversion cache: once per run, not per worker

ROOT = Path(__file__).resolve().parent.parent


def blocks_of(*texts: str, kind: str, title: str | None = None) -> list:
    blocks = [Paragraph(text=t, lines=(n, n)) for n, t in enumerate(texts, start=1)]
    out, _ = structure_part(blocks, "", "test", kind, title)
    return out


def entries(out: list) -> list[tuple[str, str, str | None, str]]:
    return [(b.eid, b.label, b.date, b.text) for b in out if isinstance(b, Provision)]


def html_of(out: list) -> str:
    """The part as the site shows it (Markdown with the site's extensions)."""
    doc = Document(id="d", gazette="g", title="t", kind=None, doc_number=None, issuers=[],
                   date=None, lines=(1, 1))
    part = Part(eid="main", title="t", lines=(1, 1), blocks=out)
    return markdown.markdown(_part(part, doc, first=True), extensions=["attr_list", "md_in_html"])


class Tags(HTMLParser):
    """(tag, attrs, text) of each element, to check the page's structure."""

    def __init__(self, source: str):
        super().__init__()
        self.found: list[list] = []
        self.open: list[list] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        element = [tag, dict(attrs), ""]
        self.found.append(element)
        self.open.append(element)

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for element in self.open:
            element[2] += data

    def all(self, tag: str, cls: str | None = None) -> list[list]:
        return [e for e in self.found if e[0] == tag
                and (cls is None or cls in e[1].get("class", "").split())]


# ------------------------------------------------------------ 政务大事记

def test_entries_are_anchored_by_their_date():
    out = blocks_of("7月1日 市长主持召开常务会议。", "7月2日 市委书记调研。",
                    "同日 市长会见考察团一行。", kind="大事记", title="政务大事记（2019年7月）")
    assert entries(out) == [
        ("d_2019-07-01", "7月1日", "2019-07-01", "市长主持召开常务会议。"),
        ("d_2019-07-02", "7月2日", "2019-07-02", "市委书记调研。"),
        ("d_2019-07-02_2", "同日", "2019-07-02", "市长会见考察团一行。"),
    ]


def test_month_headings_and_day_only_entries():
    """Another city prints the month once, as a heading, and only the day per entry."""
    out = blocks_of("7月", "1日 市长主持召开常务会议。", "1日 市委书记调研。",
                    "八月", "3日 市政协召开常委会议。", kind="大事记", title="2019年政务大事记")
    assert [b.role for b in out if isinstance(b, Paragraph)] == ["heading", "heading"]
    assert [(e[0], e[1], e[2]) for e in entries(out)] == [
        ("d_2019-07-01", "1日", "2019-07-01"),
        ("d_2019-07-01_2", "1日", "2019-07-01"),
        ("d_2019-08-03", "3日", "2019-08-03"),
    ]


@pytest.mark.parametrize("text,label,date", [
    ("7月1—3日 考察团来访。", "7月1—3日", "--07-01"),
    ("7月3日至4日 考察团来访。", "7月3日至4日", "--07-03"),
    ("7月30日—8月1日 考察团来访。", "7月30日—8月1日", "--07-30"),
    ("2019年7月1日，市长主持召开会议。", "2019年7月1日，", "2019-07-01"),
    ("七月一日 市长主持召开会议。", "七月一日", "--07-01"),
    ("7月上旬 全市开展安全检查。", "7月上旬", "--07"),
    ("7月1日市长主持召开会议。", "7月1日", "--07-01"),
])
def test_date_forms(text, label, date):
    (entry,) = blocks_of(text, kind="大事记")
    assert (entry.label, entry.date) == (label, date)
    assert re.sub(r"\s", "", entry.label + entry.text) == re.sub(r"\s", "", text)  # nothing lost


def test_without_any_year_the_anchor_is_month_and_day():
    out = blocks_of("7月1日 市长主持召开会议。", "同月 全市开展安全检查。", kind="大事记")
    assert [e[0] for e in entries(out)] == ["d_07-01", "d_07"]


def test_a_line_the_wrap_split_off_joins_its_entry():
    """'…主持' stops mid-sentence: the paragraph below is the same entry, even
    when it starts with a date ('1日召开' continues '于7月')."""
    out = blocks_of("7月1日 市长主持", "召开市政府常务会议。", "7月2日 市委书记决定于7月",
                    "3日召开全会。", "同日 市长调研。", kind="大事记", title="大事记（2019年7月）")
    assert entries(out) == [
        ("d_2019-07-01", "7月1日", "2019-07-01", "市长主持召开市政府常务会议。"),
        ("d_2019-07-02", "7月2日", "2019-07-02", "市委书记决定于7月3日召开全会。"),
        ("d_2019-07-02_2", "同日", "2019-07-02", "市长调研。"),
    ]
    assert entries(out)[0] and out[0].lines == (1, 2)


def test_a_second_paragraph_stays_with_its_entry_and_in_the_export():
    out = blocks_of("7月1日 全国电视电话会议召开。", "市长参加会议。", "7月2日 市委书记调研。",
                    kind="大事记", title="大事记（2019年7月）")
    assert [type(b).__name__ for b in out] == ["Provision", "Paragraph", "Provision"]
    doc = Document(id="d", gazette="g", title="大事记", kind="大事记", doc_number=None, issuers=[],
                   date=None, lines=(1, 3))
    doc.parts.append(Part(eid="main", title="大事记", lines=(1, 3), blocks=out))
    provisions = export._provisions(doc)
    assert [(p["eid"], p["date"], p["text"]) for p in provisions] == [
        ("d_2019-07-01", "2019-07-01", "全国电视电话会议召开。\n市长参加会议。"),
        ("d_2019-07-02", "2019-07-02", "市委书记调研。"),
    ]
    page = Tags(html_of(out))
    (first, second) = page.all("div", "gz-entry")
    assert first[1]["id"] == "d_2019-07-01" and "gz-prov" in first[1]["class"]
    assert "市长参加会议。" in first[2] and "市长参加会议。" not in second[2]


def test_the_chronicle_renders_as_a_dated_list():
    out = blocks_of("7月1日 市长主持召开会议。", "同日 市委书记调研。", kind="大事记",
                    title="大事记（2019年7月）")
    page = Tags(html_of(out))
    (dl,) = page.all("dl", "gz-chronicle")
    assert [e[2] for e in page.all("dt")] == ["7月1日", "同日"]
    assert [re.sub(r"\s", "", e[2]) for e in page.all("dd")] == ["市长主持召开会议。¶", "市委书记调研。¶"]
    assert [e[1]["datetime"] for e in page.all("time")] == ["2019-07-01", "2019-07-01"]
    assert [e[1]["href"] for e in page.all("a", "headerlink")] == ["#d_2019-07-01", "#d_2019-07-01_2"]
    assert "7月1日" in dl[2] and "市委书记调研。" in dl[2]


def test_a_day_inside_an_entry_is_no_entry_where_entries_print_their_month():
    """'24日召开…' goes on the 22-24 entry: this chronicle prints the month in every entry."""
    out = blocks_of("7月22日至24日 专家组来潜考察调研。", "24日召开考察座谈会。", "7月23日 市长调研。",
                    kind="大事记", title="大事记（2019年7月）")
    assert [e[1] for e in entries(out)] == ["7月22日至24日", "7月23日"]
    assert isinstance(out[1], Paragraph) and out[1].role == "body"


def test_prose_that_only_mentions_a_date_is_no_entry():
    """A paragraph before the first date is the chronicle's own text."""
    out = blocks_of("本期收录2019年7月市政府主要工作。", "7月1日 市长主持召开会议。", kind="大事记")
    assert isinstance(out[0], Paragraph) and out[0].role == "body"
    assert entries(out)[0][1] == "7月1日"


def test_numbers_are_no_date():
    out = blocks_of("45日 不是日期。", kind="大事记")
    assert not entries(out)


# ------------------------------------------------------------ 任免

def people(out: list) -> list[str]:
    return [b.text for b in out if isinstance(b, Paragraph) and b.role == "person"]


def test_one_person_per_line_under_a_preamble():
    out = blocks_of("市人民政府决定：", "张三同志任市财政局局长；", "免去李四同志市财政局副局长职务。",
                    kind="任免")
    assert [(b.role, b.text) for b in out] == [
        ("preamble", "市人民政府决定："),
        ("person", "张三同志任市财政局局长；"),
        ("person", "免去李四同志市财政局副局长职务。"),
    ]


def test_groups_with_semicolons_on_one_line():
    """Another city prints each group on one line: 任命：A；B；C。"""
    out = blocks_of("经市人民政府研究决定：", "任命：张三为市财政局局长；李四为市教育局副局长；王五为市卫健委主任。",
                    "免去：赵六的市财政局局长职务。", kind="任免")
    assert [(b.role, b.text) for b in out] == [
        ("preamble", "经市人民政府研究决定："),
        ("heading", "任命："),
        ("person", "张三为市财政局局长；"),
        ("person", "李四为市教育局副局长；"),
        ("person", "王五为市卫健委主任。"),
        ("heading", "免去："),
        ("person", "赵六的市财政局局长职务。"),
    ]


def test_group_headings_on_their_own_line_and_names_without_verbs():
    out = blocks_of("一、任命", "张三  市财政局局长", "李四  市教育局副局长", "二、免去", "王五  市卫健委主任",
                    "以上人员任职时间自2022年9月1日起计算。", kind="任免")
    assert [b.role for b in out] == ["heading", "person", "person", "heading", "person", "body"]
    assert not any(isinstance(b, Provision) for b in out)


def test_dates_head_their_batches():
    gazette = convert_text(_gazette("荆门市人民政府任免人员", [
        "2022年8月30日", "市人民政府决定：", "张三同志任市司法局副局长；", "免去李四同志市司法局局长职务。",
        "2022年9月30日", "王五同志任市商务局副局长。"]), "seeds/x.txt", "x")
    (doc,) = gazette.documents
    data = export.document_data(doc, gazette)
    assert [(a["group"], a["preamble"], a["text"]) for a in data["appointments"]] == [
        ("2022年8月30日", "市人民政府决定：", "张三同志任市司法局副局长；"),
        ("2022年8月30日", "市人民政府决定：", "免去李四同志市司法局局长职务。"),
        ("2022年9月30日", None, "王五同志任市商务局副局长。"),
    ]


def test_the_list_renders_one_person_per_item_keeping_every_character():
    source = ["任命：张三为市财政局局长；李四为市教育局副局长。", "免去王五的市卫健委主任职务。"]
    out = blocks_of(*source, kind="任免")
    page = Tags(html_of(out))
    assert len(page.all("ul", "gz-appointments")) == 1  # 免去王五… goes on the list 任命： opened
    assert [e[2] for e in page.all("p", "gz-subheading")] == ["任命："]
    assert [e[2] for e in page.all("li")] == ["张三为市财政局局长；", "李四为市教育局副局长。",
                                            "免去王五的市卫健委主任职务。"]
    shown = re.sub(r"\s", "", "".join(e[2] for e in page.found if e[0] in ("p", "li")))
    assert shown == "".join(source)


# ------------------------------------------------------------ 讲话

def test_speech_byline_speaker_occasion_date():
    out = blocks_of("——在全市经济工作会议上的讲话", "市长 张三", "（2020年1月10日）", "同志们：",
                    "一、过去一年的工作", "过去一年，全市经济稳中向好。", kind=None)
    assert [getattr(b, "role", None) for b in out[:4]] == ["byline", "byline", "byline", "body"]
    assert isinstance(out[4], Provision) and out[4].eid == "para_1"


def test_speech_date_with_a_note():
    out = blocks_of("（2020年4月10日 根据录音整理）", "同志们：", "刚才，我们收听了会议。", kind="讲话")
    assert [b.role for b in out] == ["byline", "body", "body"]


def test_a_short_first_line_is_no_speaker_without_a_date_or_occasion():
    out = blocks_of("各位代表", "现在我代表市人民政府作报告。", kind="讲话")
    assert [b.role for b in out] == ["body", "body"]


def test_a_speakers_points_are_provisions_nested_under_the_numbering():
    out = blocks_of("（2020年4月24日）", "一、把人民健康放在优先发展的战略地位", "（一）健全公共卫生应急管理体系",
                    "一要健全应急管理指挥体系。按照集中、统一、高效原则，建设指挥体系。",
                    "二要健全疾病预防控制体系。贯彻预防为主方针。", "（二）完善保障机制", "一是完善法治保障机制。法治是依托。",
                    kind="讲话")
    points = [(p.eid, p.label, p.heading, p.text) for p in out if isinstance(p, Provision) and p.kind == "ordinal"]
    assert points == [
        ("para_1__subpara_1__item_1", "一要", "健全应急管理指挥体系。", "按照集中、统一、高效原则，建设指挥体系。"),
        ("para_1__subpara_1__item_2", "二要", "健全疾病预防控制体系。", "贯彻预防为主方针。"),
        ("para_1__subpara_2__item_1", "一是", "完善法治保障机制。", "法治是依托。"),
    ]


def test_a_point_goes_on_only_from_the_point_before():
    """'二是' that a wrap put at a paragraph start, after '…：一是…。', is prose."""
    out = blocks_of("存在的问题：一是预防为主方针落实不到位。", "二是基层服务能力不强。", "一要补短板。加快建设。",
                    "二是强化保障。", "二要强弱项。完善机制。", kind="讲话")
    assert [(b.label if isinstance(b, Provision) else b.role) for b in out] == \
        ["body", "body", "一要", "body", "二要"]


def test_a_point_keeps_its_commas_in_the_heading():
    (point,) = blocks_of("一要树牢红线意识，保持警钟长鸣。安全生产事关人民福祉。", kind="讲话")
    assert (point.label, point.heading, point.text) == ("一要", "树牢红线意识，保持警钟长鸣。", "安全生产事关人民福祉。")


def test_outside_a_speech_yishi_is_prose():
    out = blocks_of("一是完善法治保障机制。法治是依托。", "第一，加强领导。", kind="通知")
    assert not any(isinstance(b, Provision) for b in out)


def test_a_notice_has_no_byline():
    out = blocks_of("市长 张三", "（2020年1月10日）", kind="通知")
    assert "byline" not in [b.role for b in out]


def test_the_byline_renders_apart_from_the_body():
    out = blocks_of("市长 张三", "（2020年1月10日）", "同志们：", kind="讲话")
    page = Tags(html_of(out))
    assert [e[2] for e in page.all("p", "gz-byline")] == ["市长 张三", "（2020年1月10日）"]
    assert [e[2] for e in page.all("p") if not e[1]] == ["同志们："]


def test_a_speech_is_dated_by_its_byline():
    out = blocks_of("市长 张三", "（2020年1月10日）", "同志们：", "今天召开全市经济工作会议。", kind="讲话")
    doc = Document(id="d", gazette="g", title="在全市经济工作会议上的讲话", kind="讲话", doc_number=None,
                   issuers=[], date=None, lines=(1, 4))
    doc.parts.append(Part(eid="main", title=doc.title, lines=(1, 4), blocks=out))
    metadata.fill(doc, Gazette(id="g", source="seeds/x.txt", name=None, year=None, issue=None,
                               total_issue=None, date=None))
    assert doc.date == "2020-01-10"
    assert [b.role for b in out] == ["byline", "byline", "body", "body"]


def _gazette(title: str, body: list[str]) -> str:
    """A one-document gazette, its title marked as the seeds' extractor marks it."""
    return "\n".join(["XX市人民政府公报", "2022年第1期", "", f"# {title}", ""] + body) + "\n"


# ------------------------------------------------------------ the seeds

@pytest.fixture(scope="module")
def seed_docs() -> dict[str, tuple[Document, Gazette]]:
    found = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        gazette = original(path.name)
        for doc in gazette.documents:
            found.setdefault(doc.kind, []).append((doc, gazette))
    return found


def test_seed_chronicle(seed_docs):
    ((doc, gazette),) = seed_docs["大事记"]
    entries_ = [p for p in doc.provisions if p.kind == "date"]
    assert len(entries_) == 55  # every dated paragraph of lines 523-1043
    assert entries_[0].eid == "d_2019-07-01" and entries_[-1].eid == "d_2019-07-31_4"
    assert all(re.fullmatch(r"2019-07-\d\d", p.date) for p in entries_)
    assert [p.date for p in entries_] == sorted(p.date for p in entries_)
    # no entry is cut in two: every one ends its last sentence
    assert all(re.search(r"[。！？”）]$", p.text) for p in entries_)
    lone = [b for b in doc.parts[0].blocks if isinstance(b, Paragraph)]
    assert all(b.role == "body" for b in lone)  # second paragraphs of an entry only
    data = export.document_data(doc, gazette)
    assert [p["date"] for p in data["provisions"]] == [p.date for p in entries_]


def test_seed_appointments(seed_docs):
    for doc, gazette in seed_docs["任免"]:
        data = export.document_data(doc, gazette)
        assert len(data["appointments"]) == 18
        assert {a["group"] for a in data["appointments"]} == {"2022年8月30日", "2022年9月30日"}
        assert data["appointments"][0]["text"] == "张晓民同志任荆州市司法局副局长；"
        assert data["appointments"][-1]["text"] == "免去杨光忠同志荆州市审计局总审计师职务。"
        assert [b.role for b in doc.parts[0].blocks if b.role != "person"] == \
            ["heading", "preamble", "heading"]


def test_seed_speeches(seed_docs):
    speeches = seed_docs["讲话"]
    assert len(speeches) == 2
    for doc, _ in speeches:
        first = doc.parts[0].blocks[0]
        assert first.role == "byline" and "根据录音整理" in first.text
        assert doc.date in ("2020-04-10", "2020-04-24")
        assert not any(b.role == "byline" for b in doc.parts[0].blocks[1:] if isinstance(b, Paragraph))
    # the speaker's own numbering: 一要…四要 (lines 1481-1501); 一要/一是 under （一）…（五） (1505-)
    points = [[p.label for p in doc.provisions if p.kind == "ordinal"] for doc, _ in speeches]
    assert points[0] == ["一要", "二要", "三要", "四要"]
    assert len(points[1]) == 25 and points[1][:5] == ["一要", "二要", "三要", "四要", "一是"]


@pytest.mark.parametrize("with_toc", [False, True])
def test_unmarked_speech_title_keeps_its_date_line_apart(with_toc):
    """Without '#' markup the title is found by its kind word; the bracketed
    date under it is the speech's date, not a title continuation like （试行）."""
    title = "张三同志在全市经济工作会议上的讲话"
    head = ["XX市人民政府公报", "2022年第1期", ""] + (["目 录", f"1. {title}\t3", ""] if with_toc else [])
    text = "\n".join(head + [title, "（2020年1月10日）", "同志们：", "今天召开全市经济工作会议。"]) + "\n"
    (doc,) = convert_text(text, "seeds/x.txt", "x").documents
    assert (doc.title, doc.kind, doc.date) == (title, "讲话", "2020-01-10")
