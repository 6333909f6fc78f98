"""The template editor's Qt-free state (ui/pages/templates/controller.py) against a real workspace:
a move or drop computed by the controller, made by the service, gives the order the user meant."""

from __future__ import annotations

from decimal import Decimal

import pytest

from opsdesk.errors import ValidationError
from opsdesk.services import templates as svc
from opsdesk.services.templates import ItemSpec
from ui.pages.templates import controller
from ui.pages.templates.controller import Move


@pytest.fixture
def draft(empty_ctx):
    """A draft with sections A (a1, a2) and B (b1)."""
    version = svc.create_template(empty_ctx, "ctl_check", "inspection", "控制器检查", "Controller check")
    a = version.sections[0].id
    version = svc.save_section(empty_ctx, version.id, "A", "A", 1, section_id=a)
    version = svc.save_section(empty_ctx, version.id, "B", "B", 1)
    b = version.sections[1].id
    for section, key in ((a, "a1"), (a, "a2"), (b, "b1")):
        version = svc.save_item(empty_ctx, version.id, section, ItemSpec(key=key, text=key, text_en=key,
                                                                             answer_type="pass_fail"))
    return version


def ids(version: svc.VersionDTO, key: str) -> str:
    return next(i.id for i in version.items() if i.key == key)


def layout(version: svc.VersionDTO) -> list[list[str]]:
    return [[s.title, *(i.key for i in s.items)] for s in version.sections]


def apply(ctx, version: svc.VersionDTO, move: Move) -> svc.VersionDTO:
    if move.kind == "section":
        return svc.move_section(ctx, version.id, move.ident, move.position)
    return svc.move_item(ctx, version.id, move.ident, move.section_id, move.position)


def test_alt_down_past_a_sections_end_moves_the_item_into_the_next_section(empty_ctx, draft) -> None:
    assert layout(draft) == [["A", "a1", "a2"], ["B", "b1"]]
    move = controller.step_move(draft, ("item", ids(draft, "a2")), 1)
    version = apply(empty_ctx, draft, move)
    assert layout(version) == [["A", "a1"], ["B", "a2", "b1"]]
    back = controller.step_move(version, ("item", ids(version, "a2")), -1)
    assert layout(apply(empty_ctx, version, back)) == [["A", "a1", "a2"], ["B", "b1"]]


def test_no_step_past_the_first_or_last_node(draft) -> None:
    assert controller.step_move(draft, ("item", ids(draft, "a1")), -1) is None
    assert controller.step_move(draft, ("item", ids(draft, "b1")), 1) is None
    assert controller.step_move(draft, ("section", draft.sections[0].id), -1) is None
    assert controller.step_move(draft, ("section", draft.sections[1].id), -1) == Move(
        "section", draft.sections[1].id, 0)


def test_drops_give_the_order_shown_by_the_drop_indicator(empty_ctx, draft) -> None:
    a1, a2, b1 = ids(draft, "a1"), ids(draft, "a2"), ids(draft, "b1")
    a, b = (s.id for s in draft.sections)
    # a1 dropped below a2: after it
    version = apply(empty_ctx, draft, controller.drop_move(draft, ("item", a1), ("item", a2), "below"))
    assert layout(version) == [["A", "a2", "a1"], ["B", "b1"]]
    # dropped where it already is: nothing to do
    assert controller.drop_move(version, ("item", a1), ("item", a2), "below") is None
    assert controller.drop_move(version, ("item", a1), ("item", a1), "above") is None
    # an item dropped on a section goes to its end; above a section, to the end of the one before
    version = apply(empty_ctx, version, controller.drop_move(version, ("item", a2), ("section", b), "on"))
    assert layout(version) == [["A", "a1"], ["B", "b1", "a2"]]
    version = apply(empty_ctx, version, controller.drop_move(version, ("item", b1), ("section", b), "above"))
    assert layout(version) == [["A", "a1", "b1"], ["B", "a2"]]
    # a section dropped at the end (no target), or above another one
    version = apply(empty_ctx, version, controller.drop_move(version, ("section", a), None, "end"))
    assert layout(version) == [["B", "a2"], ["A", "a1", "b1"]]
    version = apply(empty_ctx, version, controller.drop_move(version, ("section", a), ("item", a2), "above"))
    assert layout(version) == [["A", "a1", "b1"], ["B", "a2"]]


def test_after_a_delete_the_neighbour_is_selected(draft) -> None:
    a, b = (s.id for s in draft.sections)
    assert controller.neighbour_after_delete(draft, ("item", ids(draft, "a1"))) == ("item", ids(draft, "a2"))
    assert controller.neighbour_after_delete(draft, ("item", ids(draft, "a2"))) == ("item", ids(draft, "a1"))
    assert controller.neighbour_after_delete(draft, ("item", ids(draft, "b1"))) == ("section", b)
    assert controller.neighbour_after_delete(draft, ("section", b)) == ("section", a)
    assert controller.selected_section_id(draft, ("item", ids(draft, "b1"))) == b
    assert controller.selected_section_id(draft, None) == b  # nothing selected: the last section
    assert controller.has_ref(draft, ("section", a)) and not controller.has_ref(draft, ("item", a))


def test_versions_to_choose_and_actions_follow_the_templates_life(empty_ctx, draft) -> None:
    t = svc.get_template(empty_ctx, draft.template_id)
    assert controller.version_choices(t, draft) == [(1, "draft", draft.id)]
    state = controller.action_state(t, draft, ("item", ids(draft, "a1")))
    assert state.publish and state.node_actions and state.add_item and not state.edit
    assert not state.discard  # the only version: nothing to go back to
    published = svc.publish(empty_ctx, draft.id)
    t = svc.get_template(empty_ctx, draft.template_id)
    state = controller.action_state(t, published, ("item", ids(published, "a1")))
    assert state.edit and not state.publish and not state.node_actions and not state.add_item
    second = svc.new_draft(empty_ctx, t.id)
    t = svc.get_template(empty_ctx, t.id)
    assert controller.version_choices(t, second) == [(2, "draft", second.id), (1, "published", published.id)]
    assert controller.version_to_open(t) == second.id
    assert controller.version_to_open(t, published.id) == published.id
    assert controller.action_state(t, second, None).discard
    retired = svc.set_template_active(empty_ctx, t.id, False)
    assert controller.action_state(retired, second, None).reactivate


def test_grade_bands_as_typed() -> None:
    assert controller.parse_bands([(" A ", "90"), ("B", "72,5"), ("C", "0")]) == (
        ("A", Decimal(90)), ("B", Decimal("72.5")), ("C", Decimal(0)))
    for bad in ([("A", "")], [("A", "101")], [("A", "x")], [("A", "nan")]):
        with pytest.raises(ValidationError) as caught:
            controller.parse_bands(bad)
        assert [p.reason for p in caught.value.problems] == ["invalid_bands"]
    assert controller.decimal_text(Decimal("12.50")) == "12.5"
    assert controller.decimal_text(Decimal("1E+1")) == "10"
    assert controller.parse_decimal("  ", "min_value") is None
