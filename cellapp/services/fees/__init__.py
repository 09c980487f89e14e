"""Party fees (đảng phí): settings and rule tables, members' fee accounts, payments and reversals, the
ledger, remittances, alerts and the printed fee book and report. Import from here."""

from cellapp.services.fees.accounts import (
    MemberFeeAccount,
    ProfileSummary,
    ReliefSummary,
    add_fee_relief,
    cancel_fee_relief,
    end_fee_relief,
    member_fee_account,
    set_fee_opening,
    set_fee_profile,
)
from cellapp.services.fees.alerts import FeeAlert, FeeAlertKind, fee_alerts
from cellapp.services.fees.ledger import (
    FeeLedgerView,
    MemberFeeRow,
    MonthTotals,
    fee_ledger,
    fee_month,
)
from cellapp.services.fees.payments import (
    PaymentSummary,
    RepeatPaymentWarning,
    describe_months,
    list_payments,
    next_receipt_number,
    payment_line,
    record_payment,
    reverse_payment,
)
from cellapp.services.fees.printing import fee_book_data, fee_report_data, print_fee_book, print_fee_report
from cellapp.services.fees.remittances import (
    RemittanceProposal,
    RemittanceSummary,
    list_remittances,
    record_remittance,
    remittance_proposal,
    reverse_remittance,
)
from cellapp.services.fees.settings import (
    FeeSettings,
    RulesInForce,
    fee_rules_in_force,
    get_fee_settings,
    save_fee_settings,
)

__all__ = [
    "FeeAlert",
    "FeeAlertKind",
    "FeeLedgerView",
    "FeeSettings",
    "MemberFeeAccount",
    "MemberFeeRow",
    "MonthTotals",
    "PaymentSummary",
    "ProfileSummary",
    "ReliefSummary",
    "RemittanceProposal",
    "RemittanceSummary",
    "RepeatPaymentWarning",
    "RulesInForce",
    "add_fee_relief",
    "cancel_fee_relief",
    "describe_months",
    "end_fee_relief",
    "fee_alerts",
    "fee_book_data",
    "fee_ledger",
    "fee_month",
    "fee_report_data",
    "fee_rules_in_force",
    "get_fee_settings",
    "list_payments",
    "list_remittances",
    "member_fee_account",
    "next_receipt_number",
    "payment_line",
    "print_fee_book",
    "print_fee_report",
    "record_payment",
    "record_remittance",
    "remittance_proposal",
    "reverse_payment",
    "reverse_remittance",
    "save_fee_settings",
    "set_fee_opening",
    "set_fee_profile",
]
