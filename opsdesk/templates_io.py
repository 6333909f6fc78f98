"""Template files (JSON, format "opsdesk-template" 1): parse, validate, write.

Parsing collects every problem with its place ("sections[2].items[4] (key
'exit_clear'): ...") and refuses the whole file if there is any, so a broken
file never half-imports. Each problem is a ``FormatProblem``: a code, the
field path (``sections[2].items[4].weight``) and parameters, so the UI can
word it in the user's language; its English text is for the CLI and logs.
The format is documented in README.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from opsdesk.errors import OpsDeskError
from opsdesk.models.templates import ANSWER_TYPES, PRIORITIES, TEMPLATE_KINDS
from opsdesk.scoring import DEFAULT_BANDS

FORMAT = "opsdesk-template"
FORMAT_VERSION = 1
CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,39}$")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_]{1,39}$")
CHOICE_TYPES = ("choice", "multi_choice")
MAX_FILE_BYTES = 2_000_000


@dataclass(frozen=True)
class FormatProblem:
    """One thing wrong with a template file.

    ``code`` names the rule (``required``, ``not_whole_number``, ``not_one_of``...), ``path`` the field
    (``sections[2].items[0].weight``; "" for the file itself), ``params`` the values the message needs
    (``field``, ``max``, ``value``...), ``where`` the place as people read it (the item's key added) and
    ``text`` the English wording."""

    code: str
    path: str
    params: dict[str, Any]
    where: str
    text: str

    @property
    def field(self) -> str:
        """The last field name of the path ("weight" for ``sections[2].items[0].weight``)."""
        return str(self.params.get("field", ""))

    def __str__(self) -> str:
        return f"{self.where}: {self.text}" if self.where else self.text


def problem(code: str, text: str, path: str = "", where: str | None = None, **params: Any) -> FormatProblem:  # noqa: ANN401
    return FormatProblem(code, path, params, path if where is None else where, text)


class TemplateFormatError(OpsDeskError):
    """The file is not a valid template; ``details`` lists each problem, ``problems`` their English lines."""

    code = "template_format"

    def __init__(self, problems: list[FormatProblem | str]) -> None:
        self.details = [p if isinstance(p, FormatProblem) else problem("other", p) for p in problems]
        self.problems = [str(p) for p in self.details]
        super().__init__("invalid template: " + "; ".join(self.problems[:10]), problems=self.problems)

    @property
    def first(self) -> str:
        """The first problem in English, on one line (what the CLI prints)."""
        first = self.problems[0] if self.problems else "invalid template"
        more = len(self.problems) - 1
        return first + (f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else "")


@dataclass(frozen=True)
class OptionSpec:
    label: str
    label_en: str = ""
    points: int = 0
    fails: bool = False


@dataclass(frozen=True)
class ItemSpec:
    key: str
    text: str
    text_en: str
    answer_type: str
    guidance: str = ""
    weight: int = 1
    critical: bool = False
    required: bool = True
    photo_on_fail: bool = False
    na_allowed: bool = True  # the file's "na": false forbids N/A on the item; absent: allowed
    scale: int | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    unit: str = ""
    options: tuple[OptionSpec, ...] = ()
    action_title: str = ""
    action_priority: str = "normal"
    action_due_days: int = 7


@dataclass(frozen=True)
class SectionSpec:
    title: str
    title_en: str
    weight: int = 1
    items: tuple[ItemSpec, ...] = ()


@dataclass(frozen=True)
class TemplateSpec:
    code: str
    kind: str
    title: str
    title_en: str
    description: str = ""
    grade_bands: tuple[tuple[str, Decimal], ...] = DEFAULT_BANDS
    sections: tuple[SectionSpec, ...] = field(default_factory=tuple)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[FormatProblem] = []
        self.item_keys: dict[str, str] = {}  # "sections[0].items[1]" -> its key, to name the item for people

    def fail(self, where: str, field: str, code: str, text: str, **params: Any) -> None:  # noqa: ANN401
        """``where`` is the object's path ("" for the top), ``field`` the field in it ("" for the object)."""
        path = ".".join(p for p in (where, field) if p)
        shown = where
        for base, key in self.item_keys.items():
            if where == base or where.startswith(base + "."):
                shown = f"{base} (key '{key}'){where[len(base):]}"
        self.problems.append(problem(code, text, path, shown, field=field, **params))

    def text(self, obj: dict, key: str, where: str, *, required: bool = True, max_len: int = 200) -> str:
        value = obj.get(key, "" if not required else None)
        if value is None or (required and isinstance(value, str) and not value.strip()):
            self.fail(where, key, "required", f"'{key}' is required")
            return ""
        if not isinstance(value, str):
            self.fail(where, key, "not_text", f"'{key}' must be text")
            return ""
        if len(value) > max_len:
            self.fail(where, key, "too_long", f"'{key}' is longer than {max_len} characters", max=max_len)
        return value.strip()

    def integer(self, obj: dict, key: str, where: str, default: int | None, lo: int, hi: int) -> int | None:
        value = obj.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, key, "not_whole_number", f"'{key}' must be a whole number")
            return default
        if not lo <= value <= hi:
            self.fail(where, key, "not_between", f"'{key}' must be between {lo} and {hi}", min=lo, max=hi)
            return default
        return value

    def flag(self, obj: dict, key: str, where: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(where, key, "not_boolean", f"'{key}' must be true or false")
            return default
        return value

    def decimal(self, obj: dict, key: str, where: str) -> Decimal | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.fail(where, key, "not_number", f"'{key}' must be a number")
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail(where, key, "not_number", f"'{key}' must be a number")
            return None
        if not number.is_finite() or abs(number) >= Decimal("1e12"):
            self.fail(where, key, "number_too_large", f"'{key}' is out of range")
            return None
        return number.quantize(Decimal("0.01"))


ITEM_FIELDS = {"key", "text", "text_en", "guidance", "type", "weight", "critical", "required", "photo_on_fail",
               "na", "scale", "min", "max", "unit", "options", "action"}


def _item(r: _Reader, raw: Any, where: str, keys: set[str]) -> ItemSpec | None:
    if not isinstance(raw, dict):
        r.fail(where, "", "not_object", "an item must be an object")
        return None
    key = raw.get("key")
    if isinstance(key, str) and key:
        r.item_keys[where] = key
    for extra in sorted(set(raw) - ITEM_FIELDS):
        r.fail(where, extra, "unknown_field", f"unknown field '{extra}'")
    key = r.text(raw, "key", where, max_len=40)
    if key and not KEY_RE.match(key):
        r.fail(where, "key", "bad_key", "'key' must be 2-40 lower-case letters, digits or '_'")
    elif key in keys:
        r.fail(where, "key", "duplicate_key", f"key '{key}' is used twice", key=key)
    keys.add(key)
    kind = raw.get("type")
    if kind not in ANSWER_TYPES:
        r.fail(where, "type", "not_one_of", f"type {kind!r} is not one of {', '.join(ANSWER_TYPES)}",
               value=repr(kind), allowed=", ".join(ANSWER_TYPES))
        kind = "pass_fail"
    options: list[OptionSpec] = []
    raw_options = raw.get("options")
    if kind in CHOICE_TYPES:
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            r.fail(where, "options", "too_few_options", f"a {kind} item needs at least 2 options", type=kind)
        else:
            for j, opt in enumerate(raw_options):
                ow = f"{where}.options[{j}]"
                if not isinstance(opt, dict):
                    r.fail(ow, "", "not_object", "an option must be an object")
                    continue
                options.append(OptionSpec(
                    label=r.text(opt, "label", ow, max_len=80),
                    label_en=r.text(opt, "label_en", ow, required=False, max_len=120),
                    points=r.integer(opt, "points", ow, 0, -100, 100) or 0,
                    fails=r.flag(opt, "fails", ow, False),
                ))
    elif raw_options not in (None, []):
        r.fail(where, "options", "not_for_type", f"'options' only belong to choice items, not {kind}",
               type=kind, belongs="choice")
    scale = None
    if kind == "rating":
        scale = r.integer(raw, "scale", where, 5, 2, 10)
    elif "scale" in raw:
        r.fail(where, "scale", "not_for_type", f"'scale' only belongs to rating items, not {kind}",
               type=kind, belongs="rating")
    min_value = max_value = None
    unit = ""
    if kind == "number":
        min_value = r.decimal(raw, "min", where)
        max_value = r.decimal(raw, "max", where)
        unit = r.text(raw, "unit", where, required=False, max_len=16)
        if min_value is not None and max_value is not None and min_value > max_value:
            r.fail(where, "min", "min_above_max", "'min' is greater than 'max'")
    else:
        for k in ("min", "max", "unit"):
            if raw.get(k) not in (None, ""):
                r.fail(where, k, "not_for_type", f"'{k}' only belongs to number items, not {kind}",
                       type=kind, belongs="number")
    action = raw.get("action")
    a_title, a_priority, a_due = "", "normal", 7
    if action is not None:
        aw = f"{where}.action"
        if not isinstance(action, dict):
            r.fail(aw, "", "not_object", "must be an object")
        else:
            a_title = r.text(action, "title", aw, max_len=200)
            a_priority = action.get("priority", "normal")
            if a_priority not in PRIORITIES:
                r.fail(aw, "priority", "not_one_of", f"priority {a_priority!r} is not one of {', '.join(PRIORITIES)}",
                       value=repr(a_priority), allowed=", ".join(PRIORITIES))
                a_priority = "normal"
            a_due = r.integer(action, "due_days", aw, 7, 0, 365) or 0
    return ItemSpec(
        key=key,
        text=r.text(raw, "text", where, max_len=200),
        text_en=r.text(raw, "text_en", where, required=False, max_len=300),
        answer_type=kind,
        guidance=r.text(raw, "guidance", where, required=False, max_len=2000),
        weight=r.integer(raw, "weight", where, 1, 0, 100) or 0,
        critical=r.flag(raw, "critical", where, False),
        required=r.flag(raw, "required", where, True),
        photo_on_fail=r.flag(raw, "photo_on_fail", where, False),
        na_allowed=r.flag(raw, "na", where, True),
        scale=scale,
        min_value=min_value,
        max_value=max_value,
        unit=unit,
        options=tuple(options),
        action_title=a_title,
        action_priority=a_priority,
        action_due_days=a_due,
    )


def parse_template(data: Any) -> TemplateSpec:
    """Validate a decoded template file; raise TemplateFormatError naming every bad place."""
    r = _Reader()
    if not isinstance(data, dict):
        raise TemplateFormatError([problem("not_json_object", "the file must hold one JSON object")])
    if data.get("format") != FORMAT:
        r.fail("", "format", "bad_format", f"'format' must be \"{FORMAT}\"", expected=FORMAT)
    if data.get("format_version") != FORMAT_VERSION:
        r.fail("", "format_version", "unsupported_version",
               f"'format_version' {data.get('format_version')!r} is not supported (expected {FORMAT_VERSION})",
               value=repr(data.get("format_version")), expected=FORMAT_VERSION)
    code = r.text(data, "code", "", max_len=40)
    if code and not CODE_RE.match(code):
        r.fail("", "code", "bad_code", "'code' must be 2-40 lower-case letters, digits, '-' or '_'")
    kind = data.get("kind")
    if kind not in TEMPLATE_KINDS:
        r.fail("", "kind", "not_one_of", f"kind {kind!r} is not one of {', '.join(TEMPLATE_KINDS)}",
               value=repr(kind), allowed=", ".join(TEMPLATE_KINDS))
    title = r.text(data, "title", "", max_len=80)
    title_en = r.text(data, "title_en", "", required=False, max_len=120)
    description = r.text(data, "description", "", required=False, max_len=4000)
    bands = DEFAULT_BANDS
    if "grade_bands" in data:
        raw_bands = data["grade_bands"]
        parsed = []
        if not isinstance(raw_bands, list) or not raw_bands:
            r.fail("", "grade_bands", "empty_list", "'grade_bands' must be a non-empty list")
        else:
            for i, band in enumerate(raw_bands):
                bw = f"grade_bands[{i}]"
                if not isinstance(band, dict):
                    r.fail(bw, "", "not_object", "must be an object")
                    continue
                grade = r.text(band, "grade", bw, max_len=8)
                minimum = r.decimal(band, "min", bw)
                if minimum is None or not 0 <= minimum <= 100:
                    r.fail(bw, "min", "not_percentage", "'min' must be a percentage from 0 to 100")
                    continue
                parsed.append((grade, minimum))
            if parsed and min(m for _g, m in parsed) != 0:
                r.fail("", "grade_bands", "lowest_band", "the lowest band must start at 0")
            bands = tuple(parsed) or DEFAULT_BANDS
    sections: list[SectionSpec] = []
    raw_sections = data.get("sections")
    keys: set[str] = set()
    if not isinstance(raw_sections, list) or not raw_sections:
        r.fail("", "sections", "empty_list", "'sections' must be a non-empty list")
    else:
        for i, raw in enumerate(raw_sections):
            sw = f"sections[{i}]"
            if not isinstance(raw, dict):
                r.fail(sw, "", "not_object", "a section must be an object")
                continue
            raw_items = raw.get("items")
            items: list[ItemSpec] = []
            if not isinstance(raw_items, list) or not raw_items:
                r.fail(sw, "items", "empty_list", "'items' must be a non-empty list")
            else:
                for j, raw_item in enumerate(raw_items):
                    item = _item(r, raw_item, f"{sw}.items[{j}]", keys)
                    if item is not None:
                        items.append(item)
            sections.append(SectionSpec(
                title=r.text(raw, "title", sw, max_len=80),
                title_en=r.text(raw, "title_en", sw, required=False, max_len=120),
                weight=r.integer(raw, "weight", sw, 1, 0, 100) or 0,
                items=tuple(items),
            ))
    if r.problems:
        raise TemplateFormatError(r.problems)
    return TemplateSpec(code, kind, title, title_en, description, bands, tuple(sections))


def load_file(path: str | Path) -> TemplateSpec:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TemplateFormatError([problem("file_too_large", f"{path.name} is larger than {MAX_FILE_BYTES // 1000} kB",
                                               name=path.name, kb=MAX_FILE_BYTES // 1000)])
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise TemplateFormatError([problem("not_utf8", f"{path.name} is not UTF-8 text", name=path.name)]) from None
    except json.JSONDecodeError as exc:
        raise TemplateFormatError([problem(
            "invalid_json", f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})",
            name=path.name, line=exc.lineno, column=exc.colno)]) from None
    except OSError as exc:
        raise TemplateFormatError([problem("unreadable", f"{path.name} cannot be read: {exc.strerror}",
                                           name=path.name, reason=exc.strerror or "")]) from None
    return parse_template(data)


def _num(value: Decimal | None) -> Any:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def to_data(spec: TemplateSpec) -> dict[str, Any]:
    """The file form of a template (what ``parse_template`` reads back)."""
    def item(i: ItemSpec) -> dict[str, Any]:
        out: dict[str, Any] = {"key": i.key, "text": i.text, "text_en": i.text_en}
        if i.guidance:
            out["guidance"] = i.guidance
        out.update(type=i.answer_type, weight=i.weight, critical=i.critical, required=i.required,
                   photo_on_fail=i.photo_on_fail)
        if not i.na_allowed:  # written only when N/A is forbidden: every other item hashes as before the field
            out["na"] = False
        if i.answer_type == "rating":
            out["scale"] = i.scale
        if i.answer_type == "number":
            out.update(min=_num(i.min_value), max=_num(i.max_value), unit=i.unit)
        if i.answer_type in CHOICE_TYPES:
            out["options"] = [{"label": o.label, "label_en": o.label_en, "points": o.points, "fails": o.fails}
                              for o in i.options]
        if i.action_title:
            out["action"] = {"title": i.action_title, "priority": i.action_priority, "due_days": i.action_due_days}
        return out

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "code": spec.code,
        "kind": spec.kind,
        "title": spec.title,
        "title_en": spec.title_en,
        "description": spec.description,
        "grade_bands": [{"grade": g, "min": _num(m)} for g, m in spec.grade_bands],
        "sections": [
            {"title": s.title, "title_en": s.title_en, "weight": s.weight, "items": [item(i) for i in s.items]}
            for s in spec.sections
        ],
    }


def dumps(spec: TemplateSpec) -> str:
    return json.dumps(to_data(spec), ensure_ascii=False, indent=2) + "\n"


def item_problems(item: ItemSpec) -> list[FormatProblem]:
    """The file rules applied to one item as given, fields that do not belong to its type included."""
    data = to_data(TemplateSpec("probe", "inspection", "probe", "probe",
                                sections=(SectionSpec("probe", "probe", 1, (item,)),)))
    raw = data["sections"][0]["items"][0]
    if item.options and "options" not in raw:
        raw["options"] = [{"label": o.label, "label_en": o.label_en, "points": o.points, "fails": o.fails}
                          for o in item.options]
    if item.scale is not None and "scale" not in raw:
        raw["scale"] = item.scale
    for key, value in (("min", item.min_value), ("max", item.max_value), ("unit", item.unit)):
        if value not in (None, "") and key not in raw:
            raw[key] = _num(value) if key != "unit" else value
    try:
        parse_template(data)
    except TemplateFormatError as exc:
        def local(text: str) -> str:
            return text.replace("sections[0].items[0]", "item", 1)
        return [FormatProblem(p.code, local(p.path), p.params, local(p.where), p.text) for p in exc.details]
    return []


def content_hash(spec: TemplateSpec) -> str:
    """sha256 of the canonical content (code excluded: the same content under another code hashes alike)."""
    data = to_data(spec)
    data.pop("code")
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
