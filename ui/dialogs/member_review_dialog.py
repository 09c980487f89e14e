"""One member's annual review: the year's facts at the top (attendance, speeches, tasks, fees, discipline,
residence), then two tabs: the self-assessment (form, text, points per criterion, self-grade) and the
meeting's comments with the proposed grade and its vote. Saving sends each part to the core; a refusal
is shown on the field at fault and the dialog stays open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.review import ReviewForm, ReviewGrade
from cellapp.domain.vietnamese import format_money
from cellapp.services.review import MemberReview, ReviewInputs, ReviewYear
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons


def facts_text(inputs: ReviewInputs | None) -> str:
    """The year's facts in two or three lines, in Vietnamese."""
    if inputs is None:
        return ""
    rate = "" if inputs.attendance_rate is None else f" ({round(inputs.attendance_rate * 100)}%)"
    lines = [
        f"Dự họp {inputs.meetings_attended}/{inputs.meetings_expected} buổi{rate}; vắng không lý do "
        f"{inputs.absent_unexcused} buổi ({inputs.months_absent_unexcused} tháng); phát biểu {inputs.speeches} lần.",
        f"Nhiệm vụ được giao {inputs.tasks}: đúng hạn {inputs.tasks_on_time}, trễ hạn {inputs.tasks_late}, "
        f"chưa xong {inputs.tasks_open}. Đảng phí: đã nộp {format_money(inputs.fees_paid)}, "
        f"còn {inputs.fee_months_unpaid}/{inputs.fee_months_due} tháng chưa nộp đủ.",
    ]
    extra = []
    for item in inputs.discipline:
        level = item.level.label.render() if item.level else "kỷ luật"
        extra.append(f"Bị kỷ luật {level.lower()} ngày {item.effective_on:%d/%m/%Y}")
    if inputs.residence_cell:
        extra.append(f"Sinh hoạt nơi cư trú (QĐ 213): {inputs.residence_cell}")
    if inputs.transferred_from:
        extra.append(f"Chuyển đến trong năm từ: {inputs.transferred_from}")
    if extra:
        lines.append("; ".join(extra) + ".")
    return "\n".join(lines)


def _grade_combo(name: str, empty: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(empty, None)
    for grade in ReviewGrade:
        combo.addItem(grade.label.render(), grade.value)
    return combo


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class MemberReviewDialog(SavingDialogMixin, QDialog):
    def __init__(
        self,
        workspace: Workspace,
        year: ReviewYear,
        review: MemberReview,
        inputs: ReviewInputs | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.year, self.review = workspace, year, review
        self.warnings: list[str] = []
        self.setObjectName("memberReviewDialog")
        self.setWindowTitle(
            self.tr("Review of %1, %2").replace("%1", review.full_name).replace("%2", str(year.year))
        )
        facts = QLabel(facts_text(inputs))
        facts.setObjectName("reviewFacts")
        facts.setWordWrap(True)

        self.form = QComboBox()
        self.form.setObjectName("reviewForm")
        for form in ReviewForm:
            self.form.addItem(form.label.render(), form.value)
        _select(self.form, review.form.value)
        self.self_text = QPlainTextEdit(review.self_text or "")
        self.self_text.setObjectName("selfText")
        self.self_text.setTabChangesFocus(True)
        self.self_grade = _grade_combo("selfGrade", self.tr("(not chosen)"))
        _select(self.self_grade, review.self_grade.value if review.self_grade else None)
        self.total = QLabel()
        self.points: dict[str, QSpinBox] = {}
        assessment = QFormLayout()
        assessment.addRow(self.tr("&Form:"), self.form)
        assessment.addRow(self.tr("&Self-assessment:"), self.self_text)
        rules = year.rules
        if rules.uses_score:
            for criterion in rules.criteria:
                box = QSpinBox()
                box.setObjectName(f"points_{criterion.code}")
                box.setRange(0, criterion.points)
                box.setValue(review.scores.get(criterion.code, 0))
                box.setSuffix(f" / {criterion.points}")
                box.valueChanged.connect(self._update_total)
                self.points[criterion.code] = box
                assessment.addRow(criterion.label + ":", box)
            assessment.addRow(self.tr("Score:"), self.total)
        assessment.addRow(self.tr("Self-&grade:"), self.self_grade)

        self.comments = QPlainTextEdit(review.comments or "")
        self.comments.setObjectName("reviewComments")
        self.comments.setTabChangesFocus(True)
        self.outside = QPlainTextEdit(review.outside_comment or "")
        self.outside.setObjectName("outsideComment")
        self.outside.setTabChangesFocus(True)
        self.outside.setMaximumHeight(70)
        self.proposed = _grade_combo("proposedGrade", self.tr("(no proposal yet)"))
        _select(self.proposed, review.proposed_grade.value if review.proposed_grade else None)
        self.votes_for = QSpinBox()
        self.votes_for.setObjectName("votesFor")
        self.votes_against = QSpinBox()
        self.votes_against.setObjectName("votesAgainst")
        for box in (self.votes_for, self.votes_against):
            box.setRange(0, 9999)
        self.votes_for.setValue(review.votes_for if review.votes_for is not None else year.full_members)
        self.votes_against.setValue(review.votes_against or 0)
        proposal = QFormLayout()
        proposal.addRow(self.tr("The meeting's &comments:"), self.comments)
        proposal.addRow(self.tr("Residence or previous &cell:"), self.outside)
        proposal.addRow(self.tr("&Proposed grade:"), self.proposed)
        proposal.addRow(self.tr("Votes &for:"), self.votes_for)
        proposal.addRow(self.tr("Votes &against:"), self.votes_against)
        proposal.addRow(
            "",
            QLabel(
                self.tr("Only full members vote: %1 on the session day.").replace(
                    "%1", str(year.full_members)
                )
            ),
        )
        if not review.graded:
            for widget in (self.self_grade, self.proposed, self.votes_for, self.votes_against):
                widget.setEnabled(False)
            proposal.addRow("", QLabel(self.tr("Admitted too recently: reviewed, not graded this year.")))
        if review.decision is not None:
            for widget in (self.proposed, self.votes_for, self.votes_against):
                widget.setEnabled(False)

        self.tabs = QTabWidget()
        first, second = QWidget(), QWidget()
        first.setLayout(assessment)
        second.setLayout(proposal)
        self.tabs.addTab(first, self.tr("Self-assessment"))
        self.tabs.addTab(second, self.tr("Comments and proposal"))
        body = QVBoxLayout()
        body.addWidget(facts)
        body.addWidget(self.tabs, 1)
        self.error = error_label()
        self.field_widgets = {
            "text": self.self_text,
            "self_grade": self.self_grade,
            "scores": self.tabs,
            "self_score": self.tabs,
            "grade": self.proposed,
            "votes": self.votes_for,
        }
        form_with_buttons(self, body, self.error, self.save)
        self._update_total()
        self.resize(820, 560)

    def _update_total(self) -> None:
        self.total.setText(str(sum(box.value() for box in self.points.values())))

    def _grade(self, combo: QComboBox) -> ReviewGrade | None:
        value = combo.currentData()
        return ReviewGrade(value) if value else None

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> None:
        from cellapp.services.review import propose_member_grade, save_review_comments, save_self_assessment

        uow = self.workspace.uow
        text = self.self_text.toPlainText()
        if text.strip() or self.review.self_assessed_on is not None:
            save_self_assessment(
                uow(),
                self.review.uuid,
                text=text,
                self_grade=self._grade(self.self_grade),
                form=ReviewForm(self.form.currentData()),
                scores={code: box.value() for code, box in self.points.items()} or None,
            )
        save_review_comments(
            uow(),
            self.review.uuid,
            comments=self.comments.toPlainText(),
            outside_comment=self.outside.toPlainText(),
        )
        grade = self._grade(self.proposed)
        if grade is not None and self.proposed.isEnabled():
            changed = (
                grade is not self.review.proposed_grade
                or self.votes_for.value() != self.review.votes_for
                or self.votes_against.value() != (self.review.votes_against or 0)
            )
            if changed:
                saved = propose_member_grade(
                    uow(),
                    self.review.uuid,
                    grade=grade,
                    votes_for=self.votes_for.value(),
                    votes_against=self.votes_against.value(),
                )
                self.warnings = [w.render() for w in saved.warnings]
