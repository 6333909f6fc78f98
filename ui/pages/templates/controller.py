"""The template editor's state without Qt: which node is selected, where a move or a drop puts it,
what is left selected after a delete, which versions can be chosen and which actions are possible.

Everything here works on the service DTOs (``VersionDTO``, ``TemplateDTO``) and node references
``("section" | "item", id)``; the page turns the answers into service calls and widget states.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.services.templates import TemplateDTO, VersionDTO

SCORED_TYPES = ("pass_fail", "yes_no", "rating", "number", "choice", "multi_choice")
CHOICE_TYPES = ("choice", "multi_choice")

Ref = tuple[str, str]  # ("section" | "item", id)


def decimal_text(value: Decimal | None) -> str:
    """A decimal as typed: no exponent, no trailing zeros, whole numbers without a point."""
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def parse_decimal(text: str, field: str) -> Decimal | None:
    """What a person typed (a comma counts as the point), None when empty; invalid_number otherwise."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError([FieldProblem(field, "invalid_number")]) from None
    if not value.is_finite():
        raise ValidationError([FieldProblem(field, "invalid_number")])
    return value


def parse_bands(cells: list[tuple[str, str]]) -> tuple[tuple[str, Decimal], ...]:
    """Grade bands from (grade, minimum) texts; a minimum must be a number from 0 to 100."""
    out = []
    for grade, raw in cells:
        try:
            minimum = parse_decimal(raw, "grade_bands")
        except ValidationError:
            raise ValidationError([FieldProblem("grade_bands", "invalid_bands")]) from None
        if minimum is None or not 0 <= minimum <= 100:
            raise ValidationError([FieldProblem("grade_bands", "invalid_bands")])
        out.append((grade.strip(), minimum))
    return tuple(out)


# ---------------------------------------------------------------- selection


def has_ref(version: VersionDTO, ref: Ref) -> bool:
    kind, ident = ref
    if kind == "section":
        return any(s.id == ident for s in version.sections)
    return any(i.id == ident for i in version.items())


def selected_section_id(version: VersionDTO | None, ref: Ref | None) -> str | None:
    """The section a new item goes into: the selected one, the selected item's, or the last one."""
    if version is None or not version.sections:
        return None
    if ref is None:
        return version.sections[-1].id
    if ref[0] == "section":
        return ref[1]
    return version.item(ref[1]).section_id


def neighbour_after_delete(old: VersionDTO, ref: Ref) -> Ref | None:
    """What to select once ``ref`` is deleted: the next sibling, else the previous, else the section."""
    kind, ident = ref
    if kind == "section":
        ids = [s.id for s in old.sections]
        i = ids.index(ident)
        rest = ids[:i] + ids[i + 1:]
        return ("section", rest[min(i, len(rest) - 1)]) if rest else None
    item = old.item(ident)
    section = next(s for s in old.sections if s.id == item.section_id)
    ids = [x.id for x in section.items if x.id != ident]
    if ids:
        return ("item", ids[min(item.position, len(ids) - 1)])
    return ("section", section.id)


# ---------------------------------------------------------------- moves


@dataclass(frozen=True)
class Move:
    """Where a node goes: a section to ``position`` among sections; an item to ``position`` in
    ``section_id`` (positions as the service counts them, after taking the node out)."""

    kind: str
    ident: str
    position: int
    section_id: str | None = None


def step_move(version: VersionDTO, ref: Ref, delta: int) -> Move | None:
    """Alt+Up / Alt+Down: one step; an item past its section's edge goes into the neighbouring section."""
    kind, ident = ref
    if kind == "section":
        ids = [s.id for s in version.sections]
        target = ids.index(ident) + delta
        return Move("section", ident, target) if 0 <= target < len(ids) else None
    item = version.item(ident)
    si = next(i for i, s in enumerate(version.sections) if s.id == item.section_id)
    section = version.sections[si]
    target = [x.id for x in section.items].index(ident) + delta
    if 0 <= target < len(section.items):
        return Move("item", ident, target, section.id)
    if 0 <= si + delta < len(version.sections):
        neighbour = version.sections[si + delta]
        return Move("item", ident, len(neighbour.items) if delta < 0 else 0, neighbour.id)
    return None


def drop_move(version: VersionDTO, dragged: Ref, target: Ref | None, where: str) -> Move | None:
    """A drag-and-drop: ``dragged`` dropped ``where`` ("above", "below", "on") ``target``, or at the
    end when ``target`` is None. None when nothing moves."""
    kind, ident = dragged
    if kind == "section":
        ids = [s.id for s in version.sections]
        old = ids.index(ident)
        if target is None:
            new = len(ids) - 1
        else:
            t_section = target[1] if target[0] == "section" else version.item(target[1]).section_id
            t_index = ids.index(t_section)
            new = t_index if where == "above" else t_index + 1
            if old < new:
                new -= 1
        return None if new == old else Move("section", ident, new)
    item = version.item(ident)
    if target is None:
        section = version.sections[-1]
        position = len(section.items)
    elif target[0] == "section":
        si = next(i for i, s in enumerate(version.sections) if s.id == target[1])
        section = version.sections[si]
        if where == "above" and si > 0:
            section = version.sections[si - 1]
            position = len(section.items)
        elif where in ("above", "below"):
            position = 0
        else:
            position = len(section.items)
    else:
        t_item = version.item(target[1])
        section = next(s for s in version.sections if s.id == t_item.section_id)
        index = [x.id for x in section.items].index(t_item.id)
        position = index if where == "above" else index + 1
    if section.id == item.section_id:
        old = [x.id for x in section.items].index(ident)
        if old < position:
            position -= 1
        if position == old:
            return None
    return Move("item", ident, position, section.id)


# ---------------------------------------------------------------- versions and actions


def version_choices(template: TemplateDTO | None, version: VersionDTO) -> list[tuple[int, str, str]]:
    """(number, status, version id) of the versions one can switch between: the draft, the
    published one, and the shown one when it is neither."""
    choices = []
    if template is not None and template.draft_version_id:
        choices.append((template.draft_number, "draft", template.draft_version_id))
    if template is not None and template.published_version_id:
        choices.append((template.published_number, "published", template.published_version_id))
    if not any(v == version.id for _n, _s, v in choices):
        choices.append((version.number, version.status, version.id))
    return choices


def version_to_open(template: TemplateDTO, wanted: str | None = None) -> str | None:
    """The version shown for a template: ``wanted`` if it is its draft or published one, else the
    draft, else the published version."""
    if wanted is not None and wanted in (template.draft_version_id, template.published_version_id):
        return wanted
    return template.draft_version_id or template.published_version_id


@dataclass(frozen=True)
class ActionState:
    """Which toolbar and tree buttons are enabled."""

    export: bool
    preview: bool
    edit: bool
    publish: bool
    discard: bool
    toggle: bool
    reactivate: bool  # the toggle button reads "Reactivate" (else "Retire")
    add_item: bool
    node_actions: bool  # delete, up, down


def action_state(template: TemplateDTO | None, version: VersionDTO | None, ref: Ref | None) -> ActionState:
    has = template is not None and version is not None
    draft = has and version.status == "draft"
    return ActionState(
        export=has,
        preview=has,
        edit=has and not draft,
        publish=draft,
        discard=bool(draft and (template.published_version_id or version.number > 1)),
        toggle=template is not None,
        reactivate=template is not None and not template.active,
        add_item=bool(draft and version.sections),
        node_actions=bool(draft and ref),
    )
