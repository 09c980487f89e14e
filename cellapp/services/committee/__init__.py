"""Committee mode (issue 6): where every enrolled cell stands, what needs action, and the statistics
report, read from the cells' records the committee holds as read-only copies (`owner_unit` = the cell).

Every figure reuses the cells' own rules (statuses from lifecycle events, attendance counting, the
absence rule, recognition and transfer deadlines) by running the same services scoped to one owner unit.

Two layers of figures are kept per cell until its records change (`kept`): the cell's facts, which do
not depend on the day (`facts`: its members' histories replayed, its held meetings counted), and what
each view derives from them for a day or a period (`snapshots` for the Cells page, the alerts and the
Overview; `statistics` for a period), the latter for its day only. A new day derives from the kept facts; an import makes only the
cells it touched read their records again.
"""

from cellapp.services.committee.alerts import CommitteeAlert, committee_alerts
from cellapp.services.committee.cell_file import CellFile, FormerMember, cell_file
from cellapp.services.committee.standings import CellStanding, list_cell_standings
from cellapp.services.committee.statistics import CellStatistics, StatisticsReport, statistics
from cellapp.services.committee.trend import MonthFigures, MonthlyTrend, monthly_trend

__all__ = [
    "CellFile",
    "CellStanding",
    "CellStatistics",
    "CommitteeAlert",
    "FormerMember",
    "MonthFigures",
    "MonthlyTrend",
    "StatisticsReport",
    "cell_file",
    "committee_alerts",
    "list_cell_standings",
    "monthly_trend",
    "statistics",
]
