"""Search keywords: a doc number or date as typed meets the page's keywords on the same terms.

The browser test (test_browser.py) runs the real queries; these check the
two halves it relies on without a browser: the keywords, and the separator
of mkdocs.yml that splits keywords and queries alike.
"""
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from builder.search_terms import keywords

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def separator():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return re.compile(config.plugins["material/search"].config.separator)


def terms(separator, text):
    return [t for t in separator.split(text) if t]


def test_keywords_are_the_number_and_the_date_as_people_write_them():
    assert keywords("荆政办发〔2022〕16号", "2022-09-17") == [
        "荆政办发〔2022〕16号", "2022-09-17", "2022年9月17日"]
    assert keywords(None, "2020-03-02") == ["2020-03-02", "2020年3月2日"]
    assert keywords(None, None) == []


@pytest.mark.parametrize("typed", ["荆政办发〔2022〕16号", "荆政办发[2022]16号", "荆政办发(2022)16号",
                                   "荆政办发（2022）16号", "荆政办发【2022】16号", "荆政办发﹝2022﹞16号"])
def test_every_bracket_shape_splits_like_the_keyword(separator, typed):
    keyword = keywords("荆政办发〔2022〕16号", None)[0]
    assert terms(separator, typed) == terms(separator, keyword) == ["荆政办发", "2022", "16号"]


def test_dates_split_like_their_keywords(separator):
    iso, chinese = keywords(None, "2022-09-17")
    assert terms(separator, "2022-09-17") == terms(separator, iso) == ["2022", "09", "17"]
    assert terms(separator, "2022年9月17日") == terms(separator, chinese) == ["2022年9月17日"]


def test_separator_keeps_jieba_word_marks(separator):
    """Material marks jieba's word boundaries with U+200B; without it in the
    separator, Chinese segmentation is silently lost."""
    assert terms(separator, "农民工\u200b工资") == ["农民工", "工资"]
