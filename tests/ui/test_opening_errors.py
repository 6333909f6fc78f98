"""The new-store opening's refusals read as sentences in both languages: the steps still open by their
titles, the gates that keep a store closed, who may act -- never a bare code."""

from __future__ import annotations

import pytest
from opsdesk.errors import FieldProblem, GatesNotPassedError, ValidationError
from ui import errors

CODES = [("store_id", "not_being_opened", {}), ("store_id", "has_active_project", {}),
         ("franchisee_id", "not_a_franchise", {}), ("owner_id", "wrong_role", {"allowed": ("ops_manager",)}),
         ("project_id", "not_active", {"status": "opened"}), ("milestone_id", "already_done", {}),
         ("milestone_id", "not_done", {}), ("milestone_id", "is_gate", {"kind": "acceptance"}),
         ("milestone_id", "not_owner", {}), ("milestone_id", "gate_not_met", {"missing": ["no_equipment"]}),
         ("milestone_id", "gate_not_met", {"missing": ["no_staff"]}),
         ("milestone_id", "gate_not_met", {"missing": ["a", "b", "c"]}), ("new_date", "unchanged", {}),
         ("milestone_id", "not_a_training_gate", {}), ("user_id", "not_store_staff", {}),
         ("user_id", "already_signed", {}), ("override_reason", "head_office_only", {})]


def test_every_opening_refusal_has_its_own_sentence(qapp) -> None:
    texts = [errors.problem_text(FieldProblem(f, r, p)) for f, r, p in CODES]
    generic = errors.problem_text(FieldProblem("x", "something_else"))
    assert generic not in texts
    assert len(set(texts)) == len(texts)
    assert "3" in texts[CODES.index(("milestone_id", "gate_not_met", {"missing": ["a", "b", "c"]}))]


@pytest.mark.parametrize(("lang", "expected"), [("en", "Site confirmed, Lease signed"), ("zh_CN", "选址确认、租赁合同签订")])
def test_steps_and_gates_are_named_in_the_interface_language(translations, lang: str, expected: str) -> None:
    translations.install(lang)
    try:
        params = {"keys": ["site_confirmed", "lease_signed"], "titles": ["选址确认", "租赁合同签订"],
                  "titles_en": ["Site confirmed", "Lease signed"]}
        after = errors.describe(ValidationError([FieldProblem("after", "not_done", params)]))
        gates = errors.describe(GatesNotPassedError("x", store="N1", gates=params["keys"], titles=params["titles"],
                                                    titles_en=params["titles_en"]))
        assert expected in after and expected in gates
        assert "验收合格方可营业" in gates
    finally:
        translations.install("zh_CN")
