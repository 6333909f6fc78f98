"""Template files (JSON, format "opsdesk-template" 1): parse, validate, write.

Parsing collects every problem with its place ("sections[2].items[4] (key
'exit_clear'): ...") and refuses the whole file if there is any, so a broken
file never half-imports. The format is documented in README.md.
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


class TemplateFormatError(OpsDeskError):
    """The file is not a valid template; ``problems`` lists each place and what is wrong."""

    code = "template_format"

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid template: " + "; ".join(problems[:10]), problems=problems)


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
        self.problems: list[str] = []

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}" if where else what)

    def text(self, obj: dict, key: str, where: str, *, required: bool = True, max_len: int = 200) -> str:
        value = obj.get(key, "" if not required else None)
        if value is None or (required and isinstance(value, str) and not value.strip()):
            self.fail(where, f"'{key}' is required")
            return ""
        if not isinstance(value, str):
            self.fail(where, f"'{key}' must be text")
            return ""
        if len(value) > max_len:
            self.fail(where, f"'{key}' is longer than {max_len} characters")
        return value.strip()

    def integer(self, obj: dict, key: str, where: str, default: int | None, lo: int, hi: int) -> int | None:
        value = obj.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"'{key}' must be a whole number")
            return default
        if not lo <= value <= hi:
            self.fail(where, f"'{key}' must be between {lo} and {hi}")
            return default
        return value

    def flag(self, obj: dict, key: str, where: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(where, f"'{key}' must be true or false")
            return default
        return value

    def decimal(self, obj: dict, key: str, where: str) -> Decimal | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.fail(where, f"'{key}' must be a number")
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail(where, f"'{key}' must be a number")
            return None
        if not number.is_finite() or abs(number) >= Decimal("1e12"):
            self.fail(where, f"'{key}' is out of range")
            return None
        return number.quantize(Decimal("0.01"))


ITEM_FIELDS = {"key", "text", "text_en", "guidance", "type", "weight", "critical", "required", "photo_on_fail",
               "scale", "min", "max", "unit", "options", "action"}


def _item(r: _Reader, raw: Any, where: str, keys: set[str]) -> ItemSpec | None:
    if not isinstance(raw, dict):
        r.fail(where, "an item must be an object")
        return None
    key = raw.get("key")
    if isinstance(key, str) and key:
        where = f"{where} (key '{key}')"
    for extra in sorted(set(raw) - ITEM_FIELDS):
        r.fail(where, f"unknown field '{extra}'")
    key = r.text(raw, "key", where, max_len=40)
    if key and not KEY_RE.match(key):
        r.fail(where, "'key' must be 2-40 lower-case letters, digits or '_'")
    elif key in keys:
        r.fail(where, f"key '{key}' is used twice")
    keys.add(key)
    kind = raw.get("type")
    if kind not in ANSWER_TYPES:
        r.fail(where, f"type {kind!r} is not one of {', '.join(ANSWER_TYPES)}")
        kind = "pass_fail"
    options: list[OptionSpec] = []
    raw_options = raw.get("options")
    if kind in CHOICE_TYPES:
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            r.fail(where, f"a {kind} item needs at least 2 options")
        else:
            for j, opt in enumerate(raw_options):
                ow = f"{where} options[{j}]"
                if not isinstance(opt, dict):
                    r.fail(ow, "an option must be an object")
                    continue
                options.append(OptionSpec(
                    label=r.text(opt, "label", ow, max_len=80),
                    label_en=r.text(opt, "label_en", ow, required=False, max_len=120),
                    points=r.integer(opt, "points", ow, 0, -100, 100) or 0,
                    fails=r.flag(opt, "fails", ow, False),
                ))
    elif raw_options not in (None, []):
        r.fail(where, f"'options' only belong to choice items, not {kind}")
    scale = None
    if kind == "rating":
        scale = r.integer(raw, "scale", where, 5, 2, 10)
    elif "scale" in raw:
        r.fail(where, f"'scale' only belongs to rating items, not {kind}")
    min_value = max_value = None
    unit = ""
    if kind == "number":
        min_value = r.decimal(raw, "min", where)
        max_value = r.decimal(raw, "max", where)
        unit = r.text(raw, "unit", where, required=False, max_len=16)
        if min_value is not None and max_value is not None and min_value > max_value:
            r.fail(where, "'min' is greater than 'max'")
    else:
        for k in ("min", "max", "unit"):
            if raw.get(k) not in (None, ""):
                r.fail(where, f"'{k}' only belongs to number items, not {kind}")
    action = raw.get("action")
    a_title, a_priority, a_due = "", "normal", 7
    if action is not None:
        aw = f"{where} action"
        if not isinstance(action, dict):
            r.fail(aw, "must be an object")
        else:
            a_title = r.text(action, "title", aw, max_len=200)
            a_priority = action.get("priority", "normal")
            if a_priority not in PRIORITIES:
                r.fail(aw, f"priority {a_priority!r} is not one of {', '.join(PRIORITIES)}")
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
        raise TemplateFormatError(["the file must hold one JSON object"])
    if data.get("format") != FORMAT:
        r.fail("", f"'format' must be \"{FORMAT}\"")
    if data.get("format_version") != FORMAT_VERSION:
        r.fail("", f"'format_version' {data.get('format_version')!r} is not supported (expected {FORMAT_VERSION})")
    code = r.text(data, "code", "", max_len=40)
    if code and not CODE_RE.match(code):
        r.fail("", "'code' must be 2-40 lower-case letters, digits, '-' or '_'")
    kind = data.get("kind")
    if kind not in TEMPLATE_KINDS:
        r.fail("", f"kind {kind!r} is not one of {', '.join(TEMPLATE_KINDS)}")
    title = r.text(data, "title", "", max_len=80)
    title_en = r.text(data, "title_en", "", required=False, max_len=120)
    description = r.text(data, "description", "", required=False, max_len=4000)
    bands = DEFAULT_BANDS
    if "grade_bands" in data:
        raw_bands = data["grade_bands"]
        parsed = []
        if not isinstance(raw_bands, list) or not raw_bands:
            r.fail("grade_bands", "must be a non-empty list")
        else:
            for i, band in enumerate(raw_bands):
                bw = f"grade_bands[{i}]"
                if not isinstance(band, dict):
                    r.fail(bw, "must be an object")
                    continue
                grade = r.text(band, "grade", bw, max_len=8)
                minimum = r.decimal(band, "min", bw)
                if minimum is None or not 0 <= minimum <= 100:
                    r.fail(bw, "'min' must be a percentage from 0 to 100")
                    continue
                parsed.append((grade, minimum))
            if parsed and min(m for _g, m in parsed) != 0:
                r.fail("grade_bands", "the lowest band must start at 0")
            bands = tuple(parsed) or DEFAULT_BANDS
    sections: list[SectionSpec] = []
    raw_sections = data.get("sections")
    keys: set[str] = set()
    if not isinstance(raw_sections, list) or not raw_sections:
        r.fail("", "'sections' must be a non-empty list")
    else:
        for i, raw in enumerate(raw_sections):
            sw = f"sections[{i}]"
            if not isinstance(raw, dict):
                r.fail(sw, "a section must be an object")
                continue
            raw_items = raw.get("items")
            items: list[ItemSpec] = []
            if not isinstance(raw_items, list) or not raw_items:
                r.fail(sw, "'items' must be a non-empty list")
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
            raise TemplateFormatError([f"{path.name} is larger than {MAX_FILE_BYTES // 1000} kB"])
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise TemplateFormatError([f"{path.name} is not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise TemplateFormatError([f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})"]) from None
    except OSError as exc:
        raise TemplateFormatError([f"{path.name} cannot be read: {exc.strerror}"]) from None
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


def item_problems(item: ItemSpec) -> list[str]:
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
        return [p.replace("sections[0].items[0]", "item") for p in exc.problems]
    return []


def content_hash(spec: TemplateSpec) -> str:
    """sha256 of the canonical content (code excluded: the same content under another code hashes alike)."""
    data = to_data(spec)
    data.pop("code")
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
