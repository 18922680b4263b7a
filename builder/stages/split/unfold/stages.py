"""STAGES, the stages in the order they run, and unfold_title_numbers, which
runs them.
"""
from __future__ import annotations

from typing import Callable

from ....model import Line
from .pages import (column_tags_off, headline_exclamations_off, join_stop_notes, listed_entries, stray_letters_off,
                    titles_then_own_contents)
from .marks import annex_marks, join_printing_tails, join_stacked_marks
from .heads import (bulletin_heads_run_in, date_then_occasion, order_then_body, report_heads_run_in,
                    speech_heads_run_in, speech_themes_run_in, title_then_order, titles_then_adoption_notes,
                    titles_then_occasions)
from .frames import join_wrapped_frames, titles_then_spaced_frames, unfold_run_in_frames
from .closes import note_then_run_on, signature_run_in, signer_head_cut, spaced_close_run_in, wrapped_signed_close
from .outline import articles_run_in, outline_run_in, titles_then_first_division
from .title_ends import addressees_then_run_on_body, numbers_then_addressees, titles_then_addressees
from .announcements import announcement_run_in, issuing_run_in
from .numbers import each_line_set_out, titles_then_numbers


Stage = Callable[[list[Line], float], list[Line]]


def _widthless(stage: Callable[[list[Line]], list[Line]]) -> Stage:
    """A stage that reads no widths, in the (lines, full_width) form every stage takes."""
    return lambda lines, full_width: stage(lines)


# The stages in the order they run, each giving the lines back with one kind of run-in set out as print sets it:
# a page's own marks off first, then the 版头's and 版记's marks, the heads of orders, speeches and reports, the
# frames, the 主送, the close, each line's pieces, the outline, and last each title parted from its number.
STAGES: tuple[Stage, ...] = (
    _widthless(column_tags_off), _widthless(stray_letters_off), _widthless(headline_exclamations_off),
    _widthless(titles_then_own_contents), _widthless(listed_entries), annex_marks, announcement_run_in,
    _widthless(join_stop_notes), _widthless(join_stacked_marks), _widthless(join_printing_tails),
    _widthless(date_then_occasion), _widthless(order_then_body), _widthless(title_then_order),
    _widthless(join_wrapped_frames), titles_then_adoption_notes, speech_heads_run_in, report_heads_run_in,
    speech_themes_run_in, bulletin_heads_run_in, _widthless(titles_then_occasions), titles_then_spaced_frames,
    _widthless(unfold_run_in_frames),
    _widthless(numbers_then_addressees), _widthless(wrapped_signed_close), each_line_set_out,
    _widthless(signer_head_cut), signature_run_in, _widthless(note_then_run_on), _widthless(titles_then_first_division),
    titles_then_addressees, _widthless(addressees_then_run_on_body), issuing_run_in, articles_run_in, outline_run_in,
    spaced_close_run_in, titles_then_numbers,
)


def unfold_title_numbers(lines: list[Line], full_width: float) -> list[Line]:
    """The lines set out one element of the frame to a line, as print sets
    them: each of STAGES in turn."""
    for stage in STAGES:
        lines = stage(lines, full_width)
    return lines
