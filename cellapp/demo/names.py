"""Name pools of the demo people, by ethnic group, written as each group writes its names.

Official group names from the list of Vietnam's 54 ethnic groups (TCTK); the Hmong are officially "Mông".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def nfc_words(*words: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w) for w in words)


MONG = "Mông"
DAO = "Dao"
TAY = "Tày"
NUNG = "Nùng"
GIAY = "Giáy"
THAI = "Thái"
KINH = "Kinh"

# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NamePool:
    families: tuple[str, ...]
    male_middles: tuple[str, ...]
    female_middles: tuple[str, ...]
    male_given: tuple[str, ...]
    female_given: tuple[str, ...]
    # Repeated entries in a tuple weight the choice (e.g. "Văn" twice).
    # Chance that a woman's name has no middle name at all (e.g. "Ly Mỷ").
    female_no_middle: float = 0.0


NAMES: dict[str, NamePool] = {
    MONG: NamePool(
        families=nfc_words(
            "Giàng",
            "Sùng",
            "Vàng",
            "Lý",
            "Thào",
            "Mùa",
            "Hờ",
            "Ly",
            "Lầu",
            "Vừ",
            "Hầu",
            "Cư",
            "Tráng",
            "Hạng",
        ),
        male_middles=nfc_words("Seo", "A", "Mí", "Chẩn", "Sính"),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words(
            "Phử",
            "Dính",
            "Chứ",
            "Páo",
            "Pó",
            "Sử",
            "Chá",
            "Lử",
            "Sình",
            "Chư",
            "Tủa",
            "Dủa",
            "Lềnh",
            "Vả",
            "Kháy",
            "Súng",
            "Chờ",
            "Phìn",
            "Giàng",
            "Thề",
            "Lìn",
            "Sẻ",
            "Chớ",
            "Nhè",
            "Cáng",
            "Vảng",
            "Chính",
            "Quáng",
            "Chúa",
            "Tính",
        ),
        female_given=nfc_words(
            "Mỷ",
            "Mai",
            "Sua",
            "Dế",
            "Dinh",
            "Pàng",
            "Dua",
            "Chở",
            "Súa",
            "Vư",
            "Pà",
            "Say",
            "Xía",
            "Mẩy",
            "Lan",
            "Chi",
            "Của",
            "Dợ",
            "Mỉ",
            "Chú",
            "Xúa",
            "Chía",
            "Lía",
            "Dỉ",
            "Chua",
            "Sò",
        ),
        female_no_middle=0.15,
    ),
    DAO: NamePool(
        families=nfc_words("Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo", "Tẩn"),
        male_middles=nfc_words("Văn", "Tả", "Láo", "Kiều"),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words(
            "Phin",
            "Chòi",
            "Sinh",
            "Quẩy",
            "Kiều",
            "Lở",
            "Slằn",
            "Chàn",
            "Seng",
            "Vần",
            "Tài",
            "Phú",
            "Lai",
            "Chiêu",
            "Dền",
        ),
        female_given=nfc_words(
            "Mẩy",
            "Chài",
            "Kiều",
            "Mai",
            "Sểnh",
            "Nái",
            "Chỉ",
            "Xuân",
            "Duyên",
            "Mý",
            "Ngân",
            "Lìu",
            "Phấy",
            "Dào",
            "Chang",
            "Hoa",
            "Liên",
            "Thu",
            "Hương",
            "Dung",
            "Nhất",
            "Lan",
        ),
    ),
    TAY: NamePool(
        families=nfc_words("Hoàng", "Nông", "Ma", "Lục", "Lương", "Hà", "Vi", "Đàm", "Sầm", "Triệu"),
        male_middles=nfc_words("Văn", "Văn", "Đức", "Xuân", "Quang"),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words(
            "Pao",
            "Thắng",
            "Slấy",
            "Cầm",
            "Thuận",
            "Dìn",
            "Sáng",
            "Thanh",
            "Hùng",
            "Chiến",
            "Thành",
            "Lâm",
            "Khánh",
            "Quyền",
        ),
        female_given=nfc_words(
            "Nhị",
            "Hoa",
            "Cầm",
            "Mai",
            "Lan",
            "Thơm",
            "Xuân",
            "Dịu",
            "Nga",
            "Sen",
            "Hiền",
            "Thuận",
            "Slao",
            "Bích",
            "Hạnh",
            "Lụa",
            "Nhung",
            "Tươi",
            "Thảo",
            "Vân",
            "Hằng",
        ),
    ),
    NUNG: NamePool(
        families=nfc_words("Hoàng", "Nông", "Lục", "Lương", "Vi", "Hứa", "Lý", "Triệu", "Hà"),
        male_middles=nfc_words("Văn", "Văn", "Đức", "Quang"),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words(
            "Dìn", "Lìn", "Sáng", "Pao", "Thắng", "Slấy", "Chấn", "Phủ", "Sìn", "Thuận", "Tài", "Cường", "Vần"
        ),
        female_given=nfc_words(
            "Nhị",
            "Hoa",
            "Lìn",
            "Mai",
            "Sáng",
            "Phin",
            "Chiêm",
            "Thơm",
            "Nga",
            "Xuân",
            "Lan",
            "Dín",
            "Mến",
            "Hiên",
            "Nhàn",
            "Thu",
            "Hương",
            "Liên",
        ),
    ),
    GIAY: NamePool(
        families=nfc_words("Lù", "Lò", "Sần", "Vương", "Hoàng", "Lồ"),
        male_middles=nfc_words("Văn", "Văn", "Đức", "Xuân"),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words(
            "Pao",
            "Chín",
            "Quang",
            "Sinh",
            "Xuân",
            "Dũng",
            "Thắng",
            "Lâm",
            "Sáng",
            "Cường",
            "Tiến",
            "Phong",
            "Khải",
            "Vượng",
        ),
        female_given=nfc_words(
            "Dín",
            "Cắm",
            "Sinh",
            "Nhung",
            "Xuân",
            "Hoa",
            "Mai",
            "Thu",
            "Hương",
            "Lan",
            "Chín",
            "Phương",
            "Ngân",
            "Thủy",
            "Vân",
            "Hiền",
            "Diệu",
            "Sen",
        ),
    ),
    THAI: NamePool(
        families=nfc_words("Lò", "Cầm", "Lường", "Quàng", "Tòng", "Điêu"),
        male_middles=nfc_words(
            "Văn",
        ),
        female_middles=nfc_words(
            "Thị",
        ),
        male_given=nfc_words("Ơn", "Khăm", "Panh", "Xuân", "Inh", "Thoong", "Pánh", "Ngoan"),
        female_given=nfc_words("Ương", "Xuân", "Khăm", "Panh", "Ơn", "Pọm", "Ngoan", "Hom"),
    ),
    KINH: NamePool(
        families=nfc_words(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương"
        ),
        male_middles=nfc_words("Văn", "Đức", "Minh", "Quang", "Mạnh"),
        female_middles=nfc_words("Thị", "Thị Thu", "Thị Thanh", "Thị Minh"),
        male_given=nfc_words(
            "An",
            "Bình",
            "Cường",
            "Dũng",
            "Đức",
            "Minh",
            "Phúc",
            "Quyết",
            "Tuấn",
            "Hùng",
            "Thắng",
            "Hải",
            "Long",
        ),
        female_given=nfc_words(
            "Hạnh", "Hương", "Lan", "Nga", "Thủy", "Ánh", "Yến", "Hà", "Hằng", "Huyền", "Phương", "Trang"
        ),
    ),
}
