"""Party fees at cell scale: how long the secretary waits for the Fees grid, one payment (a key press at
the meeting), the monthly fee book and the annual report, on demo cells of 40 and 300 members with 24
months of history. Prints the median of several runs.

    python bench/fees.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cellapp.demo import build_demo_cell  # noqa: E402
from cellapp.domain.fee_ledger import MonthState  # noqa: E402
from cellapp.domain.months import Month, Period  # noqa: E402
from cellapp.services.fees import (  # noqa: E402
    fee_ledger,
    fee_month,
    next_receipt_number,
    print_fee_book,
    print_fee_report,
    record_payment,
    reverse_payment,
)

TODAY = date(2026, 11, 23)


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(members: int, runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-fees-"))
    start = time.perf_counter()
    workspace = build_demo_cell(folder / "workspace", members=members, months=24, seed=3, today=TODAY)
    built = time.perf_counter() - start
    month = Month.of(TODAY)
    grid = median_ms(lambda: fee_ledger(workspace.uow(read_only=True), year=2026, reference=month), runs)
    view = fee_month(workspace.uow(read_only=True), month=month)
    unpaid = [
        r.member_uuid for r in view.rows if (e := r.at(month)) is not None and e.state is MonthState.UNPAID
    ]

    def pay_and_take_back() -> None:
        payment = record_payment(
            workspace.uow(),
            member_uuid=unpaid[0],
            first_month=month,
            paid_on=TODAY,
            receipt_number=next_receipt_number(workspace.uow(read_only=True)),
            today=TODAY,
        )
        reverse_payment(workspace.uow(), payment_uuid=payment.uuid, reason="bench", on=TODAY)

    pay = median_ms(pay_and_take_back, runs) / 2 if unpaid else float("nan")
    book = median_ms(
        lambda: print_fee_book(
            workspace.uow(read_only=True), month=month, target=folder / "book.pdf", today=TODAY
        ),
        runs,
    )
    report = median_ms(
        lambda: print_fee_report(
            workspace.uow(read_only=True),
            period=Period.of_year(2026),
            target=folder / "report.pdf",
            today=TODAY,
        ),
        runs,
    )
    print(
        f"{members:>4} members, 24 months: demo history built in {built:.1f} s; "
        f"year grid {grid:.0f} ms; one payment {pay:.0f} ms; fee book {book:.0f} ms "
        f"({(folder / 'book.pdf').stat().st_size // 1024} KB); annual report {report:.0f} ms"
    )
    workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for members in (40, 300):
        bench(members, args.runs)


if __name__ == "__main__":
    main()
