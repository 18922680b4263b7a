"""Genres whose title is framed by what follows it rather than by a 文种 at its end: speeches (their byline and
occasion), letters and appeals (their 称谓), replies to deputies (the suggestion they answer), questions answered.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ....model import Line
from ....text.frame import (ANSWER_OPENING_RE, greeted, GUIDE_FIELD_RE, kind_of, members_addressed, OCCASION_RE,
                            over_contact, paren_frame, QUESTION_TITLE_RE, REPLY_KINDS, SALUTATION_RE, SPEAKER_RE, SUBTITLE_RE)
from ....text.lines import ends_sentence, squash
from ....text.numbering import LABEL_RE
from ....text.rows import NAME_MAX
from ....text.script import either_script
from ..grammar import (ADDRESSEE_RE, ADDRESSEE_WRAP, balanced, flows_on, is_date_line, join_title, LETTER_HEAD_RE,
                       LETTER_SALUTATION_MAX, LETTER_TITLE_MAX, organ_alone, REPORTED_LEAD_RE, TITLE_GRAMMAR_RE)
from ..spans import TitleBlock
from ..unfold import BODY_OPENING_RE, OCCASION_WRAP, PUBLIC_KINDS, PUBLIC_SALUTATION_RE
from .lines import title_line, titleish, titleish_but_row, wrap_piece, wrapped


SPEAKER_LINES = 2  # lines of speakers' posts and names under a speech's title (two leaders on two lines)
SPEAKER_CHARS = 30  # characters of one such line


def speakers_over_salutation(lines: list[Line], end: int, title: str) -> bool:
    """A speech's title (kind 讲话: a 讲话, 致辞, 献辞) over its byline, the
    speakers' posts and names on a line or two ('中共某某市委书记 张某某 某某市
    人民政府市长 李某某'), then the 称谓 it opens with ('同志们、朋友们：', the body
    perhaps run on after it): the delivered text's frame, as a 主送 under a
    公文's title is. No sentence runs on from the line above into such a title
    and on into a speaker and a greeting, so it opens a text whatever that
    line ended on (an excerpt the store cut mid-sentence)."""
    if kind_of(title) != "讲话":
        return False
    for k in range(end, min(len(lines), end + SPEAKER_LINES + 1)):
        text = lines[k].text.strip()
        greeting = re.match(r"^[^:：。，,；;]{2,40}[:：]", text)
        if greeting and (SALUTATION_RE.match(greeting.group(0).replace(" ", ""))
                         or PUBLIC_SALUTATION_RE.match(greeting.group(0).replace(" ", ""))):
            return True
        if len(text.replace(" ", "")) > SPEAKER_CHARS or re.search(r"[。，,；;：:！!？?]", text) or LABEL_RE.match(text):
            return False
    return False


# The end of a speaker's line: the post of a government's or an organ's head and the name after it, perhaps set
# apart or letter-spaced ('代理县长 刘春霞', '…党组书记、局长  杜  宇', which the lines stage may have closed up),
# whatever the line holds before the post (the report's own name run into it, '2022年…工作报告市城管局党组书记、局长
# 杜  宇').
SPEAKER_TAIL_RE = re.compile(r"(?:[省市县区州旗盟镇乡局厅部院]长|书记|主任|主席|专员)"
                             r"\s*[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,3}$")
# The genre word of a text delivered at a meeting, anywhere in a line (the report's own name run into its byline).
DELIVERED_RE = re.compile(either_script(r"(?:报告|讲话|致辞|发言)"))
SPEAKER_WRAP = 2  # lines a speaker's line, a report's name run into it, may be wrapped over above its last
BODY_LINES = 3  # the body's first lines under the 称谓 read for the measure's wrap


def answered_question(lines: list[Line], i: int, skip: set[int], floor: int, limit: int,
                       full_width: float, answers: list[int]) -> int:
    """The end of a question that titles the answer under it: an organ's 政策问答 or 常见问题 publishes each
    question and its answer as an item of its own, the question its title (alone: no numbering label, no 问 or
    记者 before it), the answer opening on '答：'. Only the first question of a text is its title: none right under
    a title (the first of a 问答's questions under the 问答's own title) and none under an answer that opened since
    the title above (the next question of the same series). The question may be wrapped over a few lines, each but
    its last filled by the wrap, and begins a line no line above runs into; 0 for none. (answers: the lines that
    open on '答：', read once for the text: most lines have none under them.)"""
    if not _any_between(answers, i + 1, min(i + limit, len(lines) - 1) + 1) \
            or i in skip or lines[i].cells or i == floor and floor > 0 or i > 0 and wrapped(lines[i - 1], full_width):
        return 0
    for stop in range(i + 1, min(i + limit, len(lines) - 1) + 1):
        if stop - 1 in skip or ANSWER_OPENING_RE.match(lines[stop - 1].text.strip()):
            return 0
        if stop - 1 > i and (not wrapped(lines[stop - 2], full_width) or LABEL_RE.match(lines[stop - 1].text)):
            return 0  # a line that stops short ends what it holds, and a numbering label opens an item: no question
            # runs on past the one or into the other
        if kind_of(lines[stop - 1].text) and balanced(lines[stop - 1].text):
            return 0  # a whole title's line (a 问答's own title, full, over its first question): no question's
        if stop in answers:
            return stop if QUESTION_TITLE_RE.match(join_title([line.text for line in lines[i:stop]])) \
                and not _any_between(answers, floor, i) else 0
    return 0


def _any_between(indices: list[int], start: int, stop: int) -> bool:
    """Some index of the sorted list stands in [start, stop)."""
    at = bisect_left(indices, start)
    return at < len(indices) and indices[at] < stop


def _theme_line(lines: list[Line], k: int, full_width: float) -> bool:
    """A line of a speech's theme: titleish, or the rest of the line above that the wrap cut ('…推动城市管理和综合
    执法事业高质' / '量发展 以优异成绩…'), which a space after its first words does not make a name list's row
    (the row's name opens a line of its own)."""
    return titleish(lines[k]) or k > 0 and not lines[k].cells and titleish_but_row(lines[k].text) \
        and titleish(lines[k - 1]) and wrapped(lines[k - 1], full_width)


def _speaker_line(text: str) -> bool:
    """A speech's byline line naming its speaker: the name, perhaps after the post (SPEAKER_RE), or a line
    ending in a head's post and a name (SPEAKER_TAIL_RE)."""
    return bool(SPEAKER_RE.match(text.strip()) or SPEAKER_TAIL_RE.search(text.strip()))


def bylined_titles(lines: list[Line], skip: set[int], blocks: list[TitleBlock], limit: int,
                    full_width: float, listed: frozenset[str] = frozenset()) -> list[TitleBlock]:
    """A speech's or a report's title need not end in its kind word: titled by its theme ('立足更高定位 彰显更大
    作为 …'), it is framed by its byline as a 公文's title by its 主送 (GB/T 9704 7.3.2) — the speaker's line (or
    none), the date alone in brackets under it, and the 称谓 under the date ('同志们：'), whom a speech addresses as a 公文 its
    organs. The title is the short lines above the speaker's line, none holding a sentence's punctuation; no
    sentence runs on into it from a line that stops mid-sentence, and a 副题 or occasion line heads none. What
    follows it is its byline, as a 副题's occasion follows a speech's title: it opens a document after a line that
    ends a sentence (documents.opens_document)."""
    taken = {k for b in blocks for k in range(b.start, b.end)}
    found = []
    for j in range(3, len(lines)):
        date = j - 1
        if not SALUTATION_RE.match(lines[j].text.strip()) or not re.match(r"^\s*[（(]", lines[date].text) \
                or not is_date_line(lines[date].text) or date in taken:
            continue
        # The speaker's line, or the pieces the wrap cut it into in a text the measure wraps (the body's first
        # lines too: '…工作报告市城' / '管局党组书记、局长  杜  宇'), each but the last filled to the measure and
        # no wider. A title's last line may fill it too: the longest reading that leaves a title above it.
        hard_wrapped = any(wrapped(line, full_width) for line in lines[j + 1:j + 1 + BODY_LINES])
        readings = [n for n in range(1, SPEAKER_WRAP + 2) if date - n > 0
                    and (n == 1 or hard_wrapped and all(wrap_piece(line, full_width)
                                                        for line in lines[date - n:date - 1]))
                    and _speaker_line(join_title([line.text for line in lines[date - n:date]]))]
        if any(date - n - 1 in taken for n in readings):
            continue  # the byline of a title found above it ('在…上的讲话' / '张某某' / '（…）')
        # A report's own name run into the speaker's line opens it ('2022年…工作报告市城管局…'): the piece that
        # holds its kind word is the line's first, whatever fills the measure above it.
        named = [n for n in readings if n > 1 and DELIVERED_RE.search(lines[date - n].text)]
        # A byline may print no speaker (the date alone under the theme, '（2019年3月31日）' / '同志们：'): the
        # reading of last resort, as a speaker's name alone is the likelier reading of a short last line (a theme
        # whose wrap leaves two to four characters on its last line over the date reads them as the speaker).
        for speaker in [date - max(named)] if named else sorted(date - n for n in readings) + [date]:
            start = speaker
            while start > 0 and speaker - start < limit and start - 1 not in taken and start - 1 not in skip \
                    and _theme_line(lines, start - 1, full_width) and not re.search(r"[，；：,;:]", lines[start - 1].text):
                start -= 1
            if start < speaker:
                break
        else:
            continue
        if (start > 0 and start - 1 not in skip and flows_on(lines[start - 1].text)) \
                or SUBTITLE_RE.match(lines[start].text) or OCCASION_RE.match(lines[start].text):
            continue
        # A title whose last line fills the measure as the speaker's wrapped line does ends where the printed
        # 目录 lists it, when one does.
        end = next((k for k in range(speaker + 1, j - 1)
                    if squash(join_title([line.text for line in lines[start:k]])) in listed), speaker)
        title = join_title([line.text for line in lines[start:end]])
        found.append(TitleBlock(start, end, title, "occasion"))  # (its byline: a delivered text's frame)
        taken.update(range(start, end))
    return sorted(blocks + found, key=lambda b: b.start)


def theme_under(lines: list[Line], end: int, title: str, limit: int, full_width: float) -> int:
    """Where the theme under a speech's occasion ends: a title that is the
    occasion alone ('在…上的讲话') may be printed over the speech's theme (a
    引题), the theme's lines then the date in brackets; the theme is the
    title. A speaker's name under the occasion is its byline, no theme: a
    name alone, or one line of a post and a name ('市长 张某某'), the two
    perhaps closed up ('某某林业局局长孙某某', _speaker_line)."""
    if not (title.startswith("在") and OCCASION_RE.match(title)):
        return end
    k = end
    while k < len(lines) and k - end < limit and title_line(lines, k) and not re.search(r"[，。；：,;:]", lines[k].text) \
            and (len(squash(lines[k].text)) > NAME_MAX or k > end and wrapped(lines[k - 1], full_width)):
        k += 1  # (a short line is a name alone, unless the line above ran on into it)
    byline = k == end + 1 and _speaker_line(lines[end].text)  # (the post and the name closed up too: '…局长孙某某')
    dated = k < len(lines) and (frame := paren_frame(lines[k].text)) and frame[0]  # '(2019年3月31日)'
    return k if k > end and dated and not byline else end


def subtitle_occasion(lines: list[Line], k: int) -> int:
    """Where the 副题 that line k opens ends, when it names the occasion a
    speech or report was delivered at after a 破折号 ('——在…上的讲话',
    '——2021年…在…会议上'), perhaps wrapped over the lines under it; else 0."""
    if not SUBTITLE_RE.match(lines[k].text):
        return 0  # (the longest reading: '——在…闭幕式上' / '的讲话' is one 副题)
    return max((stop for stop in range(k + 1, min(len(lines), k + OCCASION_WRAP) + 1)
                if OCCASION_RE.match(join_title([line.text for line in lines[k:stop]]))), default=0)


def saluted_public_title(lines: list[Line], start: int, end: int) -> bool:
    """A full 标题 (GB/T 9704 7.3.1: 关于 + 事由 + 文种, its organ perhaps left
    out) of a kind an organ addresses to the public (党政机关公文处理工作条例 第八条:
    通告, 公告, and the 通知 a service gives the people it serves, unfold.PUBLIC_KINDS),
    with the public it addresses under it where a 主送 stands, a salutation ending
    on its colon ('尊敬的广大群众：', '广大市民朋友：', unfold.PUBLIC_SALUTATION_RE),
    is a document's title though the line above stops mid-sentence (an excerpt the
    store cut there): a sentence that runs into a quoted title goes on with words,
    not with a greeting and a colon."""
    title = join_title([line.text for line in lines[start:end]])
    if not (TITLE_GRAMMAR_RE.match(title) and kind_of(title) in PUBLIC_KINDS):
        return False
    for stop in range(end + 1, min(len(lines), end + ADDRESSEE_WRAP) + 1):
        text = re.sub(r"\s", "", join_title([line.text for line in lines[end:stop]]))
        if len(text) > LETTER_SALUTATION_MAX or re.search(r"[。；;！？!?]", text) or re.search(r"[:：]", text[:-1]):
            return False
        if text.endswith((":", "：")):
            return bool(PUBLIC_SALUTATION_RE.match(text))
    return False


def occasion_over(lines: list[Line], block: TitleBlock) -> int:
    """The lines of the occasion a speech was given at ('在…上的讲话'),
    perhaps wrapped, printed over its theme (theme_under), the title then
    naming no kind: the speech's first lines, no document's end."""
    if kind_of(block.title):
        return 0
    return next((block.start - k for k in range(block.start - 1, max(-1, block.start - 1 - OCCASION_WRAP), -1)
                 if lines[k].text.startswith("在")
                 and OCCASION_RE.match(join_title([line.text for line in lines[k:block.start]]))), 0)


def public_salutation(lines: list[Line], end: int) -> bool:
    """An appeal an organ addresses to the public (an 倡议, a 公开信, a 通告 by another name) names whom it
    addresses where a 公文's 主送 stands (GB/T 9704 7.3.2), as a salutation names them: the public by their class
    ('广大公民朋友们：', '全县广大适龄青年：', PUBLIC_SALUTATION_RE; no session's audience, '各位代表、同志们：'),
    closing on its colon, alone on its line, and over a body that opens as a 公文's 开头 opens, on its purpose or
    ground ('为全面加强…', '当前，…': BODY_OPENING_RE) or cause ('因…需要，': CAUSE_OPENING_RE). The line over such a
    frame is the appeal's title, whatever 文种 it names or none ('依法参加民兵组织  自觉履行国防义务'); a greeting over
    a plea ('广大市民朋友：' / '请积极配合…') is a passage of the text it stands in."""
    salutation = PLACE_BEFORE_PUBLIC_RE.sub("", re.sub(r"\s", "", lines[end].text)) if end < len(lines) else ""
    return end + 1 < len(lines) and not lines[end].cells and bool(PUBLIC_SALUTATION_RE.match(salutation)) \
        and not SALUTATION_RE.match(salutation) and bool(BODY_OPENING_RE.match(lines[end + 1].text.strip())
                                                         or CAUSE_OPENING_RE.match(lines[end + 1].text.strip()))


# A notice to the public may open on its cause ('因开展…工程需要，我馆决定…', '因施工需要，…'): 因 and what calls
# for the measure, not a conjunction that goes on from a sentence before (因此, 因而, 因为).
CAUSE_OPENING_RE = re.compile(either_script(r"^因(?!此|而|为)[^，。；,;]{1,40}?需要"))


# The place whose public an appeal addresses, named before them ('霸州市广大市民：', '某某县全体公民：'): a place's
# name ending in its level, right before 广大 or 全.
PLACE_BEFORE_PUBLIC_RE = re.compile(either_script(r"^[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|旗|州|盟|镇|乡)(?=广大|全)"))


def appeal_over_public(lines: list[Line], start: int, end: int) -> bool:
    """Lines start..end are an appeal's title over the public it addresses (public_salutation): no longer than a
    letter's title, no sentence's punctuation in it, no numbered heading. A sentence cut short above goes on with
    words, never with a salutation alone on its line, so such a title opens a text whatever its 文种, or none.
    A numbered heading's matter stands under it (结构层次序数: '（二）年龄条件' over its paragraph): a line right
    under such a heading is that paragraph's, no title's first line."""
    title = join_title([line.text for line in lines[start:end]])
    above = lines[start - 1].text.strip() if start > 0 else ""
    return len(re.sub(r"\s", "", title)) <= LETTER_TITLE_MAX and not re.search(r"[。；;，,、：:！!？?]", title) \
        and not LABEL_RE.match(title.strip()) and public_salutation(lines, end) \
        and not (LABEL_RE.match(above) and len(above) <= HEADING_LINE_MAX and not ends_sentence(above)) \
        and not PUBLIC_SALUTATION_RE.match(re.sub(r"\s", "", lines[end - 1].text + lines[end].text))
    # (the salutation's own head the wrap set on the line above, '尊敬的' / '广大市民朋友：', is none of a title)


HEADING_LINE_MAX = 30  # characters of a numbered heading alone on its line ('（二）年龄条件')
APPEAL_TITLE_LINES = 3  # lines an appeal's or a letter's title may be wrapped over (LETTER_TITLE_MAX at 22 columns)


def signs_over_appeal(lines: list[Line], k: int, floor: int) -> bool:
    """Line k, one organ's name alone under the text above's last line (a
    sentence it ends, or the contact it closes with: GB/T 9704 7.3.6), is
    that text's signature (7.3.5.1: a letter's or an appeal's 署名 under its
    body), though no date follows it, when the title under it is an
    appeal's or a letter's over the public it addresses (appeal_over_public)
    or over its 称谓 (letter_under: kind 信, '倡议书' / '广大农民朋友们：'). Such a text is framed by its 称谓 and
    signed at its foot, as a letter is (书信格式: 称谓, 正文, 署名, 日期); its
    writer, where its title names one, stands in the title's own line
    ('某某市人民政府感谢信', LETTER_HEAD_RE), never alone over it as a 版头
    sets a 公文's 发文机关 over a 标题 that runs on to its 主送."""
    if k <= floor or k + 2 >= len(lines) or not organ_alone(squash(lines[k].text)):
        return False
    if not ends_sentence(lines[k - 1].text) and over_contact([line.text for line in lines], k, squash(lines[k].text)) is None:
        return False
    return any(appeal_over_public(lines, k + 1, end) or (letter_under(lines, k + 1, end) and len(
        squash(title := join_title([line.text for line in lines[k + 1:end]]))) <= LETTER_TITLE_MAX
        and not re.search(r"[。；;，,：:！!？?]", title)) for end in range(k + 2, min(len(lines) - 1, k + 1 + APPEAL_TITLE_LINES) + 1))


def letter_head(lines: list[Line], start: int, end: int) -> int:
    """The line a letter's title (framed by its 称谓 under it: letter_under)
    begins on, where the block from start holds the tail of a sentence cut
    short above it ('争做党和人民满' / '吉首市人民政府感谢信', a list's last items
    and '新春贺信'): the last line from which the rest opens as a letter's
    title opens (LETTER_HEAD_RE); start where none does."""
    if not letter_under(lines, start, end):
        return start
    return max((k for k in range(start + 1, end) if not lines[k].cells
                and LETTER_HEAD_RE.match(title := join_title([line.text for line in lines[k:end]]))
                and kind_of(title) == "信"), default=start)


def letter_under(lines: list[Line], start: int, end: int) -> bool:
    """A letter's title (its kind 信) with its 称谓 under it: a sentence that
    runs on into a letter's name goes on with words, not with a salutation
    ending in a colon, so such a title opens a letter even after a line that
    stops mid-sentence (a text whose excerpt ends there)."""
    return kind_of(join_title([line.text for line in lines[start:end]])) == "信" and letter_salutation(lines, end)


# A reply's title names what it answers: a 建议, 提案 or 议案 ('对…第63号提案的答复', '关于…1号建议的回复').
ANSWERED_RE = re.compile(either_script(r"建议|提案|议案"))
# And it opens on 对 or 关于 (GB/T 9704 7.3.1: 发文机关 + 关于 + 事由 + 文种; '对…建议的答复'), or on its organ's name
# before them (TITLE_GRAMMAR_RE).
REPLY_OPENING_WORD_RE = re.compile(either_script(r"^(?:对|关于)"))
MEMBERS_WRAP = 2  # lines a reply's 主送 of deputies or members may be wrapped over


def members_under(lines: list[Line], start: int, end: int) -> bool:
    """A reply's title (its kind an 答复 or 函, naming the 建议, 提案 or 议案 it
    answers) with the deputies or members it answers under it as its 主送
    (GB/T 9704 7.3.2; frame.members_addressed: '某某、某某某委员', its colon
    perhaps lost, over a body that addresses them): a sentence that runs on
    into a title goes on with words, not with a 称谓 naming 代表 or 委员, so
    such a title opens a reply even after a line that stops mid-sentence (a
    text whose excerpt ends there), as a letter's title over its 称谓 does."""
    title = join_title([line.text for line in lines[start:end]])
    return end < len(lines) and kind_of(title) in REPLY_KINDS and bool(ANSWERED_RE.search(title)) \
        and any(members_addressed(join_title([line.text for line in lines[end:stop]]),
                                  lines[stop].text if stop < len(lines) else "")
                for stop in range(end + 1, min(len(lines), end + MEMBERS_WRAP) + 1))


def reply_head(lines: list[Line], start: int, end: int) -> int:
    """The line such a reply's title (members_under) begins on, where the
    block from start holds the tail of a sentence cut short above it ('…同时'
    / '感谢' / '对…第63号提案的答复'): the line from which the rest opens
    as a reply's title opens (对, 关于, or its organ's name and 关于), the
    first such, so that a title wrapped after its organ and 关于 keeps them;
    start where the whole block opens so, or none does."""
    if not members_under(lines, start, end):
        return start
    return next((k for k in range(start, end)
                 if REPLY_OPENING_WORD_RE.match(title := join_title([line.text for line in lines[k:end]]))
                 or TITLE_GRAMMAR_RE.match(title)), start)


def letter_salutation(lines: list[Line], start: int) -> bool:
    """A letter's 称谓 (感谢信, 慰问信, 贺信, 一封信: frame.KINDS' 信) stands
    under its title where a 公文's 主送 stands (GB/T 9704 7.3.2), whoever it
    addresses: people, not organs ('全市广大教师、教育工作者：', '各位父老乡亲、
    同志们、朋友们：', '尊敬的爱心企事业单位及爱心人士们：'). It is short, holds
    no sentence's end and ends in the colon, perhaps wrapped over a few lines
    at a narrow measure; a body's first line holds a sentence's end or runs on.
    Its colon lost, it is the line of people over the greeting a letter sets
    alone on its line ('亲爱的市民朋友们' / '您们好！': frame.greeted)."""
    if start + 1 < len(lines) and not lines[start].cells and greeted(lines[start].text, lines[start + 1].text):
        return True
    for stop in range(start + 1, min(len(lines), start + ADDRESSEE_WRAP) + 1):
        text = join_title([line.text for line in lines[start:stop]]).strip()
        if len(text) > LETTER_SALUTATION_MAX or re.search(r"[。；;！？!?]", text) or re.search(r"[:：]", text[:-1]):
            return False
        if text.endswith((":", "：")):
            return bool(ADDRESSEE_RE.match(text)) and balanced(text) and not LABEL_RE.match(text) \
                and not GUIDE_FIELD_RE.match(text) and not REPORTED_LEAD_RE.search(text)
    return False
