"""What the database's errors mean for a person: one bilingual message per kind of failure, on SQLite or
PostgreSQL. Every message says that nothing was saved: the failed transaction is rolled back whole.
"""

from __future__ import annotations

from cellapp.domain.errors import WorkspaceError
from cellapp.domain.l10n import T
from cellapp.storage import postgres
from cellapp.storage.engine import is_locked_error, is_readonly_error


def translate_database_error(error: BaseException, where: str | None = None) -> WorkspaceError:
    """`where` names the database (a file, or a PostgreSQL server and database) for the messages that need it."""
    kind = postgres.classify(error)
    said = str(getattr(error, "orig", error)).strip()
    detail = said.splitlines()[0] if said else type(error).__name__
    place = where or "?"
    if kind == "unreachable":
        return WorkspaceError(
            T(
                "Cannot reach the database server of this workspace ({where}): {detail}. Check the network "
                "and that the server is running; nothing was changed.",
                "Không kết nối được máy chủ cơ sở dữ liệu của đơn vị ({where}): {detail}. Hãy kiểm tra mạng và "
                "máy chủ có đang chạy không; chưa có gì bị thay đổi.",
                where=place,
                detail=detail,
            )
        )
    if kind == "auth":
        return WorkspaceError(
            T(
                "The database server ({where}) refused the user name or password; nothing was changed. Ask "
                "the server's administrator for the right ones.",
                "Máy chủ cơ sở dữ liệu ({where}) không chấp nhận tên người dùng hoặc mật khẩu; chưa có gì bị "
                "thay đổi. Hãy hỏi người quản trị máy chủ.",
                where=place,
            )
        )
    if kind == "missing_database":
        return WorkspaceError(
            T(
                "The database named for this workspace does not exist on the server ({where}); ask the "
                "server's administrator to create it. Nothing was changed.",
                "Máy chủ không có cơ sở dữ liệu ghi cho đơn vị này ({where}); hãy nhờ người quản trị máy chủ "
                "tạo. Chưa có gì bị thay đổi.",
                where=place,
            )
        )
    if kind == "lost":
        return WorkspaceError(
            T(
                "The connection to the database server was lost; nothing of this step was saved. Try again "
                "when the server can be reached.",
                "Mất kết nối tới máy chủ cơ sở dữ liệu; chưa lưu gì của bước này. Hãy thử lại khi kết nối "
                "được máy chủ.",
            )
        )
    if is_locked_error(error):
        return WorkspaceError(
            T(
                "The workspace is busy in another window or program; nothing was saved. Try again.",
                "Dữ liệu đang được một cửa sổ hoặc chương trình khác sử dụng; chưa lưu gì. Hãy thử lại.",
            )
        )
    if is_readonly_error(error):
        return WorkspaceError(
            T(
                "The workspace folder cannot be written; nothing was saved.",
                "Không ghi được vào thư mục dữ liệu; chưa lưu gì.",
            )
        )
    return WorkspaceError(
        T("The database reported an error: {detail}", "Cơ sở dữ liệu báo lỗi: {detail}", detail=str(error))
    )
