"""Title blocks: runs of short lines that read as a document's 标题 (GB/T 9704
7.2.5–7.3.1), where each begins and ends, and what stands under it (发文字号,
主送, date, 题注, articles): the candidates the split then weighs.

The modules, each reading only those above it:
  preamble    the first paragraph under a title: what it names, hands on or rests on
  lines       what a title's line is, and whether the wrap filled it
  addressees  the 主送 under a title
  closes      the close of the text above a title: 附件说明, 署名, 版记
  issuers     the 发文机关 a title opens on, or its 版头 names over it
  letters     speeches, letters, appeals and replies, titled by what follows them
  under       the frame under a title: 发文字号, 题注, date, articles
  framed      titles without a kind word, framed by what stands under them
  head        where a title wrapped anywhere begins
  again       a title printed a second time under itself
  blocks      title_blocks: each title found, its head reached back for, its frame read
"""
from .again import heading_worded_short
from .addressees import addressees_from
from .blocks import MONTH_ALONE_RE, ONE_MONTH_TITLE_RE, placed_plan_alone, title_blocks, titled_over_table
from .issuers import BARE_ENDING_RE, kind_banner, masthead_over
from .letters import appeal_over_public, occasion_over, signs_over_appeal
from .lines import CELL_BAR_RE, HEADLINE_DAY_RE, TITLE_ORGAN_RE, draft_stage, ends_row, staged_draft_over_body, title_line, titleish, unquoted_title, untitled_end, wrapped
from .preamble import announces_itself_under, explained_over_outline, hands_itself_on_under, names_itself_under, titled_over_ground, titled_over_own_preamble
from .under import continues_title, dated_under, levels_open, numbered_order_dated, outline_restarts, parties_apart_over, party_under, signed_under

__all__ = ["BARE_ENDING_RE", "CELL_BAR_RE", "HEADLINE_DAY_RE", "MONTH_ALONE_RE", "ONE_MONTH_TITLE_RE", "TITLE_ORGAN_RE", "addressees_from", "announces_itself_under", "appeal_over_public",
           "continues_title", "dated_under", "explained_over_outline", "draft_stage", "ends_row", "hands_itself_on_under", "heading_worded_short", "kind_banner", "levels_open", "masthead_over",
           "names_itself_under", "numbered_order_dated", "occasion_over", "outline_restarts", "parties_apart_over", "party_under", "placed_plan_alone",
           "signed_under", "signs_over_appeal", "staged_draft_over_body", "title_blocks", "title_line", "titled_over_own_preamble", "titled_over_ground", "titled_over_table",
           "titleish", "unquoted_title", "untitled_end", "wrapped"]
