"""The document grammar on layouts of the two-hundred-and-eighty-third held-out
set's kind (issue #11): rural-revitalisation texts of counties and cities (a
joint 通知 of two county bodies handing down a 小额信贷 project plan, a county
office's 通知 issuing three texts, a city bureau's 通知 issuing a 衔接资金 办法)
as their sites and a company site store them, and a joint signature of two
long names (an autonomous county's organs) set on one line under the 附件说明,
which a narrow measure cuts inside its last name. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A joint notice of two county bodies: the 附件说明 over a signature line of both names, longer together than
# one name's line, the date under it.
JOINT_HEAD = ["东岭农发〔2024〕21号", "东岭县农业农村委员会 东岭县财政局关于下达2025年脱贫人口小额信贷贴息项目计划的通知",
              "各乡镇人民政府、街道办事处：", "现将2025年脱贫人口小额信贷贴息项目计划下达给你们，请遵照执行。"]
ANNEX_NOTE = ["附件：2025年衔接资金项目第一批计划"]
LONG_JOINT = ["东岭土家族苗族自治县农业农村委员会 东岭土家族苗族自治县财政局", "2024年12月23日"]
SIGNERS = ["东岭土家族苗族自治县农业农村委员会", "东岭土家族苗族自治县财政局"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 30])
def test_joint_signers_longer_together_than_one_name_under_the_annex_note(columns):
    """GB/T 9704 7.3.5.2: organs that sign together are set on one line with
    spaces between, however long their names make it; under the 附件说明
    (7.3.4) that line is the 署名, no more of the annex's name, and the run of
    the close (the list, the names, the date) is left as the lines set it
    (paragraphs._joint_names). A measure that cuts the last name ('…委员会 东
    岭土家族苗族自' / '治县财政局') leaves its rest on the line under, though
    that rest begins as a county's name may ('治县…'): the names before the
    last space whole, the piece after it ending as no name ends, and the two
    one name (paragraphs._joint_name_cut)."""
    doc, = _documents(JOINT_HEAD + ANNEX_NOTE + LONG_JOINT, columns)
    assert doc.issuers == SIGNERS and doc.date == "2024-12-23"
    assert [b.text for b in doc.parts[-1].blocks if b.role == "attachments"] == [ANNEX_NOTE[0]]


@pytest.mark.parametrize("columns", [None, 18, 22, 26, 30])
def test_joint_signers_under_the_body_control(columns):
    """Control: the same names under the body's last sentence, no 附件说明
    between, were read so before the rule, and stay so."""
    doc, = _documents(JOINT_HEAD + ["特此通知。"] + LONG_JOINT, columns)
    assert doc.issuers == SIGNERS and doc.date == "2024-12-23"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_short_joint_signers_under_the_annex_note_control(columns):
    """Control: joint names short enough for one name's line under the
    附件说明 were the 署名 before the rule, and stay so; the annex's name that
    a narrow measure wraps goes on over them."""
    note = ["附件：2025年衔接资金项目第一批计划（脱贫人口小额信贷贴息项目安排表）"]
    doc, = _documents(JOINT_HEAD + note + ["东岭县农业农村委员会 东岭县财政局", "2024年12月23日"], columns)
    assert doc.issuers == ["东岭县农业农村委员会", "东岭县财政局"] and doc.date == "2024-12-23"
    assert [b.text for b in doc.parts[-1].blocks if b.role == "attachments"] == [note[0]]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_one_name_signature_under_the_annex_note_control(columns):
    """Control: one organ's name under the 附件说明, a line it fits, is the
    署名 as before; the rule reads only lines of two names or more."""
    doc, = _documents(JOINT_HEAD + ANNEX_NOTE + ["东岭土家族苗族自治县农业农村委员会", "2024年12月23日"], columns)
    assert doc.issuers[0] == "东岭土家族苗族自治县农业农村委员会" and doc.date == "2024-12-23"
