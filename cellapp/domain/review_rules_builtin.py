"""The review rule sets CellApp ships (docs/party-rules.md §7), as the same JSON documents a committee
would send: read by `review_rules.read_rules` like any other.

The 100-point criteria and the collective criteria here are a default for a rural commune; the
committee replaces them with its locality's own (reference data, `cellapp review rules`).
"""

from __future__ import annotations

from typing import Any

from cellapp.domain.review_rules import ReviewRules, read_rules

# "Năm tốt, bốn không": the collective criteria many communes use for their cells' year-end review.
FIVE_GOOD_FOUR_NO: list[dict[str, Any]] = [
    {"code": "tot_chinh_tri", "label": "Tư tưởng chính trị trong chi bộ tốt"},
    {"code": "tot_doan_ket", "label": "Đoàn kết nội bộ tốt"},
    {"code": "tot_lanh_dao", "label": "Lãnh đạo thực hiện nhiệm vụ chính trị ở địa phương tốt"},
    {"code": "tot_sinh_hoat", "label": "Sinh hoạt chi bộ đúng kỳ, có chất lượng tốt"},
    {"code": "tot_dang_vien", "label": "Quản lý, giáo dục, phát triển đảng viên tốt"},
    {"code": "khong_ky_luat", "label": "Không có đảng viên vi phạm phải xử lý kỷ luật"},
    {"code": "khong_don_thu", "label": "Không có đơn thư khiếu kiện vượt cấp, kéo dài"},
    {"code": "khong_te_nan", "label": "Không có tệ nạn xã hội, tội phạm trong khu dân cư"},
    {
        "code": "khong_ho_ngheo",
        "label": "Không phát sinh hộ nghèo do chủ quan, không vi phạm chính sách dân số",
    },
]

# A default 100-point framework for members of a rural cell (most use form 2C).
RURAL_CRITERIA: list[dict[str, Any]] = [
    {"code": "chinh_tri", "label": "Tư tưởng chính trị", "points": 20},
    {"code": "dao_duc", "label": "Phẩm chất đạo đức, lối sống", "points": 20},
    {"code": "ky_luat", "label": "Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc", "points": 20},
    {
        "code": "nhiem_vu",
        "label": "Kết quả thực hiện nhiệm vụ được giao, nghĩa vụ công dân nơi cư trú",
        "points": 40,
    },
]

BUILTIN_DOCUMENTS: list[dict[str, Any]] = [
    {
        "format": "cellapp-review-rules/1",
        "code": "124-QĐ/TW",
        "title": "Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại "
        "chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
        "valid_from": "2023-10-04",
        "valid_to": "2025-08-29",
        "sources": "124-QĐ/TW; Hướng dẫn 25-HD/BTCTW 10/11/2023; quota as in HD 21-HD/BTCTW 2019",
        "uses_score": False,
        "score_bands": [],
        "excellent_quota_percent": 20,
        "discipline_cap": "fulfilled",
        "new_member_months": 6,
        "criteria": [],
        "collective_title": "Năm tốt, bốn không",
        "collective_criteria": FIVE_GOOD_FOUR_NO,
    },
    {
        "format": "cellapp-review-rules/1",
        "code": "366-QĐ/TW",
        "title": "Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại "
        "chất lượng đối với tập thể, cá nhân trong hệ thống chính trị",
        "valid_from": "2025-08-30",
        "valid_to": None,
        "sources": "366-QĐ/TW Điều 11 (four grades, 100-point bands); Hướng dẫn 43-HD/BTCTW 31/10/2025 "
        "(forms 2A, 2B, 2C); quota of excellent and discipline cap as in HD 21 and HD 25, to be confirmed "
        "by the committee",
        "uses_score": True,
        "score_bands": [
            {"grade": "excellent", "min": 90},
            {"grade": "good", "min": 70},
            {"grade": "fulfilled", "min": 50},
            {"grade": "failed", "min": 0},
        ],
        "excellent_quota_percent": 20,
        "discipline_cap": "fulfilled",
        "new_member_months": 6,
        "criteria": RURAL_CRITERIA,
        "collective_title": "Năm tốt, bốn không",
        "collective_criteria": FIVE_GOOD_FOUR_NO,
    },
]


def builtin_rules() -> list[ReviewRules]:
    return [read_rules(document) for document in BUILTIN_DOCUMENTS]
