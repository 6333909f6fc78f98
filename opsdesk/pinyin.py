"""Pinyin keys for Chinese names: the stored sort key and the search text (pypinyin).

Stores, regions and users are listed in pinyin order, as a Chinese reader expects, not by code
point. The keys are computed here and stored beside the name (``sort_key``, ``search_pinyin``);
SQL sorts and searches the stored columns, so the database needs no Chinese collation.

* ``sort_key``: the syllables without tones, lower case, one space between syllables so that
  syllables compare one by one (西安 ``xi an`` before 夏 ``xia`` before 先 ``xian``). Text that is
  not Chinese is kept in place, NFKC-normalised (full-width letters and digits become ASCII) and
  lower-cased.
* ``search_keys``: the full pinyin joined without spaces and the initials
  (北京王府井店 → ``beijingwangfujingdian``, ``bjwfjd``); ``search_text`` stores both, separated by
  one space so that a typed term never matches across the two.
* ``person=True`` reads the surname as a surname: 曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao...
  pypinyin reads words, not names, and ships no surname table, so the polyphonic surnames are
  listed below (each reading is one of pypinyin's own readings of the character, a test checks).

Pure functions of the text: every machine computes the same keys (they are derived fields for
sync, never sent) and a key is recomputed whenever its name changes.
"""

from __future__ import annotations

import unicodedata

__all__ = ["name_keys", "normalize_search", "search_keys", "search_text", "sort_key"]

# Compound surnames whose first character is read differently alone (checked before single ones).
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "乐正": ("yue", "zheng"),
    "令狐": ("ling", "hu"),
}

# Polyphonic characters and their reading as a (single-character) surname.
SURNAMES: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha", "盖": "ge",
    "翟": "zhai", "乐": "yue", "覃": "qin", "种": "chong", "缪": "miao", "秘": "bi", "繁": "po", "员": "yun",
    "召": "shao", "句": "gou", "宿": "su", "隗": "wei", "郇": "huan", "折": "she", "那": "na", "长": "chang",
    "重": "chong", "藏": "zang", "柏": "bai", "薄": "bo", "卜": "bu", "能": "nai", "祭": "zhai", "都": "du",
    "朝": "chao", "莘": "shen", "蔚": "yu", "冼": "xian", "洗": "xian", "叶": "ye", "行": "hang", "粘": "nian",
    "盛": "sheng", "颉": "xie", "尉": "wei", "殷": "yin", "占": "zhan", "阚": "kan", "眭": "sui", "逄": "pang",
    "贾": "jia", "车": "che", "沈": "shen", "石": "shi", "任": "ren", "舍": "she", "万": "wan", "牟": "mou",
}

_OTHER = "\x00"  # marks a run of characters pypinyin has no reading for (Latin, digits, punctuation)


def _convert(text: str) -> list[tuple[str, bool]]:
    """(piece, is_syllable): Chinese characters one syllable each, other text in runs as written."""
    if not text:
        return []
    from pypinyin import Style, lazy_pinyin  # its dictionaries take a third of a second to load: on first use

    out: list[tuple[str, bool]] = []
    for piece in lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [_OTHER + chars]):
        if piece.startswith(_OTHER):
            if len(piece) > 1:
                out.append((piece[1:], False))
        else:
            out.append((piece, True))
    return out


def _pieces(text: str, person: bool) -> list[tuple[str, bool]]:
    text = unicodedata.normalize("NFKC", text).strip()
    if person:
        for compound, readings in COMPOUND_SURNAMES.items():
            if text.startswith(compound):
                return [(r, True) for r in readings] + _convert(text[len(compound):])
        reading = SURNAMES.get(text[:1])
        if reading is not None:
            return [(reading, True), *_convert(text[1:])]
    return _convert(text)


def _tokens(text: str, person: bool) -> list[tuple[str, bool]]:
    tokens: list[tuple[str, bool]] = []
    for piece, syllable in _pieces(text, person):
        if syllable:
            tokens.append((piece, True))
        else:
            tokens.extend((word, False) for word in piece.lower().split())
    return tokens


def sort_key(text: str, *, person: bool = False) -> str:
    """The pinyin sort key of a name (``person``: its first character(s) read as a surname)."""
    return " ".join(token for token, _ in _tokens(text, person))


def _search_keys(tokens: list[tuple[str, bool]]) -> tuple[str, str]:
    full = "".join(token for token, _ in tokens)
    initials = "".join(token[0] if syllable else token for token, syllable in tokens)
    return full, initials


def search_keys(text: str, *, person: bool = False) -> tuple[str, str]:
    """(full pinyin, initials), both without spaces; text that is not Chinese is kept whole in both."""
    return _search_keys(_tokens(text, person))


def search_text(text: str, *, person: bool = False) -> str:
    """What ``search_pinyin`` stores: the full pinyin, a space, the initials."""
    return " ".join(search_keys(text, person=person))


def name_keys(text: str, *, person: bool = False) -> tuple[str, str]:
    """(``sort_key``, ``search_text``) of a name, converted once: what a row stores."""
    tokens = _tokens(text, person)
    return " ".join(token for token, _ in tokens), " ".join(_search_keys(tokens))


def normalize_search(term: str) -> str:
    """A typed search term as it is matched against ``search_pinyin``: NFKC, lower case, no spaces."""
    return "".join(unicodedata.normalize("NFKC", term).lower().split())
