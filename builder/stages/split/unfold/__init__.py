"""Lines a web page or an extractor ran together, set out again as print sets
them: a title and its 发文字号 or serial on one line, a speech's title and its
occasion, a 令's heading and the title it promulgates, a signature and its
date, a bracketed frame and the text after it. Runs first, so that the
grammar after it sees one element of the frame to a line.

The modules, each reading only those above it:
  forms          a title and its 发文字号 or serial on one line, in the forms pages print
  pages          what a web page adds to a text's lines: tags, marks, listings, bylines
  addressees     a 主送 run on after a title or a number, and the body after it
  marks          the 版头's and 版记's marks, parted by the wrap or run in
  heads          a 令's, a speech's, a report's or a bulletin's head run into its text
  frames         a bracketed frame or a 发文字号 at a line's head, the text run on after it
  closes         the 附件说明, 署名, 成文日期 and 附注 run in or cut
  outline        a body's outline run in, and where a heading stops
  title_ends     where a title run into its 主送 or its body leaves off
  announcements  a 公告 or 令 run in with the text it publishes
  numbers        each line's pieces, and each title parted from its number
  stages         STAGES in the order they run: unfold_title_numbers
"""
from .addressees import BODY_OPENING_RE, CLASS_OPENING_RE, PUBLIC_KINDS, PUBLIC_SALUTATION_RE
from .forms import PUBLISHED_KINDS, joint_head_spaced, joint_head_wrapped
from .heads import OCCASION_WRAP
from .outline import outline_heading
from .stages import unfold_title_numbers
from .title_ends import DAY_OPENING_RE

__all__ = ["BODY_OPENING_RE", "CLASS_OPENING_RE", "DAY_OPENING_RE", "OCCASION_WRAP", "PUBLIC_KINDS", "PUBLIC_SALUTATION_RE",
           "PUBLISHED_KINDS", "joint_head_spaced", "joint_head_wrapped", "outline_heading", "unfold_title_numbers"]
