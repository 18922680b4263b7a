"""The document grammar on layouts of the hundred-and-twentieth held-out set's
kind (issue #11): notices that publish lists and catalogues (权力清单, 证明事项
清单, 名录) with the 附件说明 naming the list, the list printed after the
notice or not at all. Each case is invented text laid out as extractors give
it (one line a paragraph, or hard-wrapped at a narrow measure) and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- an annex printed right under its 附件说明

HEAD = ["某某市人民政府关于公布某某市第三批市级传统村落名录的通知", "各镇人民政府，市有关单位：",
        "某某市第三批市级传统村落名录（共计4个）已经市人民政府同意，现予公布。",
        "各镇、各有关单位要认真做好传统村落的保护和利用工作，落实保护措施，防止建设性破坏。",
        "附件：某某市第三批市级传统村落名录"]
LIST = ["（共计4个）", "序号", "所在镇", "村落名称", "1", "东山镇", "上坑村", "2", "东山镇", "下坑村",
        "3", "西岭镇", "石门村", "4", "南塘镇", "塘尾村"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("name", ["某某市第三批市级传统村落名录", "某某市第三批传统村落名录"])
def test_an_annex_printed_under_its_note_is_a_part(name, columns):
    """GB/T 9704 7.3.4 and 8: the 附件说明 names each annex as the annex's
    own title prints it, and the annex follows under that title. A page
    that drops the signature, the date and the annex's '附件' mark prints the
    title right under the 附件说明: a title line there that repeats the name
    the 附件说明 gives (perhaps a word short, '…第三批传统村落名录' for
    '…第三批市级传统村落名录'), with the list under it, is the annex, not
    more of the notice."""
    docs = _documents(HEAD + [name] + LIST, columns)
    assert len(docs) == 1
    assert [p.title for p in docs[0].parts[1:]] == [name]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_signature_under_the_note_is_no_annex(columns):
    """Control: the organ that signs under the 附件说明, though the name the
    附件说明 gives begins with it ('附件：某某市文化广电旅游局权力清单' over
    '某某市文化广电旅游局'), is the signature, and the date under it the
    notice's: no annex is printed."""
    docs = _documents(["某某市文化广电旅游局关于公布权力清单的通知", "局属各单位：",
                       "现将本局权力清单予以公布，请遵照执行。", "附件：某某市文化广电旅游局权力清单",
                       "某某市文化广电旅游局", "2021年5月6日"], columns)
    assert len(docs) == 1
    assert docs[0].parts[1:] == [] and docs[0].date == "2021-05-06"
    assert docs[0].issuers == ["某某市文化广电旅游局"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_another_title_under_the_note_is_no_annex(columns):
    """Control: a title under the 附件说明 that names another text (the next
    notice a page prints) is not the annex the 附件说明 names: it opens a
    document of its own."""
    other = "某某市人民政府关于做好2020年春季森林防火工作的通知"
    docs = _documents(HEAD + [other, "各镇人民政府：", "现将有关事项通知如下：请各镇加强巡查。",
                              "某某市人民政府", "2020年3月1日"], columns)
    assert [d.title for d in docs] == [HEAD[0], other]
    assert not any(other in (p.title or "") for p in docs[0].parts[1:])


# ---------------------------------------------------------------- a list's count under its title, over its cells

def _tables(doc):
    from builder.model import Table
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]


SIGNED = HEAD + ["某某市人民政府", "2023年6月1日", "附件", "某某市第三批市级传统村落名录"]


@pytest.mark.parametrize("columns", [None, 26])
@pytest.mark.parametrize("count", ["（共计4个）", "(共4个)", "（共四个）"])
def test_a_count_under_a_lists_title_is_no_cell(count, columns):
    """A list's title may carry its count on a line of its own in brackets
    ('（共计4个）', as the 附件说明 and the body give it: '名录（共计4个）'), over
    a table printed one cell a line: the count is the title's note, never a
    column's label, as a unit line ('单位：元') over the cells is not. The
    cells under it are read from the header row ('序号' / '所在镇' / '村落名称')."""
    docs = _documents(SIGNED + [count] + LIST[1:], columns)
    tables = _tables(docs[0])
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[0]] == ["序号", "所在镇", "村落名称"]
    assert len(tables[0].rows) == 5


@pytest.mark.parametrize("columns", [None, 26])
def test_a_list_under_its_title_alone_stays_as_read(columns):
    """Control: the same list with no count under its title is read from its
    header row as before."""
    docs = _documents(SIGNED + LIST[1:], columns)
    tables = _tables(docs[0])
    assert len(tables) == 1 and [c.text for c in tables[0].rows[0]] == ["序号", "所在镇", "村落名称"]
