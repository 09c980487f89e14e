"""Adding a member or correcting one's record (Thêm / sửa hồ sơ đảng viên).

Three tabs: personal data, party data, work and training. A new member either is already in the cell's
paper register (entered with the status written there), or arrives by admission, permanent transfer or
temporary attachment, which records that event. When editing, the status and the dates an event set are
shown but cannot be changed here: they follow the history. The dialog saves through the callback it is
given, so a refusal from the core is shown next to its field and nothing closes half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.joining import ENTRY_STATUSES, JoinWay, entry_status
from cellapp.domain.lifecycle import EventKind, Grade
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.reference_lists import BUILTIN_LISTS, ETHNICITIES, RegisterList, RegisterLists
from cellapp.domain.register_fields import FIELD_LABELS, MemberFields
from cellapp.services.members import DuplicateMemberError, EventInput, MemberDetail
from ui.dialogs.form_support import MissingInput, SavingDialogMixin, error_label, text_of
from ui.widgets.date_field import DateField
from ui.widgets.vote_fields import BasisLookup, VoteFields


@dataclass(frozen=True)
class MemberForm:
    fields: MemberFields
    event: EventInput | None = None  # how a new member arrives; None when already in the register


class MemberDialog(SavingDialogMixin, QDialog):
    open_member_requested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[MemberForm], Any],
        detail: MemberDetail | None = None,
        lists: RegisterLists = BUILTIN_LISTS,
        vote_basis: BasisLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.detail = detail
        self.lists = lists  # with the names the committee added
        self._duplicate_uuid: str | None = None
        self.setWindowTitle(self.tr("Correct the member's record") if detail else self.tr("Add a member"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._personal_tab(), self.tr("&Personal"))
        self.party = PartyTab(detail, vote_basis)
        for name in (
            "join",
            "status",
            "card_number",
            "admitted_on",
            "ceremony_on",
            "official_on",
            "organisation",
            "decision_ref",
        ):
            setattr(self, name, getattr(self.party, name))
        self.join.currentIndexChanged.connect(self._join_changed)
        self.tabs.addTab(self.party, self.tr("P&arty"))
        self.tabs.addTab(self._work_tab(), self.tr("&Work and training"))
        self.error = error_label()
        self.open_other = QPushButton(self.tr("Open that member"))
        self.open_other.setObjectName("openDuplicate")
        self.open_other.hide()
        self.open_other.clicked.connect(self._open_duplicate)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        errors = QHBoxLayout()
        errors.addWidget(self.error, 1)
        errors.addWidget(self.open_other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(errors)
        layout.addWidget(buttons)
        self.field_widgets = self._field_map()
        if detail is not None:
            self._fill(detail)
        self._join_changed()
        self.resize(760, 560)

    # ----------------------------------------------------------------------------------------- tabs
    def _personal_tab(self) -> QWidget:
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.other_name = QLineEdit()
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for sex in Sex:
            self.sex.addItem(sex.label.render(), sex.value)
        self.birth_date = DateField(field="birth_date", label=FIELD_LABELS["birth_date"])
        self.birth_date.setObjectName("birthDate")
        self.ethnicity = self._choices(("", *ETHNICITIES))
        self.religion = self._choices(("", *self.lists.names(RegisterList.RELIGIONS)))
        self.citizen_id = QLineEdit()
        self.citizen_id.setObjectName("citizenId")
        self.citizen_id.setPlaceholderText(self.tr("12 digits"))
        self.phone = QLineEdit()
        self.place_of_birth = QLineEdit()
        self.home_town = QLineEdit()
        self.permanent_residence = QLineEdit()
        self.residence = QLineEdit()
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Full &name:"), self.full_name)
        form.addRow(self.tr("Other name:"), self.other_name)
        form.addRow(self.tr("&Sex:"), self.sex)
        form.addRow(self.tr("Date of &birth:"), self.birth_date)
        form.addRow(self.tr("&Ethnicity:"), self.ethnicity)
        form.addRow(self.tr("&Religion:"), self.religion)
        form.addRow(self.tr("&Citizen ID:"), self.citizen_id)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Place of birth:"), self.place_of_birth)
        form.addRow(self.tr("Home town:"), self.home_town)
        form.addRow(self.tr("Permanent residence:"), self.permanent_residence)
        form.addRow(self.tr("Current residence:"), self.residence)
        return page

    def _work_tab(self) -> QWidget:
        self.occupation = QLineEdit()
        self.workplace = QLineEdit()
        self.position = QLineEdit()
        self.education = self._choices(("", *self.lists.names(RegisterList.EDUCATION_LEVELS)))
        self.theory_level = self._choices(("", *self.lists.names(RegisterList.THEORY_LEVELS)), editable=False)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Occupation:"), self.occupation)
        form.addRow(self.tr("Workplace:"), self.workplace)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("General education:"), self.education)
        form.addRow(self.tr("Political theory:"), self.theory_level)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    @staticmethod
    def _choices(items: tuple[str, ...], *, editable: bool = True) -> QComboBox:
        box = QComboBox()
        box.setEditable(editable)
        box.addItems(list(items))
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return box

    def _field_map(self) -> dict[str, QWidget]:
        names = [
            "full_name",
            "other_name",
            "sex",
            "birth_date",
            "ethnicity",
            "religion",
            "citizen_id",
            "phone",
            "place_of_birth",
            "home_town",
            "permanent_residence",
            "residence",
            "card_number",
            "admitted_on",
            "ceremony_on",
            "official_on",
            "organisation",
            "decision_ref",
            "occupation",
            "workplace",
            "position",
            "education",
            "theory_level",
            "notes",
            "status",
        ]
        fields: dict[str, QWidget] = {name: getattr(self, name) for name in names}
        fields["effective_on"] = (
            self.admitted_on if self.party.join_way() is JoinWay.ADMISSION else self.party.arrived_on
        )
        fields["ends_on"] = self.party.until
        fields["grade"] = self.party.grade
        fields["vote"] = self.party.votes.held_on
        return fields

    # ------------------------------------------------------------------------------------ behaviour
    def _join_changed(self) -> None:
        self.field_widgets = self._field_map()

    def _fill(self, detail: MemberDetail) -> None:
        fields = detail.fields
        for name in (
            "full_name",
            "other_name",
            "citizen_id",
            "phone",
            "place_of_birth",
            "home_town",
            "permanent_residence",
            "residence",
            "card_number",
            "occupation",
            "workplace",
            "position",
        ):
            getattr(self, name).setText(getattr(fields, name) or "")
        self.sex.setCurrentIndex(self.sex.findData(fields.sex.value))
        self.birth_date.set_value(fields.birth_date)
        self.ethnicity.setCurrentText(fields.ethnicity or "")
        self.religion.setCurrentText(fields.religion or "")
        self.education.setCurrentText(fields.education or "")
        self.theory_level.setCurrentText(fields.theory_level or "")
        self.notes.setPlainText(fields.notes or "")
        for name in ("admitted_on", "ceremony_on", "official_on"):
            widget: DateField = getattr(self, name)
            widget.set_value(getattr(fields, name))
            if name in detail.governed_dates:
                widget.setReadOnly(True)
                widget.setToolTip(
                    self.tr("Set by a recorded event: to correct it, reverse that event in the history.")
                )
        index = self.status.findData(fields.status.value)
        if index < 0:
            self.status.addItem(fields.status.label.render(), fields.status.value)
            index = self.status.count() - 1
        self.status.setCurrentIndex(index)
        self.party.status_note.setText(
            self.tr("Status: %1. It follows the recorded events; use the Actions menu to change it.").replace(
                "%1", fields.status.label.render()
            )
        )

    def form(self) -> MemberForm:
        """What was typed, read into the core's types (raises ValidationError for an unreadable date)."""
        join = self.party.join_way()
        status = self.party.status_for()
        fields = MemberFields(
            full_name=self.full_name.text(),
            sex=Sex(self.sex.currentData()),
            birth_date=self.birth_date.value(),
            other_name=text_of(self.other_name),
            ethnicity=text_of(self.ethnicity),
            religion=text_of(self.religion),
            citizen_id=text_of(self.citizen_id),
            card_number=text_of(self.card_number),
            place_of_birth=text_of(self.place_of_birth),
            home_town=text_of(self.home_town),
            permanent_residence=text_of(self.permanent_residence),
            residence=text_of(self.residence),
            occupation=text_of(self.occupation),
            workplace=text_of(self.workplace),
            position=text_of(self.position),
            phone=text_of(self.phone),
            education=text_of(self.education),
            theory_level=text_of(self.theory_level),
            admitted_on=self.admitted_on.value(),
            ceremony_on=self.ceremony_on.value(),
            official_on=self.official_on.value() if join.has_official_date else None,
            notes=text_of(self.notes),
            status=status,
        )
        return MemberForm(fields, self.party.event_for(fields))

    def _save_clicked(self) -> None:
        self.open_other.hide()
        try:
            form = self.form()
        except MissingInput as missing:
            self.show_missing(missing.widget, missing.message)
            return
        except CellAppError as error:
            self.show_refusal(error)
            return
        self.attempt(lambda: self._save(form))

    def show_refusal(self, error: CellAppError) -> None:
        super().show_refusal(error)
        if isinstance(error, DuplicateMemberError) and error.other_uuid:
            self._duplicate_uuid = error.other_uuid
            self.open_other.show()

    def _open_duplicate(self) -> None:
        if self._duplicate_uuid:
            self.open_member_requested.emit(self._duplicate_uuid)
            self.reject()


class PartyTab(QWidget):
    """The party side of the member dialog: how a new member joins the list, the status, the party dates
    and card, and the decision or letter that brought them."""

    def __init__(self, detail: MemberDetail | None, vote_basis: BasisLookup | None = None) -> None:
        super().__init__()
        self.detail = detail
        self.join = QComboBox()
        self.join.setObjectName("joinWay")
        self.join.addItem(self.tr("Already in the cell's register"), JoinWay.ENTRY.value)
        self.join.addItem(self.tr("Newly admitted (probationary)"), JoinWay.ADMISSION.value)
        self.join.addItem(self.tr("Permanent transfer to this cell"), JoinWay.TRANSFER.value)
        self.join.addItem(self.tr("Temporarily attached to this cell"), JoinWay.ATTACHMENT.value)
        self.join.currentIndexChanged.connect(self.update_rows)
        self.status = QComboBox()
        self.status.setObjectName("entryStatus")
        for status in ENTRY_STATUSES:
            self.status.addItem(status.label.render(), status.value)
        self.status_note = QLabel()
        self.status_note.setWordWrap(True)
        self.card_number = QLineEdit()
        self.card_number.setObjectName("cardNumber")
        self.card_number.setPlaceholderText(self.tr("12 digits, full members only"))
        self.admitted_on = DateField(field="admitted_on", label=FIELD_LABELS["admitted_on"])
        self.admitted_on.setObjectName("admittedOn")
        self.ceremony_on = DateField(field="ceremony_on", label=FIELD_LABELS["ceremony_on"])
        self.ceremony_on.setObjectName("ceremonyOn")
        self.official_on = DateField(field="official_on", label=FIELD_LABELS["official_on"])
        self.official_on.setObjectName("officialOn")
        self.arrived_on = DateField(field="effective_on")
        self.arrived_on.setObjectName("arrivedOn")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.grade = QComboBox()
        for grade in Grade:
            self.grade.addItem(grade.label.render(), grade.value)
        self.grade.setCurrentIndex(1)
        self.until = DateField(field="ends_on")
        self.decision_ref = QLineEdit()
        self.decision_ref.setObjectName("decisionRef")
        self.votes = VoteFields(vote_basis)
        self.party_form = QFormLayout(self)
        self.join_rule = QLabel()
        self.join_rule.setObjectName("joinRule")
        self.join_rule.setWordWrap(True)
        self.join_rule.setStyleSheet("color: #444444")
        self.party_form.addRow(self.tr("How the member joins the list:"), self.join)
        self.party_form.addRow("", self.join_rule)
        self.party_form.addRow(self.tr("S&tatus:"), self.status)
        self.party_form.addRow("", self.status_note)
        self.party_form.addRow(self.tr("Date admitted (decision):"), self.admitted_on)
        self.party_form.addRow(self.tr("Admission ceremony:"), self.ceremony_on)
        self.party_form.addRow(self.tr("Full member since:"), self.official_on)
        self.party_form.addRow(self.tr("Party card number:"), self.card_number)
        self.party_form.addRow(self.tr("Arrived on:"), self.arrived_on)
        self.party_form.addRow(self.tr("Coming from (party organisation):"), self.organisation)
        self.party_form.addRow(self.tr("Member is:"), self.grade)
        self.party_form.addRow(self.tr("Attached until:"), self.until)
        self.party_form.addRow(self.tr("Decision or letter number:"), self.decision_ref)
        self.party_form.addRow(self.tr("The cell's vote:"), self.votes)
        self.update_rows()

    def join_way(self) -> JoinWay:
        return JoinWay(self.join.currentData()) if self.detail is None else JoinWay.ENTRY

    def update_rows(self) -> None:
        way = self.join_way() if self.detail is None else None
        moving = way is not None and way.moves_in
        for widget, shown in (
            (self.join, self.detail is None),
            (self.status, way is JoinWay.ENTRY or (self.detail is not None and not self.detail.has_events)),
            (self.status_note, self.detail is not None and self.detail.has_events),
            (self.arrived_on, moving),
            (self.organisation, moving),
            (self.grade, moving),
            (self.until, way is not None and way.has_end),
            (self.decision_ref, way is not None and way.needs_decision),
            (self.votes, way is not None and way.needs_vote),
            (self.official_on, way is None or way.has_official_date),
            (self.card_number, way is None or way.has_official_date),
            (self.join_rule, self.detail is None),
        ):
            self.party_form.setRowVisible(widget, shown)
        self.join_rule.setText(self.join_way().rule.render())

    def status_for(self) -> MemberStatus:
        if self.detail is not None and self.detail.has_events:
            return self.detail.status
        return entry_status(
            self.join_way(),
            grade=Grade(self.grade.currentData()),
            chosen=MemberStatus(self.status.currentData()),
        )

    def _vote(self) -> PersonnelVote:
        vote = self.votes.vote()
        if vote is None:
            raise MissingInput(self.votes.held_on, self.votes.missing_day())
        return vote

    def event_for(self, fields: MemberFields) -> EventInput | None:
        """The event a new member arrives by (None: already in the register)."""
        way = self.join_way()
        if way is JoinWay.ENTRY:
            return None
        if way is JoinWay.ADMISSION:
            if fields.admitted_on is None:
                raise MissingInput(self.admitted_on, self.tr("Enter the date of the admission decision."))
            return EventInput(
                EventKind.ADMITTED,
                fields.admitted_on,
                decision_ref=text_of(self.decision_ref),
                ceremony_on=fields.ceremony_on,
                vote=self._vote(),
            )
        kind = way.event_kind
        arrived = self.arrived_on.value()
        if arrived is None:
            raise MissingInput(self.arrived_on, self.tr("Enter the date the member arrived."))
        return EventInput(
            kind,
            arrived,
            decision_ref=text_of(self.decision_ref),
            organisation=text_of(self.organisation),
            grade=Grade(self.grade.currentData()),
            ends_on=self.until.value() if way.has_end else None,
        )


__all__ = ["MemberDialog", "MemberForm"]
