"""The document grammar on layouts of the two-hundred-and-sixth held-out
set's kind (issue #11): city services notices (供水, 供暖, 生活垃圾分类) as
city and county portals store them, a 通知 that a 城乡建设局 addresses to the
public with a salutation ('尊敬的广大市民朋友：') as a 通告 does. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 通知 to the public, its 称谓 a salutation, run into its title as an extractor that joins text boxes gives it.
PUBLIC_NOTICE = ["某某市住房和城乡建设局关于延长我市供暖期的通知尊敬的广大市民朋友：",
                 "根据天气变化情况，经市政府研究决定，将我市集中供暖时间延长至3月20日。", "特此通知。",
                 "某某市住房和城乡建设局", "2024年3月5日"]
# Control: a 通知 whose 主送 is organs, run into its title the same way.
ORGANS_NOTICE = ["某某市住房和城乡建设局关于做好冬季供暖工作的通知各县区住建局、各供热企业：",
                 "为确保群众温暖过冬，现将有关事项通知如下：请各单位于11月15日前做好供热准备。",
                 "某某市住房和城乡建设局", "2024年10月8日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_to_the_public_parts_from_its_salutation_run_in(columns):
    """GB/T 9704 7.3.1-7.3.2 and 条例 第八条: an organ's 通知 of a public
    service (供暖, 停水) addresses the public as a 通告 does, its 主送 a
    salutation naming the people ('尊敬的广大市民朋友：'); run in after the
    title's 文种, it parts there, so the 通知 is a document of its own under
    the one above, with the salutation its 主送."""
    docs = _documents(NOTICE + PUBLIC_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市住房和城乡建设局关于延长我市供暖期的通知"]
    assert docs[1].addressees == "尊敬的广大市民朋友"
    assert docs[1].issuers == ["某某市住房和城乡建设局"] and docs[1].date == "2024-03-05"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_to_organs_run_into_its_title_reads_as_before(columns):
    """Control: a 主送 of organs run in after a 通知's title parts as before."""
    docs = _documents(NOTICE + ORGANS_NOTICE, columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某市住房和城乡建设局关于做好冬季供暖工作的通知"]
    assert docs[1].addressees == "各县区住建局、各供热企业"
