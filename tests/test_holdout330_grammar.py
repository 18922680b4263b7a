"""The document grammar on layouts of the three-hundred-and-thirtieth held-out
set's kind (issue #11): fisheries, aquaculture and sea-area use texts of cities
and counties (a city office's 通知 issuing its 养殖水域滩涂规划, a city's 通知 on
its 海洋功能区划, a county office's 通知 on fishing boats in a typhoon, an 意见
on a lake's fishery) as policy portals, law libraries, mirrors and county sites
store them, one run into a single paragraph from its 主送 to its issued text:
the sentence, the office's signature, the date, the 附注 '(此件公开发布)' and the
规划's title with no break between them. Each case is invented text laid out
as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice issuing a plan, its close, the 附注 and the plan run into one paragraph under the title;
# the sentence's length and the date set so that the wrap at the given measure ends a line on the date.
TITLE = "北山市人民政府办公室关于印发《北山市养殖水域规划(2021—2030年)》的通知"


def _run_in(sentence: str, date: str) -> list[str]:
    return [TITLE, "各县区人民政府,市各委办局:经市政府同意,现将《北山市养殖水域规划(2021—2030年)》印发给你们,"
            f"{sentence}北山市人民政府办公室{date}(此件公开发布)北山市养殖水域规划(2021—2030年)"
            "一、规划目标全面贯彻新发展理念,科学划定禁止养殖区、限制养殖区和养殖区,合理布局水产养殖生产,"
            "稳定基本养殖水域,保障渔民合法权益,保护水域生态环境。二、基本原则坚持生态优先、底线约束。"]


@pytest.mark.parametrize("columns, sentence, date, iso", [
    (None, "请各单位结合实际认真贯彻实施。", "2021年5月18日", "2021-05-18"),
    (26, "请各单位结合实际认真贯彻实施。", "2021年5月18日", "2021-05-18"),
    (18, "请各单位认真贯彻实施。", "2021年5月8日", "2021-05-08")])
def test_a_note_under_a_run_in_date_closes_the_frame_wherever_the_wrap_falls(columns, sentence, date, iso):
    """GB/T 9704 7.3.5 sets the 署名 and the 成文日期 each on a line under the
    body and 7.3.6 the 附注 in brackets under the date ('（此件公开发布）'); a
    page that ran its close into one paragraph carries them after the last
    sentence. Where the wrap ends a line on the date and carries the note to
    open the next (26 and 18 columns here), the note still closes the frame
    (no sentence goes on into a note of how the text is published:
    unfold._date_closes), and what the page ran on after it opens the next
    piece (unfold.note_then_run_on): the notice is signed and dated, and the
    text it issues is its part, as on one line (None)."""
    docs = _documents(_run_in(sentence, date), columns)
    assert [d.title for d in docs] == [TITLE]
    assert (docs[0].issuers, docs[0].date) == (["北山市人民政府办公室"], iso)
    assert any("北山市养殖水域规划" in part.title for part in docs[0].parts[1:])


def test_the_note_opens_the_next_piece_only_under_a_date_line():
    """The rule on its lines: the note opening the line under a date line is
    set apart from what runs on after it; the same bracket under a sentence's
    line, or a line opening on another bracket under a date, stays whole."""
    from builder.model import Line
    from builder.stages.split.unfold.closes import note_then_run_on

    def lines(*texts):
        return [Line(no=k + 1, text=t) for k, t in enumerate(texts)]
    out = note_then_run_on(lines("北山市人民政府办公室", "2021年5月18日", "(此件公开发布)北山市养殖水域规划一、"))
    assert [l.text for l in out] == ["北山市人民政府办公室", "2021年5月18日", "(此件公开发布)", "北山市养殖水域规划一、"]
    kept = lines("请各地认真落实。", "(此件公开发布)北山市养殖水域规划一、")
    assert [l.text for l in note_then_run_on(kept)] == [l.text for l in kept]
    other = lines("2021年5月18日", "(星期二)召开全市渔业工作会议")
    assert [l.text for l in note_then_run_on(other)] == [l.text for l in other]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_a_sentence_goes_on_from_under_a_bracket_stays_in_its_sentence(columns):
    """The control: a date the wrap leaves at a line's end, a bracket other
    than a 附注 under it ('(星期二)召开…'), is a sentence's, as before: the
    notice's close is the signature and date at its end, not that day."""
    notice = ["北山市人民政府办公室关于召开全市渔业工作会议的通知", "各县区人民政府,市各委办局:",
              "经市政府同意,定于2021年5月18日(星期二)上午在市政府第一会议室召开全市渔业工作会议,请各单位主要负责同志参加。",
              "北山市人民政府办公室", "2021年5月10日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert (docs[0].issuers, docs[0].date) == (["北山市人民政府办公室"], "2021-05-10")
