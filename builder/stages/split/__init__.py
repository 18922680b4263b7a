"""Stage 4: split an issue's lines into documents, and documents into parts.

Reads the issue's Lines, its 目录 entries and the measure; writes DocSpans
(line ranges, title block, the 目录 entry, part starts) and diagnostics
for 目录 entries and documents that do not match.

A document starts at a title block: a few short lines that end with a kind
word (通知, 办法, 大事记 …) or stand above a document's frame (its 发文字号
or 主送机关). Which blocks open a document is read from the document grammar
of GB/T 9704 (see documents.opens_document): a 发文字号 under the title, a
title after the end of a frame (成文日期, 附注, 印发), a full 标题 (发文机关 +
关于 + 事由 + 文种) — unless the document above names the text (what it
issues, forwards or attaches: then it is a part). The printed 目录 is the
strong cross-check: its entries start documents, and a boundary only one of
the two sees is reported.

The modules, each reading only those before it:
  grammar    the vocabulary: what a title says, what a frame's lines are
  spans      what the stage writes (TitleBlock, DocSpan)
  unfold     lines a web page ran together, set out one element to a line
  titles     title blocks, and what stands under each
  toc        the 目录 matched to title blocks
  parts      the texts a document issues, forwards or attaches
  documents  which blocks open documents: split_documents
"""
from .documents import approved_name, promulgated, published_title, split_documents
from .grammar import ADDRESSEE_RE, balanced, rule_title, is_addressee_line, is_doc_number_line, is_notice_mark, is_order_name, organ_alone, organ_names, organs_by_name
from .parts import part_body_start, part_label, title_in
from .spans import DocSpan
from .titles import BARE_ENDING_RE, CELL_BAR_RE, TITLE_ORGAN_RE, masthead_over, unquoted_title, wrapped
from .unfold import unfold_title_numbers

__all__ = ["ADDRESSEE_RE", "approved_name", "BARE_ENDING_RE", "CELL_BAR_RE", "DocSpan", "TITLE_ORGAN_RE", "balanced", "is_addressee_line", "is_doc_number_line",
           "is_notice_mark", "is_order_name", "masthead_over", "organ_alone", "organ_names", "organs_by_name", "part_body_start", "part_label", "promulgated", "published_title", "rule_title", "split_documents", "title_in",
           "unfold_title_numbers", "unquoted_title", "wrapped"]
