"""The editor's Proceedings tab (Diễn biến): notes per agenda item, and who spoke and what they said,
each speech under an agenda item, with reserved opinions (bảo lưu) marked. A speaker is chosen among
the members listed, or typed in for a guest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.services.meetings import AgendaItem, RosterEntry, Speech, SpeechInput

UUID_ROLE = Qt.ItemDataRole.UserRole
SPEAKER, ITEM, SUMMARY, RESERVED = 0, 1, 2, 3


class MeetingProceedingsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: dict[str, str] = {}
        self._agenda: tuple[AgendaItem, ...] = ()
        self._people: list[tuple[str, str]] = []
        self._guests: list[str] = []
        self.items = QListWidget()
        self.items.setObjectName("agendaItems")
        self.items.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("agendaNotes")
        self.notes.setPlaceholderText(self.tr("Notes on the selected agenda item"))
        self.items.currentRowChanged.connect(self._show_notes)
        self.notes.textChanged.connect(self._keep_notes)

        self.speeches = QTableWidget(0, 4)
        self.speeches.setObjectName("speechesTable")
        self.speeches.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Agenda item"), self.tr("What was said"), self.tr("Reserved")]
        )
        self.speeches.verticalHeader().setVisible(False)
        self.speeches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speeches.setWordWrap(True)
        # one click on a summary opens it for typing: nobody should need to know about F2
        self.speeches.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.speeches.horizontalHeader()
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESERVED, QHeaderView.ResizeMode.ResizeToContents)
        self.speeches.setColumnWidth(SPEAKER, 190)
        self.speeches.setColumnWidth(ITEM, 200)
        add = QPushButton(self.tr("&Add a speech"))
        add.setObjectName("addSpeech")
        add.clicked.connect(lambda: self.add_speech())
        remove = QPushButton(self.tr("&Remove the speech"))
        remove.clicked.connect(self._remove_speech)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.items)
        top.addWidget(self.notes)
        top.setSizes([350, 650])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Speeches (a guest's name may be typed in):")), 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.speeches)
        hint = QLabel(self.tr("Click in “What was said” to type the summary of a speech."))
        hint.setObjectName("speechesHint")
        hint.setWordWrap(True)
        bottom_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(
        self,
        agenda: tuple[AgendaItem, ...],
        roster: tuple[RosterEntry, ...],
        guests: list[str],
        speeches: tuple[Speech, ...],
    ) -> None:
        self._agenda = agenda
        self._notes = {item.uuid: item.notes for item in agenda}
        self._people = [(e.member_uuid, e.full_name) for e in roster]
        self._guests = guests
        self.items.clear()
        for number, item in enumerate(agenda, start=1):
            entry = QListWidgetItem(f"{number}. {item.title}")
            entry.setData(UUID_ROLE, item.uuid)
            self.items.addItem(entry)
        self.speeches.setRowCount(0)
        for speech in speeches:
            self.add_speech(speech)
        if agenda:
            self.items.setCurrentRow(0)

    def _show_notes(self, row: int) -> None:
        self.notes.blockSignals(True)
        item = self.items.item(row) if row >= 0 else None
        self.notes.setPlainText(self._notes.get(str(item.data(UUID_ROLE)), "") if item else "")
        self.notes.setEnabled(item is not None)
        self.notes.blockSignals(False)

    def _keep_notes(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self._notes[str(item.data(UUID_ROLE))] = self.notes.toPlainText()

    def add_speech(self, speech: Speech | None = None) -> int:
        row = self.speeches.rowCount()
        self.speeches.insertRow(row)
        speaker = QComboBox()
        speaker.setEditable(True)
        speaker.addItem("", None)
        for uuid, name in self._people:
            speaker.addItem(name, uuid)
        for guest in self._guests:
            speaker.addItem(guest, None)
        item_box = QComboBox()
        item_box.addItem(self.tr("(general discussion)"), None)
        for number, agenda_item in enumerate(self._agenda, start=1):
            item_box.addItem(f"{number}. {agenda_item.title}", agenda_item.uuid)
        summary = QTableWidgetItem(speech.summary if speech else "")
        summary.setData(UUID_ROLE, speech.uuid if speech else None)
        reserved = QTableWidgetItem()
        reserved.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        reserved.setCheckState(
            Qt.CheckState.Checked if speech and speech.reserved else Qt.CheckState.Unchecked
        )
        if speech is not None:
            index = speaker.findData(speech.member_uuid) if speech.member_uuid else -1
            if index >= 0:
                speaker.setCurrentIndex(index)
            else:
                speaker.setEditText(speech.speaker_name)
            item_box.setCurrentIndex(max(0, item_box.findData(speech.agenda_item_uuid)))
        elif self.items.currentItem() is not None:
            item_box.setCurrentIndex(max(0, item_box.findData(self.items.currentItem().data(UUID_ROLE))))
        self.speeches.setCellWidget(row, SPEAKER, speaker)
        self.speeches.setCellWidget(row, ITEM, item_box)
        self.speeches.setItem(row, SUMMARY, summary)
        self.speeches.setItem(row, RESERVED, reserved)
        if speech is None:
            self.speeches.setCurrentCell(row, SUMMARY)
            speaker.setFocus()
        return row

    def _remove_speech(self) -> None:
        row = self.speeches.currentRow()
        if row >= 0:
            self.speeches.removeRow(row)

    def speaker_box(self, row: int) -> QComboBox:
        widget = self.speeches.cellWidget(row, SPEAKER)
        assert isinstance(widget, QComboBox)
        return widget

    def collect_notes(self) -> tuple[tuple[str, str], ...]:
        return tuple((item.uuid, self._notes.get(item.uuid, "")) for item in self._agenda)

    def collect_speeches(self) -> tuple[SpeechInput, ...]:
        result = []
        for row in range(self.speeches.rowCount()):
            speaker = self.speaker_box(row)
            item_box = self.speeches.cellWidget(row, ITEM)
            assert isinstance(item_box, QComboBox)
            summary = self.speeches.item(row, SUMMARY)
            text = speaker.currentText().strip()
            member = (
                speaker.currentData()
                if speaker.currentText() == speaker.itemText(speaker.currentIndex())
                else None
            )
            if not text and not summary.text().strip():
                continue  # an empty row left by the user
            result.append(
                SpeechInput(
                    summary=summary.text(),
                    member_uuid=member,
                    speaker_name="" if member else text,
                    agenda_item_uuid=item_box.currentData(),
                    reserved=self.speeches.item(row, RESERVED).checkState() == Qt.CheckState.Checked,
                    uuid=summary.data(UUID_ROLE),
                )
            )
        return tuple(result)
