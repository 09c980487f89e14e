"""The editor's Preparation tab (Chuẩn bị): date, time, place, topic, chair and minute-taker, guests from
the committee above, the agenda (standard order, editable), documents to convey and the draft
resolution; for a committee meeting, who sits on the committee."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.l10n import T
from cellapp.domain.meetings import ChairRole, MeetingKind, standard_agenda
from cellapp.services.meetings import Guest, MeetingDetail, Preparation
from ui.widgets.time_field import TimeField

UUID_ROLE = Qt.ItemDataRole.UserRole


def lines(editor: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in editor.toPlainText().splitlines() if line.strip())


class MeetingPreparationTab(QWidget):
    def __init__(self, kind: MeetingKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.held_on = QDateEdit()
        self.held_on.setObjectName("heldOn")
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setCalendarPopup(True)
        self.planned_time = TimeField(field="planned_time", label=T("Time", "Giờ họp"))
        self.planned_time.setObjectName("plannedTime")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.topic.setEnabled(kind.needs_topic)
        self.chair = QComboBox()
        self.chair.setObjectName("chair")
        self.chair_role = QComboBox()
        for role in ChairRole:
            self.chair_role.addItem(role.label.render(), role.value)
        self.secretary = QComboBox()
        self.secretary.setObjectName("secretary")
        self.guests = QPlainTextEdit()
        self.guests.setPlaceholderText(self.tr("One guest a line: full name, position"))
        self.guests.setMaximumHeight(70)
        self.committee = QListWidget()
        self.committee.setObjectName("committeeMembers")

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Time:"), self.planned_time)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("T&opic:"), self.topic)
        form.addRow(self.tr("&Chair:"), self.chair)
        form.addRow(self.tr("Chair's &role:"), self.chair_role)
        form.addRow(self.tr("&Minute-taker:"), self.secretary)
        form.addRow(self.tr("&Guests from the committee above:"), self.guests)
        left = QVBoxLayout()
        left.addLayout(form)
        if kind is MeetingKind.COMMITTEE:
            left.addWidget(QLabel(self.tr("Members of the cell committee called:")))
            left.addWidget(self.committee, 1)
        else:
            left.addStretch(1)

        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("agenda")
        self.agenda.setPlaceholderText(self.tr("One agenda item a line"))
        # One line (paragraph) is one item; a long item wraps on screen instead of scrolling sideways.
        self.agenda.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        standard = QPushButton(self.tr("Standard &agenda"))
        standard.clicked.connect(self.use_standard_agenda)
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(self.tr("One document a line, e.g. Hướng dẫn số 42-HD/BTCTW…"))
        self.documents.setMaximumHeight(80)
        self.draft_resolution = QPlainTextEdit()
        self.draft_resolution.setObjectName("draftResolution")
        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addWidget(standard, 0, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(agenda_box, 3)
        documents_label = QLabel(self.tr("Documents from the committee above to con&vey:"))
        documents_label.setBuddy(self.documents)
        draft_label = QLabel(self.tr("Draft reso&lution:"))
        draft_label.setBuddy(self.draft_resolution)
        right.addWidget(documents_label)
        right.addWidget(self.documents)
        right.addWidget(draft_label)
        right.addWidget(self.draft_resolution, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def set_members(self, members: list[tuple[str, str]]) -> None:
        """(uuid, name) of the members who may chair, take the minutes or sit on the committee."""
        for combo in (self.chair, self.secretary):
            combo.clear()
            combo.addItem(self.tr("(not chosen)"), None)
            for uuid, name in members:
                combo.addItem(name, uuid)
        self.committee.clear()
        for uuid, name in members:
            item = QListWidgetItem(name)
            item.setData(UUID_ROLE, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.committee.addItem(item)

    def use_standard_agenda(self) -> None:
        day = self.held_on.date().toPython()
        self.agenda.setPlainText("\n".join(standard_agenda(self.kind, day, self.topic.text().strip())))

    def load(self, preparation: Preparation, agenda: tuple[str, ...]) -> None:
        self.held_on.setDate(QDate(preparation.held_on))
        self.planned_time.set_value(preparation.planned_time or time(19, 30))
        self.place.setText(preparation.place)
        self.topic.setText(preparation.topic)
        _select(self.chair, preparation.chair_uuid)
        _select(self.secretary, preparation.secretary_uuid)
        self.chair_role.setCurrentIndex(max(0, self.chair_role.findData(preparation.chair_role.value)))
        self.guests.setPlainText(
            "\n".join(f"{g.name}, {g.title}" if g.title else g.name for g in preparation.guests)
        )
        self.agenda.setPlainText("\n".join(agenda))
        self.documents.setPlainText("\n".join(preparation.documents))
        self.draft_resolution.setPlainText(preparation.draft_resolution)
        chosen = set(preparation.committee_members)
        for row in range(self.committee.count()):
            item = self.committee.item(row)
            checked = item.data(UUID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> Preparation:
        guests = []
        for line in lines(self.guests):
            name, _, title = line.partition(",")
            guests.append(Guest(name.strip(), title.strip()))
        committee = tuple(
            str(self.committee.item(row).data(UUID_ROLE))
            for row in range(self.committee.count())
            if self.committee.item(row).checkState() == Qt.CheckState.Checked
        )
        held_on: date = self.held_on.date().toPython()  # type: ignore[assignment]
        planned = self.planned_time.value()
        return Preparation(
            held_on=held_on,
            place=self.place.text(),
            planned_time=planned,
            topic=self.topic.text(),
            chair_uuid=self.chair.currentData(),
            chair_role=ChairRole(self.chair_role.currentData()),
            secretary_uuid=self.secretary.currentData(),
            agenda=lines(self.agenda),
            documents=lines(self.documents),
            draft_resolution=self.draft_resolution.toPlainText().strip(),
            guests=tuple(guests),
            committee_members=committee,
        )


def preparation_of(detail: MeetingDetail) -> Preparation:
    return Preparation(
        held_on=detail.held_on,
        place=detail.place,
        planned_time=detail.planned_time,
        topic=detail.topic,
        chair_uuid=detail.chair_uuid,
        chair_role=detail.chair_role,
        secretary_uuid=detail.secretary_uuid,
        agenda=tuple(item.title for item in detail.agenda),
        documents=detail.documents,
        draft_resolution=detail.draft_resolution,
        guests=detail.guests,
        committee_members=tuple(e.member_uuid for e in detail.roster)
        if detail.kind is MeetingKind.COMMITTEE
        else (),
    )


def _select(combo: QComboBox, uuid: str | None) -> None:
    index = combo.findData(uuid) if uuid else 0
    combo.setCurrentIndex(max(0, index))
