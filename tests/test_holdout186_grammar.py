"""The document grammar on layouts of the hundred-and-eighty-sixth held-out
set's kind (issue #11): texts publishing lists (名单, 名录, 目录) as city,
county and district disclosure pages store them, the page's disclosure cells
(索引号, 公开方式, 文号, organ, a day in figures) one a line between the title
and the 主送. Each case is invented text laid out as extractors give it and
goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A title naming no organ, then the disclosure page's cells one a line, the last a day in figures.
CELLS_UNDER_TITLE = ["关于公布某某区第三届骨干教师评选结果的通知", "AB1234567-2019-011", "主动公开",
                     "某教〔2019〕45号", "某某区教育局", "2019.06.18", "各中小学校:",
                     "经各校推荐、专家评审和社会公示，现将第三届骨干教师名单予以公布(详见附件)。",
                     "附件:某某区第三届骨干教师名单", "2019年6月18日"]
# The control: a title whose second line the wrap left short, over its 主送.
TITLE_OVER_ADDRESSEES = ["某某区人民政府办公室关于公布第二批区级", "示范社区名单的通知", "各街道办事处:",
                         "经验收，现将第二批区级示范社区名单予以公布。", "某某区人民政府办公室", "2019年6月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_day_in_figures_among_the_pages_cells_is_no_title_line(columns):
    """A disclosure page sets its cells under the title one a line, the
    organ and the day it published last ('某某区教育局' / '2019.06.18'): a
    day in figures parted by dots or dashes alone on a line is a cell, no
    line of a title (GB/T 9704 7.3.1 words the title; the 成文日期 is
    written in 年月日), so the organ over it heads no document over the
    主送 and the text is one document with its 文号 and date."""
    doc, = _documents(CELLS_UNDER_TITLE, columns)
    assert doc.title == "关于公布某某区第三届骨干教师评选结果的通知"
    assert doc.doc_number == "某教〔2019〕45号"
    assert doc.date == "2019-06-18"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_wrapped_over_its_addressees_stays_one(columns):
    doc, = _documents(TITLE_OVER_ADDRESSEES, columns)
    assert doc.title == "某某区人民政府办公室关于公布第二批区级示范社区名单的通知"
    assert doc.addressees == "各街道办事处"


# The control: a signed notice whose title names no organ, its 文号 under the title and the 主送 right under that.
SIGNED_UNDER_NUMBER = ["关于公布某某区第三届骨干教师评选结果的通知", "某教〔2019〕45号", "各中小学校:",
                       "现将第三届骨干教师名单予以公布。", "某某区人民政府教育督导室", "2019年6月18日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_addressees_under_the_pages_cells_and_the_organ_they_name(columns):
    """The organ's cell and the day in figures under the 发文字号 are the
    page's marks of the head, each a line of its own: the 主送 under them is
    the text's (GB/T 9704 7.3.2), and an unsigned text whose title names no
    organ was issued by the organ the cell names."""
    doc, = _documents(CELLS_UNDER_TITLE, columns)
    assert doc.addressees == "各中小学校"
    assert doc.issuers == ["某某区教育局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signed_text_under_its_number_keeps_its_signer(columns):
    doc, = _documents(SIGNED_UNDER_NUMBER, columns)
    assert (doc.doc_number, doc.addressees, doc.issuers) == ("某教〔2019〕45号", "各中小学校", ["某某区人民政府教育督导室"])
