"""The list pages read their rows, counts and filter lists off the GUI thread (issue 14, item 1).

Each service function a list page calls is wrapped to record the thread it ran on; opening the
page, filtering, sorting and scrolling must never call one on the GUI thread. Real pages, a real
workspace.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from helpers import choose, idle, rows
from opsdesk.services import actions, org, runs, sync, visits
from ui.pages.actions import ActionsPage
from ui.pages.conflicts import ConflictsPage
from ui.pages.inspections import InspectionsPage
from ui.pages.stores import StoresPage
from ui.pages.users import UsersPage
from ui.pages.visits import VisitsPage

WATCHED = {
    org: ("query_stores", "count_stores", "query_users", "count_users", "list_regions"),
    runs: ("query_runs", "count_runs"),
    actions: ("query_actions", "count_actions", "status_counts", "source_runs"),
    visits: ("query_visits", "coverage", "incident_digest"),
    sync: ("conflicts",),
}


@pytest.fixture
def active_ctx(workspace_copy):  # noqa: ANN001, ANN201
    """A small demo with a month of inspections, actions and visits (built once per session, copied)."""
    from opsdesk.db import Database
    from opsdesk.services import AppContext
    from opsdesk.services.workspace import CURRENT_USER_KEY

    db = Database.open(workspace_copy("active.sqlite", stores=3, seed=5, months=1))
    ctx = AppContext(db)
    ctx.user_id = db.get_meta(CURRENT_USER_KEY)
    yield ctx
    db.close()


@pytest.fixture
def calls(monkeypatch):  # noqa: ANN001, ANN201
    """(function name, ran on the GUI thread, its keyword arguments) for every watched service call."""
    seen: list[tuple[str, bool, dict]] = []
    for module, names in WATCHED.items():
        for name in names:
            original = getattr(module, name)

            def wrapped(*args, _original=original, _name=name, **kwargs):  # noqa: ANN002, ANN003, ANN202
                seen.append((_name, threading.current_thread() is threading.main_thread(), kwargs))
                return _original(*args, **kwargs)

            monkeypatch.setattr(module, name, wrapped)
    return seen


def open_page(qtbot, cls, ctx):  # noqa: ANN001, ANN201
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    idle()
    return page


def on_gui_thread(calls: list[tuple[str, bool, dict]]) -> list[str]:
    return [name for name, gui, _kwargs in calls if gui]


@pytest.mark.parametrize("cls", [StoresPage, UsersPage, InspectionsPage, ActionsPage],
                         ids=["stores", "users", "inspections", "actions"])
def test_list_pages_query_off_the_gui_thread(qtbot, active_ctx, calls, cls) -> None:  # noqa: ANN001
    page = open_page(qtbot, cls, active_ctx)
    assert page.model.rowCount() > 0 and calls, "the page listed rows through the services"
    assert page.count_label.text()  # the count arrived
    # sort by another column, search, clear
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    idle()
    page.search.setText("zzzz-nothing")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.loading, timeout=5000)
    assert page.empty_label.isVisible() and page.empty_label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.loading, timeout=5000)
    assert not page.empty_label.isVisible()
    rows(page)
    assert on_gui_thread(calls) == []


def test_visits_and_conflicts_query_off_the_gui_thread(qtbot, active_ctx, calls) -> None:  # noqa: ANN001
    page = open_page(qtbot, VisitsPage, active_ctx)
    page.tabs.setCurrentWidget(page.log_tab)
    page.log_tab.refresh()
    idle()
    assert page.log_tab.table.model().rowCount() > 0
    assert page.log_tab.store.count() > 1 and page.log_tab.supervisor.count() > 1  # the filters' lists arrived
    choose(page.log_tab.store, page.log_tab.store.itemData(1))
    for tab in (page.coverage_tab, page.digest_tab):  # each tab is read when first shown
        page.tabs.setCurrentWidget(tab)
        idle()
    open_page(qtbot, ConflictsPage, active_ctx)
    names = {name for name, _gui, _kwargs in calls}
    assert {"query_visits", "coverage", "incident_digest", "conflicts", "query_stores", "list_regions"} <= names
    # The log (its 2000 latest visits), coverage, digest, conflicts and the filters' lists: off the GUI thread.
    # The week plan tab reads one supervisor's week and the supervisors on it (bounded, drag-and-drop).
    growing = [(name, kwargs) for name, gui, kwargs in calls if gui and (
        name in {"coverage", "incident_digest", "conflicts", "query_stores", "list_regions"}
        or (name == "query_visits" and kwargs.get("limit") == 2000))]
    assert growing == []


def test_selection_survives_a_reload_and_a_far_row_is_found(qtbot, workspace_copy) -> None:  # noqa: ANN001
    from opsdesk.db import Database
    from opsdesk.services import AppContext

    # the 450-store demo chain, built once per run (tests/ui/test_list_speed.py copies it too)
    db = Database.open(workspace_copy("big.sqlite", stores=450, seed=3))
    ctx = AppContext(db)
    page = open_page(qtbot, StoresPage, ctx)
    assert page.model.rowCount() == 200 < page.model.total  # one page loaded
    last = org.query_stores(ctx, org.StoreQuery(sort="code", descending=False))[-1]
    found: list[bool] = []
    page.select_where(lambda s: s.id == last.id, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=20000)  # further pages load in the background
    assert found == [True] and page.selected().id == last.id
    near = page.model.dto(5)
    page.select_where(lambda s: s.id == near.id)
    idle()
    page.reload()
    idle()
    assert page.selected().id == near.id  # back in the first page after the reload: selected again
    page.select_where(lambda s: s.code == "no such store", found.append)
    qtbot.waitUntil(lambda: len(found) == 2, timeout=20000)
    assert found[1] is False and page.selected() is None
    db.close()


def test_a_newer_filter_supersedes_an_older_load(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, StoresPage, demo_ctx)
    everything = page.model.total
    target = rows(page)[0]
    page.search.setText("zzzz-nothing")
    page.reload()  # twice in a row: only the latest result is shown
    page.search.setText(target.code)
    page.reload()
    idle()
    assert [s.id for s in rows(page)] == [target.id] and page.model.total == 1
    page.search.clear()  # typing reloads after a short pause
    qtbot.waitUntil(lambda: page.model.total == everything and not page.loading, timeout=5000)


def test_an_empty_workspace_says_what_to_do(qtbot, empty_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, StoresPage, empty_ctx)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "新建门店" in page.empty_label.text() and "片区" in page.empty_label.text()
    inspections = open_page(qtbot, InspectionsPage, empty_ctx)
    assert inspections.empty_label.isVisible() and "开始巡检" in inspections.empty_label.text()
