"""Checklist templates: versions, editing drafts, publishing, import/export, the built-in library.

A template has numbered versions. Only a draft can be edited; publishing
freezes it (content hash) and retires the version published before it. Runs
pin the version they were started with, so old runs keep their own content.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk import paths
from opsdesk.errors import (
    FieldProblem,
    NotFoundError,
    NothingPublishedError,
    ValidationError,
    VersionFrozenError,
)
from opsdesk.ids import utcnow
from opsdesk.models import Meta, Template, TemplateItem, TemplateSection, TemplateVersion
from opsdesk.models.templates import TEMPLATE_KINDS
from opsdesk.permissions import A, require
from opsdesk.scoring import ItemRule, Option, SectionRule
from opsdesk.services.context import AppContext
from opsdesk.templates_io import (
    CODE_RE,
    ItemSpec,
    OptionSpec,
    SectionSpec,
    TemplateFormatError,
    TemplateSpec,
    content_hash,
    item_problems,
    load_file,
    parse_template,
    to_data,
)
from opsdesk.templates_io import problem as format_problem

BUILTIN_DIR = paths.RESOURCES / "templates"
# Built-in templates get the same ids in every workspace, so sync sees one template, not copies.
BUILTIN_NS = uuid.UUID("0b3e5f7a-8c1d-4e2f-9a6b-5d4c3b2a1f00")


def _builtin_id(*parts: object) -> str:
    return str(uuid.uuid5(BUILTIN_NS, "/".join(str(p) for p in parts)))


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ItemDTO:
    id: str
    section_id: str
    position: int
    spec: ItemSpec

    def __getattr__(self, name: str):  # noqa: ANN204 - item.text, item.weight... read through to the spec
        if name == "spec" or name.startswith("__"):  # copy/pickle probe before the fields exist
            raise AttributeError(name)
        return getattr(self.spec, name)

    def rule(self) -> ItemRule:
        s = self.spec
        return ItemRule(
            id=self.id, answer_type=s.answer_type, weight=s.weight, critical=s.critical, scale=s.scale,
            min_value=s.min_value, max_value=s.max_value, key=s.key,
            options=tuple(Option(o.label, o.points, o.fails, o.label_en) for o in s.options),
        )


@dataclass(frozen=True)
class SectionDTO:
    id: str
    position: int
    title: str
    title_en: str
    weight: int
    items: tuple[ItemDTO, ...]


@dataclass(frozen=True)
class VersionDTO:
    id: str
    template_id: str
    code: str
    kind: str
    number: int
    status: str
    title: str
    title_en: str
    description: str
    grade_bands: tuple[tuple[str, Decimal], ...]
    content_hash: str
    published_at: datetime | None
    sections: tuple[SectionDTO, ...]

    def rules(self) -> tuple[SectionRule, ...]:
        return tuple(SectionRule(s.id, s.weight, tuple(i.rule() for i in s.items)) for s in self.sections)

    def items(self) -> list[ItemDTO]:
        return [i for s in self.sections for i in s.items]

    def item(self, item_id: str) -> ItemDTO:
        for i in self.items():
            if i.id == item_id:
                return i
        raise NotFoundError("template_item", id=item_id)

    def spec(self) -> TemplateSpec:
        return TemplateSpec(
            code=self.code, kind=self.kind, title=self.title, title_en=self.title_en,
            description=self.description, grade_bands=self.grade_bands,
            sections=tuple(SectionSpec(s.title, s.title_en, s.weight, tuple(i.spec for i in s.items))
                           for s in self.sections),
        )


@dataclass(frozen=True)
class TemplateDTO:
    id: str
    code: str
    kind: str
    title: str
    title_en: str
    builtin: bool
    active: bool
    published_version_id: str | None
    published_number: int | None
    draft_version_id: str | None
    draft_number: int | None
    item_count: int


# ---------------------------------------------------------------- reading


def _options(raw: str) -> tuple[OptionSpec, ...]:
    return tuple(OptionSpec(o.get("label", ""), o.get("label_en", ""), int(o.get("points", 0)), bool(o.get("fails")))
                 for o in json.loads(raw or "[]"))


def _item_spec(row: TemplateItem) -> ItemSpec:
    return ItemSpec(
        key=row.key, text=row.text, text_en=row.text_en, answer_type=row.answer_type, guidance=row.guidance,
        weight=row.weight, critical=row.critical, required=row.required, photo_on_fail=row.photo_on_fail,
        na_allowed=row.na_allowed, scale=row.scale, min_value=row.min_value, max_value=row.max_value,
        unit=row.unit,
        options=_options(row.options), action_title=row.action_title, action_priority=row.action_priority,
        action_due_days=row.action_due_days,
    )


def _bands(raw: str) -> tuple[tuple[str, Decimal], ...]:
    return tuple((b["grade"], Decimal(str(b["min"]))) for b in json.loads(raw))


def version_dto(s: Session, version: TemplateVersion) -> VersionDTO:
    template = s.get(Template, version.template_id)
    sections = list(s.scalars(select(TemplateSection).where(
        TemplateSection.version_id == version.id, TemplateSection.deleted.is_(False)).order_by(TemplateSection.position)))
    items = list(s.scalars(select(TemplateItem).where(
        TemplateItem.version_id == version.id, TemplateItem.deleted.is_(False)).order_by(TemplateItem.position)))
    by_section: dict[str, list[ItemDTO]] = {sec.id: [] for sec in sections}
    for row in items:
        if row.section_id in by_section:
            by_section[row.section_id].append(ItemDTO(row.id, row.section_id, row.position, _item_spec(row)))
    return VersionDTO(
        id=version.id, template_id=version.template_id, code=template.code, kind=template.kind,
        number=version.number, status=version.status, title=version.title, title_en=version.title_en,
        description=template.description, grade_bands=_bands(version.grade_bands),
        content_hash=version.content_hash, published_at=version.published_at,
        sections=tuple(SectionDTO(sec.id, sec.position, sec.title, sec.title_en, sec.weight,
                                  tuple(by_section[sec.id])) for sec in sections),
    )


_version_dto = version_dto  # the old private name (demo_activity, tests/perf still use it)


def get_version(ctx: AppContext, version_id: str) -> VersionDTO:
    with ctx.read() as s:
        version = s.get(TemplateVersion, version_id)
        if version is None or version.deleted:
            raise NotFoundError("template_version", id=version_id)
        return version_dto(s, version)


def _versions(s: Session, template_id: str) -> list[TemplateVersion]:
    return list(s.scalars(select(TemplateVersion).where(
        TemplateVersion.template_id == template_id, TemplateVersion.deleted.is_(False)).order_by(TemplateVersion.number)))


def _template_dto(s: Session, t: Template) -> TemplateDTO:
    versions = _versions(s, t.id)
    published = next((v for v in reversed(versions) if v.status == "published"), None)
    draft = next((v for v in reversed(versions) if v.status == "draft"), None)
    shown = published or draft
    count = 0
    if shown is not None:
        count = s.scalar(select(func.count()).select_from(TemplateItem).where(
            TemplateItem.version_id == shown.id, TemplateItem.deleted.is_(False))) or 0
    return TemplateDTO(
        id=t.id, code=t.code, kind=t.kind, title=t.title, title_en=t.title_en, builtin=t.builtin, active=t.active,
        published_version_id=published.id if published else None,
        published_number=published.number if published else None,
        draft_version_id=draft.id if draft else None, draft_number=draft.number if draft else None,
        item_count=int(count),
    )


def list_templates(ctx: AppContext, kind: str | None = None, kinds: tuple[str, ...] = (),
                   include_retired: bool = False, runnable_only: bool = False) -> list[TemplateDTO]:
    with ctx.read() as s:
        stmt = select(Template).where(Template.deleted.is_(False))
        if kind:
            stmt = stmt.where(Template.kind == kind)
        if kinds:
            stmt = stmt.where(Template.kind.in_(kinds))
        if not include_retired:
            stmt = stmt.where(Template.active.is_(True))
        out = [_template_dto(s, t) for t in s.scalars(stmt.order_by(Template.kind, Template.code))]
    if runnable_only:
        out = [t for t in out if t.published_version_id and t.active]
    return out


def get_template(ctx: AppContext, template_id: str) -> TemplateDTO:
    with ctx.read() as s:
        t = s.get(Template, template_id)
        if t is None or t.deleted:
            raise NotFoundError("template", id=template_id)
        return _template_dto(s, t)


def template_by_code(ctx: AppContext, code: str) -> TemplateDTO | None:
    with ctx.read() as s:
        t = s.scalars(select(Template).where(Template.code == code, Template.deleted.is_(False))).first()
        return _template_dto(s, t) if t else None


def published_version(ctx: AppContext, template_id: str) -> VersionDTO:
    t = get_template(ctx, template_id)
    if not t.published_version_id or not t.active:
        raise NothingPublishedError(f"template {t.code} has no published version", code=t.code)
    return get_version(ctx, t.published_version_id)


# ---------------------------------------------------------------- writing


def _write_version(s: Session, template: Template, spec: TemplateSpec, number: int,
                   stable_ids: bool = False) -> TemplateVersion:
    """Write a draft version; ``stable_ids`` derives every id from the template code and content."""
    vid = _builtin_id(template.id, number, content_hash(spec)) if stable_ids else None
    version = TemplateVersion(
        id=vid, template_id=template.id, number=number, status="draft", title=spec.title, title_en=spec.title_en,
        grade_bands=json.dumps([{"grade": g, "min": str(m)} for g, m in spec.grade_bands]),
    )
    s.add(version)
    s.flush()
    for si, sec in enumerate(spec.sections):
        section = TemplateSection(id=_builtin_id(version.id, "section", si) if stable_ids else None,
                                  version_id=version.id, position=si, title=sec.title, title_en=sec.title_en,
                                  weight=sec.weight)
        s.add(section)
        s.flush()
        for ii, item in enumerate(sec.items):
            row = _item_row(version.id, section.id, ii, item)
            if stable_ids:
                row.id = _builtin_id(version.id, "item", item.key)
            s.add(row)
    s.flush()
    return version


def _item_row(version_id: str, section_id: str, position: int, item: ItemSpec) -> TemplateItem:
    row = TemplateItem(version_id=version_id, section_id=section_id, position=position)
    _fill_item(row, item)
    return row


def _only_own_fields(item: ItemSpec) -> ItemSpec:
    """Drop what does not belong to the answer type (options of a former choice item...)."""
    kind = item.answer_type
    return replace(
        item,
        options=item.options if kind in ("choice", "multi_choice") else (),
        scale=item.scale if kind == "rating" else None,
        min_value=item.min_value if kind == "number" else None,
        max_value=item.max_value if kind == "number" else None,
        unit=item.unit if kind == "number" else "",
    )


def _fill_item(row: TemplateItem, item: ItemSpec) -> None:
    item = _only_own_fields(item)
    row.key = item.key
    row.text = item.text
    row.text_en = item.text_en
    row.guidance = item.guidance
    row.answer_type = item.answer_type
    row.options = json.dumps([{"label": o.label, "label_en": o.label_en, "points": o.points, "fails": o.fails}
                              for o in item.options], ensure_ascii=False)
    row.scale = item.scale
    row.min_value = item.min_value
    row.max_value = item.max_value
    row.unit = item.unit
    row.weight = item.weight
    row.critical = item.critical
    row.required = item.required
    row.photo_on_fail = item.photo_on_fail
    row.na_allowed = item.na_allowed
    row.action_title = item.action_title
    row.action_priority = item.action_priority
    row.action_due_days = item.action_due_days


def _publish(s: Session, version: TemplateVersion, actor: str | None) -> None:
    spec = version_dto(s, version).spec()
    parse_template(to_data(spec))  # the same rules as a file: a broken draft cannot be published
    for other in _versions(s, version.template_id):
        if other.id != version.id and other.status == "published":
            other.status = "retired"
    version.status = "published"
    template = s.get(Template, version.template_id)
    template.title, template.title_en = version.title, version.title_en  # the library shows what is live
    version.content_hash = content_hash(spec)
    version.published_at = utcnow()
    version.published_by = actor


def _import(s: Session, spec: TemplateSpec, actor: str | None, *, builtin: bool, publish: bool) -> TemplateVersion:
    template = s.scalars(select(Template).where(Template.code == spec.code, Template.deleted.is_(False))).first()
    if template is None:
        template = Template(id=_builtin_id("template", spec.code) if builtin else None, code=spec.code,
                            kind=spec.kind, title=spec.title, title_en=spec.title_en,
                            description=spec.description, builtin=builtin)
        s.add(template)
        s.flush()
        number = 1
    else:
        if template.kind != spec.kind:
            raise TemplateFormatError([format_problem(
                "kind_mismatch", f"template {spec.code} exists with kind {template.kind}, not {spec.kind}", "kind", "",
                field="kind", template=spec.code, kind=spec.kind, existing=template.kind)])
        versions = _versions(s, template.id)
        draft = next((v for v in versions if v.status == "draft"), None)
        if draft is not None:
            raise TemplateFormatError([format_problem(
                "draft_exists", f"template {spec.code} has an unpublished draft (version {draft.number}); "
                f"publish or discard it before importing a new version", template=spec.code, number=draft.number)])
        template.description = spec.description
        template.active = True
        number = max((v.number for v in versions), default=0) + 1
    version = _write_version(s, template, spec, number, stable_ids=builtin)
    if publish:
        _publish(s, version, actor)
        if builtin:  # the same publication time everywhere, so every field agrees across workspaces
            version.published_at = datetime(2026, 1, 1)
    s.flush()
    return version


def import_spec(ctx: AppContext, spec: TemplateSpec, *, builtin: bool = False, publish: bool = True) -> VersionDTO:
    """Add a template from a file; an existing code gets a new version. One transaction."""
    with ctx.tx() as s:
        if not builtin:  # shipped content is installed by the system, like install_builtin
            require(s, ctx, A.TEMPLATE_PUBLISH if publish else A.TEMPLATE_EDIT)
        return version_dto(s, _import(s, spec, ctx.user_id, builtin=builtin, publish=publish))


def import_file(ctx: AppContext, path: str | Path) -> VersionDTO:
    """Validate the whole file first; nothing is written unless every item is valid."""
    return import_spec(ctx, load_file(path))


def export_data(ctx: AppContext, code: str, version_number: int | None = None) -> dict:
    """The file form of a template's published version (or its draft when nothing is published)."""
    t = template_by_code(ctx, code)
    if t is None:
        raise NotFoundError("template", code=code)
    with ctx.read() as s:
        versions = _versions(s, t.id)
        if version_number is not None:
            chosen = next((v for v in versions if v.number == version_number), None)
        else:
            chosen = next((v for v in reversed(versions) if v.status == "published"), None) or (
                versions[-1] if versions else None)
        if chosen is None:
            raise NotFoundError("template_version", code=code, number=version_number)
        return to_data(version_dto(s, chosen).spec())


def _import_builtin(s: Session, spec: TemplateSpec) -> None:
    """Write a shipped template with the shipped clock: every workspace holds the same changes."""
    from dataclasses import replace

    from opsdesk.sync.capture import BuiltinClock

    own = s.info["capture"]
    s.info["capture"] = replace(own, clock=BuiltinClock(), builtin=True, actor_id=None)
    try:
        _import(s, spec, None, builtin=True, publish=True)
        s.flush()
    finally:
        s.info["capture"] = own


def install_builtin(ctx: AppContext, folder: Path = BUILTIN_DIR) -> list[str]:
    """Install the built-in library once per workspace (a template the user retired stays retired).

    One transaction: the marker rows and the templates land together or not at all.
    """
    specs = [load_file(path) for path in sorted(folder.glob("*.json"))]
    installed = []
    with ctx.tx() as s:
        for spec in specs:
            marker = f"builtin_template:{spec.code}"
            if s.get(Meta, marker) is not None:
                continue
            exists = s.scalars(select(Template).where(Template.code == spec.code, Template.deleted.is_(False))).first()
            if exists is None:
                _import_builtin(s, spec)
                installed.append(spec.code)
            s.add(Meta(key=marker, value=content_hash(spec)))
    return installed


def create_template(ctx: AppContext, code: str, kind: str, title: str, title_en: str = "") -> VersionDTO:
    """A new template with a draft version holding one empty section."""
    problems = []
    if not CODE_RE.match(code or ""):
        problems.append(FieldProblem("code", "invalid_code"))
    if kind not in TEMPLATE_KINDS:
        problems.append(FieldProblem("kind", "invalid_choice"))
    if not (title or "").strip():
        problems.append(FieldProblem("title", "required"))
    if problems:
        raise ValidationError(problems)
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        if s.scalars(select(Template).where(Template.code == code, Template.deleted.is_(False))).first():
            raise ValidationError([FieldProblem("code", "duplicate")])
        template = Template(code=code, kind=kind, title=title.strip(), title_en=(title_en or "").strip())
        s.add(template)
        s.flush()
        spec = TemplateSpec(code, kind, template.title, template.title_en,
                            sections=(SectionSpec("新分区", "New section", 1, ()),))
        version = _write_version(s, template, spec, 1)
        return version_dto(s, version)


def _draft(s: Session, version_id: str) -> TemplateVersion:
    version = s.get(TemplateVersion, version_id)
    if version is None or version.deleted:
        raise NotFoundError("template_version", id=version_id)
    if version.status != "draft":
        raise VersionFrozenError(f"version {version.number} is {version.status}", status=version.status)
    return version


def new_draft(ctx: AppContext, template_id: str) -> VersionDTO:
    """The draft to edit: the existing one, or a copy of the latest version numbered one higher."""
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        versions = _versions(s, template_id)
        if not versions:
            raise NotFoundError("template", id=template_id)
        draft = next((v for v in versions if v.status == "draft"), None)
        if draft is None:
            template = s.get(Template, template_id)
            latest = next((v for v in reversed(versions) if v.status == "published"), versions[-1])
            spec = version_dto(s, latest).spec()
            draft = _write_version(s, template, spec, versions[-1].number + 1)
        return version_dto(s, draft)


def update_version_meta(ctx: AppContext, version_id: str, title: str, title_en: str,
                        bands: tuple[tuple[str, Decimal], ...]) -> VersionDTO:
    problems = []
    if not (title or "").strip():
        problems.append(FieldProblem("title", "required"))
    if not bands or min(m for _g, m in bands) != 0 or any(not g.strip() for g, _m in bands):
        problems.append(FieldProblem("grade_bands", "invalid_bands"))
    if problems:
        raise ValidationError(problems)
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        version.title, version.title_en = title.strip(), (title_en or "").strip()
        version.grade_bands = json.dumps([{"grade": g.strip(), "min": str(m)} for g, m in bands])
        s.flush()
        return version_dto(s, version)


def _live_sections(s: Session, version_id: str) -> list[TemplateSection]:
    return list(s.scalars(select(TemplateSection).where(
        TemplateSection.version_id == version_id, TemplateSection.deleted.is_(False)).order_by(TemplateSection.position)))


def _live_items(s: Session, section_id: str) -> list[TemplateItem]:
    return list(s.scalars(select(TemplateItem).where(
        TemplateItem.section_id == section_id, TemplateItem.deleted.is_(False)).order_by(TemplateItem.position)))


def _renumber(rows: list) -> None:  # noqa: ANN001
    for i, row in enumerate(rows):
        if row.position != i:
            row.position = i


def save_section(ctx: AppContext, version_id: str, title: str, title_en: str = "", weight: int = 1,
                 section_id: str | None = None) -> VersionDTO:
    problems = []
    if not (title or "").strip():
        problems.append(FieldProblem("title", "required"))
    if not isinstance(weight, int) or not 0 <= weight <= 100:
        problems.append(FieldProblem("weight", "out_of_range"))
    if problems:
        raise ValidationError(problems)
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        if section_id is None:
            section = TemplateSection(version_id=version.id, position=len(_live_sections(s, version.id)))
            s.add(section)
        else:
            section = s.get(TemplateSection, section_id)
            if section is None or section.version_id != version.id or section.deleted:
                raise NotFoundError("template_section", id=section_id)
        section.title, section.title_en, section.weight = title.strip(), (title_en or "").strip(), weight
        s.flush()
        return version_dto(s, version)


def delete_section(ctx: AppContext, version_id: str, section_id: str) -> VersionDTO:
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        section = s.get(TemplateSection, section_id)
        if section is None or section.version_id != version.id or section.deleted:
            raise NotFoundError("template_section", id=section_id)
        for item in _live_items(s, section.id):
            item.deleted = True
        section.deleted = True
        s.flush()
        _renumber(_live_sections(s, version.id))
        s.flush()
        return version_dto(s, version)


def move_section(ctx: AppContext, version_id: str, section_id: str, position: int) -> VersionDTO:
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        sections = _live_sections(s, version.id)
        moving = next((x for x in sections if x.id == section_id), None)
        if moving is None:
            raise NotFoundError("template_section", id=section_id)
        sections.remove(moving)
        sections.insert(max(0, min(position, len(sections))), moving)
        _renumber(sections)
        s.flush()
        return version_dto(s, version)


def _check_item(s: Session, version_id: str, item: ItemSpec, item_id: str | None) -> None:
    """The file rules for one item, plus a key unique within the version."""
    problems = item_problems(item)
    if problems:
        raise TemplateFormatError(problems)
    taken = s.scalar(select(func.count()).select_from(TemplateItem).where(
        TemplateItem.version_id == version_id, TemplateItem.deleted.is_(False), TemplateItem.key == item.key,
        TemplateItem.id != (item_id or "")))
    if taken:
        raise ValidationError([FieldProblem("key", "duplicate")])


def save_item(ctx: AppContext, version_id: str, section_id: str, item: ItemSpec,
              item_id: str | None = None) -> VersionDTO:
    """Add an item at the end of a section, or change one (all fields)."""
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        section = s.get(TemplateSection, section_id)
        if section is None or section.version_id != version.id or section.deleted:
            raise NotFoundError("template_section", id=section_id)
        _check_item(s, version.id, item, item_id)
        if item_id is None:
            row = _item_row(version.id, section.id, len(_live_items(s, section.id)), item)
            s.add(row)
        else:
            row = s.get(TemplateItem, item_id)
            if row is None or row.version_id != version.id or row.deleted:
                raise NotFoundError("template_item", id=item_id)
            _fill_item(row, item)
        s.flush()
        return version_dto(s, version)


def new_item_key(version: VersionDTO) -> str:
    taken = {i.key for i in version.items()}
    n = len(taken) + 1
    while f"item_{n}" in taken:
        n += 1
    return f"item_{n}"


def delete_item(ctx: AppContext, version_id: str, item_id: str) -> VersionDTO:
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        row = s.get(TemplateItem, item_id)
        if row is None or row.version_id != version.id or row.deleted:
            raise NotFoundError("template_item", id=item_id)
        row.deleted = True
        s.flush()
        _renumber(_live_items(s, row.section_id))
        s.flush()
        return version_dto(s, version)


def move_item(ctx: AppContext, version_id: str, item_id: str, section_id: str, position: int) -> VersionDTO:
    """Move an item within its section or into another one of the same version."""
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        row = s.get(TemplateItem, item_id)
        target = s.get(TemplateSection, section_id)
        if (row is None or row.deleted or row.version_id != version.id or target is None or target.deleted
                or target.version_id != version.id):
            raise NotFoundError("template_item", id=item_id)
        source_id = row.section_id
        old = [x for x in _live_items(s, source_id) if x.id != row.id]
        _renumber(old)
        rows = old if source_id == target.id else _live_items(s, target.id)
        rows = [x for x in rows if x.id != row.id]
        row.section_id = target.id
        rows.insert(max(0, min(position, len(rows))), row)
        _renumber(rows)
        s.flush()
        return version_dto(s, version)


def publish(ctx: AppContext, version_id: str) -> VersionDTO:
    """Freeze a draft (content hash); the previously published version is retired."""
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_PUBLISH)
        version = _draft(s, version_id)
        _publish(s, version, ctx.user_id)
        s.flush()
        return version_dto(s, version)


def set_template_active(ctx: AppContext, template_id: str, active: bool) -> TemplateDTO:
    """Retire a template (no new runs; existing runs keep it) or bring it back."""
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_PUBLISH)
        t = s.get(Template, template_id)
        if t is None or t.deleted:
            raise NotFoundError("template", id=template_id)
        t.active = active
        s.flush()
        return _template_dto(s, t)


def discard_draft(ctx: AppContext, version_id: str) -> None:
    with ctx.tx() as s:
        require(s, ctx, A.TEMPLATE_EDIT)
        version = _draft(s, version_id)
        if not any(v.status != "draft" for v in _versions(s, version.template_id)):
            raise ValidationError([FieldProblem("version", "only_version")])
        for section in _live_sections(s, version.id):
            for item in _live_items(s, section.id):
                item.deleted = True
            section.deleted = True
        version.deleted = True


__all__ = [
    "ItemDTO", "ItemSpec", "NothingPublishedError", "OptionSpec", "SectionDTO", "TemplateDTO", "TemplateFormatError",
    "VersionDTO", "VersionFrozenError", "create_template", "delete_item", "delete_section", "discard_draft",
    "export_data", "get_template", "get_version", "import_file", "import_spec", "install_builtin", "list_templates",
    "move_item", "move_section", "new_draft", "new_item_key", "publish", "published_version",
    "save_item", "save_section", "set_template_active", "template_by_code", "update_version_meta",
]
