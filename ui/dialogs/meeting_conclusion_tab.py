"""The editor's Conclusion tab (Kết luận, biểu quyết): start and end times, the chair's conclusion, the
resolution text, and the show of hands. The members who may vote and the denominator come from the
attendance tab as it stands; whether the resolution passes is shown as the votes are typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.attendance import AttendanceCounts, VoteTally, is_adopted, percent
from cellapp.domain.l10n import T, Text
from cellapp.services.meetings import ConclusionInput, MeetingDetail
from ui.widgets.time_field import TimeField


def _time_field(name: str, field: str, label: Text) -> TimeField:
    edit = TimeField(field=field, label=label)
    edit.setObjectName(name)
    return edit


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class MeetingConclusionTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: AttendanceCounts | None = None
        self._draft = ""
        self.started_at = _time_field("startedAt", "started_at", T("Started at", "Bắt đầu lúc"))
        self.ended_at = _time_field("endedAt", "ended_at", T("Ended at", "Kết thúc lúc"))
        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("conclusion")
        self.resolution = QPlainTextEdit()
        self.resolution.setObjectName("resolution")
        from_draft = QPushButton(self.tr("Start from the &draft resolution"))
        from_draft.clicked.connect(lambda: self.resolution.setPlainText(self._draft))
        self.vote_recorded = QCheckBox(self.tr("A &vote was taken"))
        self.vote_recorded.setObjectName("voteRecorded")
        self.votes_for = QSpinBox()
        self.votes_for.setObjectName("votesFor")
        self.votes_against = QSpinBox()
        self.abstentions = QSpinBox()
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setRange(0, 9999)
            box.valueChanged.connect(self._show_result)
        self.vote_recorded.toggled.connect(self._show_result)
        self.eligible = QLabel()
        self.eligible.setObjectName("eligibleVoters")
        self.eligible.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("voteResult")
        self.result.setWordWrap(True)

        times = QHBoxLayout()
        times.addWidget(_buddy(self.tr("&Started at:"), self.started_at))
        times.addWidget(self.started_at)
        times.addWidget(_buddy(self.tr("&Ended at:"), self.ended_at))
        times.addWidget(self.ended_at)
        times.addStretch(1)
        vote_box = QGroupBox(self.tr("Vote (show of hands, full members only)"))
        vote_form = QFormLayout(vote_box)
        vote_form.addRow(self.vote_recorded)
        vote_form.addRow(self.tr("&For:"), self.votes_for)
        vote_form.addRow(self.tr("&Against:"), self.votes_against)
        vote_form.addRow(self.tr("A&bstaining:"), self.abstentions)
        vote_form.addRow(self.eligible)
        vote_form.addRow(self.result)
        texts = QVBoxLayout()
        texts.addLayout(times)
        texts.addWidget(_buddy(self.tr("The chair's &conclusion:"), self.conclusion))
        texts.addWidget(self.conclusion, 1)
        resolution_row = QHBoxLayout()
        resolution_row.addWidget(_buddy(self.tr("The &resolution adopted:"), self.resolution), 1)
        resolution_row.addWidget(from_draft)
        texts.addLayout(resolution_row)
        texts.addWidget(self.resolution, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 3)
        layout.addWidget(vote_box, 1)

    def load(self, detail: MeetingDetail) -> None:
        self._draft = detail.draft_resolution
        self.started_at.set_value(detail.started_at)
        self.ended_at.set_value(detail.ended_at)
        self.conclusion.setPlainText(detail.conclusion)
        self.resolution.setPlainText(detail.resolution)
        vote = detail.votes[0].tally if detail.votes else None
        self.vote_recorded.setChecked(vote is not None)
        self.votes_for.setValue(vote.votes_for if vote else 0)
        self.votes_against.setValue(vote.votes_against if vote else 0)
        self.abstentions.setValue(vote.abstentions if vote else 0)
        self.set_counts(detail.counts)

    def set_draft(self, draft: str) -> None:
        self._draft = draft

    def set_counts(self, counts: AttendanceCounts) -> None:
        self._counts = counts
        self.eligible.setText(
            self.tr("May vote: %1 present; denominator %2 (full members less those excused).")
            .replace("%1", str(counts.voters_present))
            .replace("%2", str(counts.voting_denominator))
        )
        self._show_result()

    def tally(self) -> VoteTally | None:
        if not self.vote_recorded.isChecked():
            return None
        return VoteTally(self.votes_for.value(), self.votes_against.value(), self.abstentions.value())

    def _show_result(self) -> None:
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setEnabled(self.vote_recorded.isChecked())
        tally, counts = self.tally(), self._counts
        if tally is None or counts is None:
            self.result.setText("")
            return
        if tally.cast > counts.voters_present:
            self.result.setText(self.tr("More votes than members present who may vote."))
        elif is_adopted(tally, counts):
            self.result.setText(
                self.tr("Adopted: %1 for out of %2 (%3).")
                .replace("%1", str(tally.votes_for))
                .replace("%2", str(counts.voting_denominator))
                .replace("%3", percent(tally.votes_for, counts.voting_denominator))
            )
        else:
            self.result.setText(self.tr("Not adopted: votes for must be more than half of the denominator."))

    def collect(self) -> ConclusionInput:
        return ConclusionInput(
            started_at=self.started_at.value(),
            ended_at=self.ended_at.value(),
            conclusion=self.conclusion.toPlainText().strip(),
            resolution=self.resolution.toPlainText().strip(),
            vote=self.tally(),
        )
