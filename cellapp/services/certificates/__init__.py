"""Enrolment certificates: issuing and renewing them at the committee, and when they run out."""

from cellapp.services.certificates.expiry import (
    WARNING_DAYS,
    EnrolmentWarning,
    certificate_expired,
    enrolment_warnings,
)
from cellapp.services.certificates.issue import (
    CERTIFICATE_YEARS,
    RenewedEnrolment,
    issue_certificate,
    renew_enrolment,
)

__all__ = [
    "CERTIFICATE_YEARS",
    "WARNING_DAYS",
    "EnrolmentWarning",
    "RenewedEnrolment",
    "certificate_expired",
    "enrolment_warnings",
    "issue_certificate",
    "renew_enrolment",
]
