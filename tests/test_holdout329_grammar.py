"""The document grammar on layouts of the three-hundred-and-twenty-ninth
held-out set's kind (issue #11): standardisation, quality and brand texts of
cities (a government's 通知 issuing its 市长质量奖 or 政府质量奖 办法, an
实施意见 on its brand strategy, an office's 通知 issuing its 标准化 规划, a
通知 issuing its '标准化+' 实施方案) as law libraries, essay sites, news
sites and the cities' own sites store them, one of them with its signature,
its date and the title of the text it issues run together on one line parted
by spaces, the text's first sentence on the line under it. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import re

import pytest

from tests.test_holdout7_grammar import _documents, laid_out  # (the same input path and layouts)

# A city government's notice issuing a 实施方案: the 发文字号 and the 主送 run into the title's line, the signature,
# the date and the issued text's title run together on one line, its first sentence on the next.
SPACED_CLOSE = ["某某市人民政府关于印发某某市品牌培育实施方案的通知 某政函〔2020〕5号 各县(市、区)人民政府,市政府各部门:",
                "《关于实施品牌培育行动,提升城市品质的实施方案》已经市政府同意,现印发给你们,请认真组织实施。",
                "某某市人民政府 2020年3月5日 关于实施品牌培育行动提升城市品质的实施方案",
                "为推进品牌建设,结合本市实际,制定本方案。", "一、总体要求", "以质量为核心,推进品牌培育。"]
ISSUED = "关于实施品牌培育行动提升城市品质的实施方案"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_spaced_close_ending_its_line_short_of_the_measure_leaves_the_issued_title_a_line_of_its_own(columns):
    """GB/T 9704 7.3.5 sets the signature and the 成文日期 each on a line of
    its own, and 7.3.1 a title apart from the text under it. A close run in
    with what follows it, parted by spaces (unfold.spaced_close_run_in),
    hands its rest to the next line only where the wrap cut it there, its
    line filling the measure; a line short of the measure, or any line of a
    file one paragraph a line (no measure), ends its paragraph, so the rest,
    the title of the text the notice issues, stands as that text's title and
    the first sentence under it stays its body's (the rest ran into that
    sentence in a file one paragraph a line)."""
    docs = _documents(SPACED_CLOSE, columns)
    assert [d.title for d in docs] == [SPACED_CLOSE[0].split()[0]]
    assert (docs[0].doc_number, docs[0].issuers, docs[0].date) == ("某政函〔2020〕5号", ["某某市人民政府"], "2020-03-05")
    assert [p.title for p in docs[0].parts][1:] == [ISSUED]
    body = "".join(getattr(b, "text", "") for b in docs[0].parts[1].blocks)
    assert body.startswith("为推进品牌建设") and ISSUED not in body


# A notice run into one paragraph with the 办法 it issues, its pieces parted by spaces, as a page that lost its line
# breaks stores it.
RUN_TOGETHER = ["某某市人民政府关于印发某某市市长质量奖管理办法的通知", "各县(市、区)人民政府,市政府各部门:",
                "《某某市市长质量奖管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。 某某市人民政府 二〇一二年五月"
                "二十三日 某某市市长质量奖管理办法 第一章 总则 第一条 为推进质量强市战略,结合本市实际,制定本办法。"]


@pytest.mark.parametrize("columns", [19, 20, 21, 22, 29, 30])
def test_a_spaced_close_the_wrap_cut_inside_the_issued_title_still_joins_it(columns):
    """The control: wrapped at the measure, the close and the issued title's
    head stand on a line the wrap filled ('…二十三日 某某市市' / '长质量奖管理
    办法 第一章…'): the head opens the next line again, the title whole, the
    notice signed and dated."""
    assert any(re.search(r"日 \S+$", line) and not line.endswith("管理办法")
               for line in laid_out(RUN_TOGETHER[2:], columns))  # (the case's premise)
    docs = _documents(RUN_TOGETHER, columns)
    assert [d.title for d in docs] == [RUN_TOGETHER[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某市人民政府"], "2012-05-23")
    assert [p.title for p in docs[0].parts][1:] == ["某某市市长质量奖管理办法"]
    assert "第一条" in [p.label for p in docs[0].provisions]
