"""Template-file problems carry a code, a field path and parameters (the UI words them in the user's
language); the command line prints the first one in English on one ``error:`` line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from acting import ADMIN_PASSWORD, first_password, signed_in
from engine_helpers import all_types_data, table_counts

from opsdesk import cli
from opsdesk.models.templates import ANSWER_TYPES
from opsdesk.services.templates import ItemSpec
from opsdesk.templates_io import FormatProblem, TemplateFormatError, item_problems, load_file, parse_template

REPO = Path(__file__).resolve().parents[2]


def problems_of(data: object) -> list[FormatProblem]:
    with pytest.raises(TemplateFormatError) as err:
        parse_template(data)
    return err.value.details


def test_each_problem_has_a_code_a_field_path_and_parameters() -> None:
    data = all_types_data()
    data["sections"][2]["items"][0]["weight"] = "heavy"
    data["sections"][0]["items"][3]["max"] = 1  # below its min (2)
    data["sections"][0]["items"][1]["type"] = "slider"
    data["sections"][0]["items"][0]["action"]["due_days"] = 999
    data["sections"][1]["title"] = "x" * 81
    data["grade_bands"][3]["min"] = 5
    found = [(p.code, p.path, p.params) for p in problems_of(data)]
    assert found == [
        ("lowest_band", "grade_bands", {"field": "grade_bands"}),
        ("not_between", "sections[0].items[0].action.due_days", {"field": "due_days", "min": 0, "max": 365}),
        ("not_one_of", "sections[0].items[1].type",
         {"field": "type", "value": "'slider'", "allowed": ", ".join(ANSWER_TYPES)}),
        ("min_above_max", "sections[0].items[3].min", {"field": "min"}),
        ("too_long", "sections[1].title", {"field": "title", "max": 80}),
        ("not_whole_number", "sections[2].items[0].weight", {"field": "weight"}),
    ]
    first = problems_of(data)[1]
    assert first.where == "sections[0].items[0] (key 'pf').action"
    assert str(first) == "sections[0].items[0] (key 'pf').action: 'due_days' must be between 0 and 365"


def test_file_level_problems_have_codes(tmp_path: Path) -> None:
    cases = {
        "invalid_json": (b'{"format": ', {"line": 1, "column": 12}),
        "not_utf8": (json.dumps(all_types_data(), ensure_ascii=False).encode("gb18030"), {}),
        "not_json_object": (b"[1, 2]", {}),
    }
    for code, (content, params) in cases.items():
        path = tmp_path / f"{code}.json"
        path.write_bytes(content)
        with pytest.raises(TemplateFormatError) as err:
            load_file(path)
        (problem,) = err.value.details
        assert problem.code == code
        assert params.items() <= problem.params.items(), problem.params
    with pytest.raises(TemplateFormatError) as err:
        load_file(tmp_path / "missing.json")
    assert [p.code for p in err.value.details] == ["unreadable"]
    assert err.value.details[0].params["name"] == "missing.json"


def test_item_problems_are_paths_within_the_item() -> None:
    found = item_problems(ItemSpec("c1", "选择", "Choice", "choice", weight=200))
    assert [(p.code, p.path, p.field) for p in found] == [("too_few_options", "item.options", "options"),
                                                          ("not_between", "item.weight", "weight")]
    assert str(found[0]) == "item (key 'c1'): a choice item needs at least 2 options"


def test_cli_prints_the_first_problem_on_one_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    assert cli.main(["db", "init", "--db", str(db), "--name", "T", "--user", "admin", *first_password()]) == 0
    data = all_types_data("cli_broken")
    data["sections"][0]["items"][1]["type"] = "slider"
    data["sections"][2]["items"][2]["weight"] = "heavy"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    counts = table_counts(db)
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", *signed_in("admin", ADMIN_PASSWORD), "template",
                           "import", str(bad), "--db", str(db)], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 2, done
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines == ["error: the template file was refused, nothing was imported: sections[0].items[1] (key 'yn'): "
                     "type 'slider' is not one of " + ", ".join(ANSWER_TYPES)
                     + " (and 1 more problem)"], done.stderr
    assert table_counts(db) == counts
