"""The document grammar on layouts of the twenty-seventh held-out set's kind
(issue #11): county and district documents as their portals print them, the
附件说明 under the 成文日期 naming the file the page links for download
('附件：…名录.docx') instead of an 附件 printed below. Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped
at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _convert, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

LINKED = ["某某县人民政府关于公布第八批县级某某名录的通知",
          "各乡(镇)人民政府,县直各有关单位:",
          "经社会公示无异议,现将第八批县级某某代表性项目名录予以公布。",
          "某某县人民政府",
          "2021 年 8 月 6 日",
          "附件:某某县第八批县级某某代表性项目名录.docx"]
NEXT = ["某某區草原禁牧公告",
        "為切實做好我區草原禁牧工作,特制發某某區草原禁牧公告。",
        "一、禁牧區和禁牧期",
        "禁牧區為全區域內所有草原。",
        "二、草原利用",
        "禁牧的草原可以采取采收牧草方式利用。",
        "特此公告",
        "某某市某某區人民政府",
        "2024年4月15日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_linked_file_under_the_date_ends_the_frame(columns):
    """GB/T 9704 7.3.5: the 成文日期 ends a document's frame. A portal lists
    the files it links under it ('附件：…名录.docx'): a file's name ends at
    its extension, so no title runs on from it, and the title under it, an
    organ's 公告 with no 关于 or 主送, opens the next document."""
    docs = _documents(LINKED + NEXT, columns)
    assert [d.title for d in docs] == [LINKED[0], NEXT[0]]
    assert docs[0].issuers == ["某某县人民政府"] and docs[0].date == "2021-08-06"
    assert docs[1].issuers == ["某某市某某區人民政府"] and docs[1].date == "2024-04-15"
    assert [p.title for p in docs[0].parts[1:]] == []


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_linked_file_is_no_annex_printed_below(columns):
    """An 附件说明 entry naming a file is a download, not the title of an
    附件 whose text follows: the lines under it stay the document's end, not
    an annex part."""
    docs = _documents(LINKED + ["相关文件下载"], columns)
    assert [d.title for d in docs] == [LINKED[0]]
    assert [p.title for p in docs[0].parts[1:]] == []


def test_an_extension_the_wrap_cut_still_ends_the_name():
    """A narrow measure may cut the extension itself ('….do' / 'cx'): the
    letters set alone on the next line finish the file's name, and the title
    under them still opens a document."""
    lines = LINKED[:-1] + ["附件:某某县第八批县级某某代表性项目名录.do", "cx"] + NEXT
    docs = _convert(lines, None).documents
    assert [d.title for d in docs] == [LINKED[0], NEXT[0]]
    assert [p.title for p in docs[0].parts[1:]] == []
