"""The document grammar on layouts of the two-hundred-and-forty-sixth held-out
set's kind (issue #11): technical safety and standards texts of counties,
districts and cities (a 气象局's 防雷 notice under its 版头, a government
office's 防雷减灾 and 无障碍 texts, a 转发 on a 压力管道 survey, 雷电灾害防御
办法 under the 题注 of the 政府令 that promulgated them, a 市场监管局's 计量
检查 notice) as portals and their mirrors store them. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice signed and dated: the document the 版头 of the next one follows.
SIGNED = ["某某县气象局关于做好汛期防雷安全检查工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在6月底前完成检查。", "某某县气象局", "2017年5月2日"]
# A notice under its 版头 (GB/T 9704 7.2.2: the organ's name and 文件), the 发文字号 under it, a title naming no
# organ and no signature: the 版头 names the issuer.
MARKED = ["{mark}", "某气发〔2017〕14号", "关于公布2017年度防雷安全重点单位的通知",
          "各乡镇，县级有关部门：", "现确定并公布2017年度县本级防雷安全重点单位，并就有关事项要求如下：",
          "一、进一步提高防雷安全工作认识。各有关单位要全面落实防雷安全责任。"]


def _marked(mark: str) -> list[str]:
    return [line.format(mark=mark) for line in MARKED]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_masthead_spaced_out_before_its_wen_jian_begins_the_document_and_names_its_issuer(columns):
    """GB/T 9704 7.2.2: the 发文机关标志 is the organ's name and 文件 on one
    line; a page that spaces it out ('某某县气象局 文件', letter-spacing kept
    as a space) prints the same 版头. Over the 发文字号 it begins the
    document (the text above does not take it as its last line), and a text
    that neither signs nor names an organ in its title is the organ's."""
    docs = _documents(SIGNED + _marked("某某县气象局 文件"), columns)
    assert [d.title for d in docs] == [SIGNED[0], MARKED[2]]
    assert docs[1].doc_number == "某气发〔2017〕14号"
    assert docs[1].issuers == ["某某县气象局"]
    assert docs[0].issuers == ["某某县气象局"] and docs[0].date == "2017-05-02"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_masthead_printed_whole_reads_as_before(columns):
    """Control: the 版头 printed as one word ('某某县气象局文件') was read so
    already and reads the same; a line over the number that is no 版头 (a
    sentence of the text above ending in '文件', its organ's name missing)
    names no issuer."""
    docs = _documents(SIGNED + _marked("某某县气象局文件"), columns)
    assert [d.title for d in docs] == [SIGNED[0], MARKED[2]]
    assert docs[1].issuers == ["某某县气象局"]
    docs = _documents(_marked("请认真学习 文件"), columns)
    assert [d.title for d in docs] == [MARKED[2]]
    assert docs[0].issuers == []


# An 实施意见 cut after the first point under a （一） heading that pairs two phrases: the excerpt stops before '2.'.
OPINION = ["某某州人民政府办公室关于推进无障碍环境建设的实施意见", "各县市人民政府：",
           "现就推进无障碍环境建设提出以下实施意见。", "一、主要任务措施", "{heading}",
           "1.开展“无障碍环境宣传周”活动。在每年12月的第一周开展宣传活动。(责任单位:州残联)"]


def _provision_labels(doc) -> list[str]:
    from builder.model import Provision
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("heading", ["(一)加强无障碍环境宣传,汇聚共识", "(一)加强无障碍 环境宣传,汇聚共识",
                                     "（一）加强无障碍环境宣传， 汇聚共识"])
def test_a_first_point_under_a_paired_heading_spaced_by_a_scan_is_a_point(columns, heading):
    """GB/T 9704 7.3.3 (一、，（一），1.): under a （一） heading alone on its line
    that pairs short phrases ('加强无障碍环境宣传，汇聚共识'), a '1.' running its
    own heading sentence into its text is the first point, though the excerpt
    stops before '2.'. A space a scan or a page left between the heading's
    characters ('加强无障碍 环境宣传') is no part of its shape: the heading
    pairs its phrases still."""
    docs = _documents([line.format(heading=heading) for line in OPINION], columns)
    assert [d.title for d in docs] == [OPINION[0]]
    assert _provision_labels(docs[0]) == ["一、", "（一）", "1."]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lone_one_under_a_sentence_spaced_by_a_scan_stays_a_sentence(columns):
    """Control: under a （一） line that is a sentence, not a heading ('（一）各
    县市要 加强宣传，并于每年12月组织开展活动。'), a lone '1.' with no '2.'
    anywhere is no list: spaces taken out of the line above do not make it a
    paired heading."""
    sentence = "(一)各县市要 加强宣传,并于每年12月组织开展活动。"
    docs = _documents([line.format(heading=sentence) for line in OPINION], columns)
    assert [d.title for d in docs] == [OPINION[0]]
    assert _provision_labels(docs[0]) == ["一、", "（一）"]
