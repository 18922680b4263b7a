"""A 预案's sections numbered by levels in a real browser (headless Chromium,
as tests/test_browser.py drives it): the seeds hold none, so the module builds
a site of its own from an invented 预案 with its own 目录. A reader opens a
section's address, finds it in the page's outline, follows a 目录 entry to it
and copies a citation of a point under it.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from tests import test_browser
from tests.test_sections import PLAN

# The same watched pages (a console error or a request to another host fails a test) as tests/test_browser.py's.
make_page, page = test_browser.make_page, test_browser.page

CONTENTS = ["目 录", "1 总则……1", "1.1 编制目的……1", "1.2 适用范围……2", "2 组织体系……3", "3 附则……5"]


@pytest.fixture(scope="module")
def plan_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plan")
    (tmp / "seeds").mkdir()
    (tmp / "seeds" / "plan.txt").write_text("\n".join(PLAN[:6] + CONTENTS + PLAN[6:]) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(tmp / "seeds"),
                             "--site", str(tmp / "site")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    (page_dir,) = (tmp / "site" / "gazettes").glob("*/*/")
    return tmp / "site", "gazettes/" + page_dir.relative_to(tmp / "site" / "gazettes").as_posix() + "/"


@pytest.fixture(scope="module")
def base_url(plan_site):
    yield from test_browser._served(plan_site[0])


def test_a_sections_address_opens_it_and_the_outline_lists_it(page, base_url, plan_site):
    page.goto(base_url + plan_site[1] + "#text_1__clause_2-1-1")
    section = page.locator("[id='text_1__clause_2-1-1']")
    assert section.is_visible() and "2.1.1" in section.inner_text() and "指挥部职责" in section.inner_text()
    outline = page.locator(".md-sidebar--secondary")
    assert outline.get_by_text("2.1　县防汛指挥部").count() == 1
    assert outline.get_by_text("3　附则").count() == 1


def test_a_contents_entry_leads_to_its_section(page, base_url, plan_site):
    page.goto(base_url + plan_site[1])
    page.get_by_role("link", name="1.2\u3000适用范围……2").click()
    assert page.evaluate("location.hash") == "#text_1__clause_1-2"
    assert page.locator("[id='text_1__clause_1-2']").is_visible()


def test_a_points_citation_names_its_section(page, base_url, plan_site):
    page.goto(base_url + plan_site[1])
    cite = page.locator("[id='text_1__clause_2-2__point_1'] > button.gz-copy-cite")
    # (the section, a space, the point: '2.2 1', not '2.21'; the notice named by its title, having no 文号)
    assert cite.get_attribute("data-citation") == \
        "《某某县防汛应急预案》2.2 1（某某县人民政府办公室关于印发某某县防汛应急预案的通知）"
