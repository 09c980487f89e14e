"""Realistic people, places and meeting topics for demo workspaces of a northern border commune cell.

The names themselves come from `cellapp.demo.names`."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from cellapp.demo.names import DAO, GIAY, KINH, MONG, NAMES, NUNG, TAY, THAI, nfc_words

__all__ = [
    "CELL_NAME",
    "COMMITTEE_NAME",
    "COMMUNE",
    "ETHNICITIES",
    "PROVINCE",
    "REFERENCE_YEAR",
    "VILLAGES",
    "DemoPerson",
    "make_people",
    "make_person",
    "meeting_topics",
    "speech_summaries",
    "task_descriptions",
]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# The demo commune (names after the 2025 merger of provinces and communes)
# ---------------------------------------------------------------------------

COMMUNE: str = _nfc("Xín Mần")
PROVINCE: str = _nfc("Tuyên Quang")
VILLAGES: tuple[str, ...] = tuple(
    _nfc(v)
    for v in (
        "Nấm Dẩn",
        "Xín Mần",
        "Thèn Phàng",
        "Nàn Xỉn",
        "Lao Chải",
        "Ngán Chải",
        "Cốc Rế",
        "Sán Sả Hồ",
        "Mào Phìn",
        "Cốc Pú",
    )
)
"""Bare village (thôn) names inside the demo commune; the cell's own village comes first."""

CELL_NAME: str = _nfc(f"Chi bộ thôn {VILLAGES[0]}")
COMMITTEE_NAME: str = _nfc(f"Đảng bộ xã {COMMUNE}")

REFERENCE_YEAR: int = 2025
"""Year used to judge a person's age when choosing an occupation (never today: output stays deterministic)."""


ETHNICITIES: tuple[str, ...] = (MONG, DAO, TAY, NUNG, GIAY, THAI, KINH)
_ETHNIC_WEIGHTS: tuple[int, ...] = (45, 15, 15, 10, 8, 2, 5)
_FEMALE_SHARE = 0.35

_SEXES = ("male", "female")


# ---------------------------------------------------------------------------
# Home towns: (commune or ward, province, citizen-ID province code of the place of birth registration).
# Codes are those of the province the place belonged to before 2025 (002 Hà Giang, 004 Cao Bằng,
# 010 Lào Cai, 011 Điện Biên, 012 Lai Châu, 020 Lạng Sơn).
# ---------------------------------------------------------------------------

_Place = tuple[str, str, str]

_HOME_COMMUNE: _Place = ("Xã Xín Mần", "Tuyên Quang", "002")

_PLACES: dict[str, _Place] = {
    key: (_nfc(commune), _nfc(province), code)
    for key, (commune, province, code) in {
        "xin_man": _HOME_COMMUNE,
        "pa_vay_su": ("Xã Pà Vầy Sủ", "Tuyên Quang", "002"),
        "ban_may": ("Xã Bản Máy", "Tuyên Quang", "002"),
        "hoang_su_phi": ("Xã Hoàng Su Phì", "Tuyên Quang", "002"),
        "dong_van": ("Xã Đồng Văn", "Tuyên Quang", "002"),
        "meo_vac": ("Xã Mèo Vạc", "Tuyên Quang", "002"),
        "lung_cu": ("Xã Lũng Cú", "Tuyên Quang", "002"),
        "yen_minh": ("Xã Yên Minh", "Tuyên Quang", "002"),
        "vi_xuyen": ("Xã Vị Xuyên", "Tuyên Quang", "002"),
        "ha_giang_1": ("Phường Hà Giang 1", "Tuyên Quang", "002"),
        "muong_khuong": ("Xã Mường Khương", "Lào Cai", "010"),
        "bat_xat": ("Xã Bát Xát", "Lào Cai", "010"),
        "si_ma_cai": ("Xã Si Ma Cai", "Lào Cai", "010"),
        "y_ty": ("Xã Y Tý", "Lào Cai", "010"),
        "lao_cai": ("Phường Lào Cai", "Lào Cai", "010"),
        "sin_ho": ("Xã Sìn Hồ", "Lai Châu", "012"),
        "phong_tho": ("Xã Phong Thổ", "Lai Châu", "012"),
        "muong_nhe": ("Xã Mường Nhé", "Điện Biên", "011"),
        "tra_linh": ("Xã Trà Lĩnh", "Cao Bằng", "004"),
        "ha_quang": ("Xã Hà Quảng", "Cao Bằng", "004"),
        "tan_thanh": ("Xã Tân Thanh", "Lạng Sơn", "020"),
    }.items()
}

# Weighted home towns per ethnicity: most members were born in the commune itself.
_HOME_TOWNS: dict[str, tuple[tuple[str, int], ...]] = {
    MONG: (
        ("xin_man", 60),
        ("pa_vay_su", 8),
        ("ban_may", 4),
        ("dong_van", 4),
        ("meo_vac", 4),
        ("lung_cu", 3),
        ("si_ma_cai", 4),
        ("muong_khuong", 4),
        ("bat_xat", 3),
        ("sin_ho", 3),
        ("muong_nhe", 3),
    ),
    DAO: (
        ("xin_man", 55),
        ("hoang_su_phi", 10),
        ("ban_may", 8),
        ("bat_xat", 10),
        ("y_ty", 5),
        ("phong_tho", 8),
        ("sin_ho", 4),
    ),
    TAY: (
        ("xin_man", 55),
        ("hoang_su_phi", 8),
        ("vi_xuyen", 12),
        ("yen_minh", 5),
        ("tra_linh", 8),
        ("ha_quang", 7),
        ("ha_giang_1", 5),
    ),
    NUNG: (
        ("xin_man", 65),
        ("hoang_su_phi", 10),
        ("muong_khuong", 8),
        ("tan_thanh", 7),
        ("tra_linh", 5),
        ("ha_quang", 5),
    ),
    GIAY: (
        ("xin_man", 30),
        ("yen_minh", 15),
        ("bat_xat", 20),
        ("muong_khuong", 15),
        ("phong_tho", 15),
        ("lao_cai", 5),
    ),
    THAI: (("phong_tho", 40), ("sin_ho", 30), ("muong_nhe", 20), ("xin_man", 10)),
    KINH: (("xin_man", 25), ("vi_xuyen", 25), ("ha_giang_1", 25), ("lao_cai", 15), ("hoang_su_phi", 10)),
}

# ---------------------------------------------------------------------------
# Religion, occupation, phone
# ---------------------------------------------------------------------------

_NO_RELIGION = _nfc("Không")
_RELIGIONS: dict[str, tuple[tuple[str, int], ...]] = {
    MONG: ((_NO_RELIGION, 88), (_nfc("Tin Lành"), 12)),
    DAO: ((_NO_RELIGION, 97), (_nfc("Phật giáo"), 3)),
    TAY: ((_NO_RELIGION, 95), (_nfc("Phật giáo"), 5)),
    NUNG: ((_NO_RELIGION, 95), (_nfc("Phật giáo"), 4), (_nfc("Công giáo"), 1)),
    GIAY: ((_NO_RELIGION, 97), (_nfc("Phật giáo"), 3)),
    THAI: ((_NO_RELIGION, 100),),
    KINH: ((_NO_RELIGION, 82), (_nfc("Phật giáo"), 13), (_nfc("Công giáo"), 5)),
}

_FARMER = _nfc("Làm nông nghiệp")
_RETIRED = _nfc("Hưu trí")
_RETIRED_BORDER_GUARD = _nfc("Bộ đội biên phòng (nghỉ hưu)")

# (occupation, weight for minority members, weight for Kinh members)
_WORKING_OCCUPATIONS: tuple[tuple[str, int, int], ...] = tuple(
    (_nfc(name), minority, kinh)
    for name, minority, kinh in (
        ("Làm nông nghiệp", 62, 5),
        ("Trồng và chăm sóc rừng", 6, 0),
        ("Giáo viên trường TH&THCS xã", 5, 30),
        ("Giáo viên trường PTDTBT THCS xã", 2, 10),
        ("Giáo viên trường mầm non xã", 3, 8),
        ("Công chức xã", 5, 20),
        ("Viên chức trạm y tế xã", 1, 10),
        ("Cán bộ y tế thôn", 3, 0),
        ("Dân quân thường trực", 3, 0),
        ("Kinh doanh", 3, 15),
        ("Trưởng thôn", 4, 0),
        ("Công an xã", 1, 2),
        ("Thợ xây", 2, 0),
    )
)
_MALE_ONLY_OCCUPATIONS = frozenset({_nfc("Dân quân thường trực"), _nfc("Thợ xây")})
# Militia service ends at 45 (Luật Dân quân tự vệ 2019); older members are not on standing duty.
_UNDER_46_OCCUPATIONS = frozenset({_nfc("Dân quân thường trực")})

# Mobile prefixes in service (Viettel 03x/086/096-098, Vinaphone 08x/091/094, Mobifone 089/090/093).
_PHONE_PREFIXES: tuple[str, ...] = (
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "081",
    "082",
    "083",
    "084",
    "085",
    "086",
    "088",
    "089",
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
)
_VIETTEL_PREFIXES: tuple[str, ...] = (
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "086",
    "096",
    "097",
    "098",
)


@dataclass(frozen=True)
class DemoPerson:
    """One plausible party member (or candidate) of the demo cell."""

    full_name: str
    sex: str
    birth_date: date
    ethnicity: str
    religion: str
    home_town: str
    residence: str
    phone: str
    occupation: str
    citizen_id: str
    card_number: str


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _weighted(rng: random.Random, items: tuple[tuple[str, int], ...]) -> str:
    total = sum(weight for _, weight in items)
    pick = rng.randrange(total)
    for item, weight in items:
        if pick < weight:
            return item
        pick -= weight
    raise AssertionError("unreachable")  # pragma: no cover


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _make_name(rng: random.Random, ethnicity: str, sex: str) -> str:
    pool = NAMES[ethnicity]
    family = rng.choice(pool.families)
    if sex == "male":
        middle = rng.choice(pool.male_middles)
        given_pool = pool.male_given
    else:
        middle = "" if rng.random() < pool.female_no_middle else rng.choice(pool.female_middles)
        given_pool = pool.female_given
    given = rng.choice(given_pool)
    while given in (middle, family):
        given = rng.choice(given_pool)
    return _nfc(" ".join(part for part in (family, middle, given) if part))


def _birth_date(rng: random.Random, year: int) -> date:
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return start + timedelta(days=rng.randrange(days))


def _occupation(rng: random.Random, ethnicity: str, sex: str, birth_year: int) -> str:
    age = REFERENCE_YEAR - birth_year
    kinh = ethnicity == KINH
    if age >= (60 if sex == "male" else 57):
        options: list[tuple[str, int]] = [(_FARMER, 10 if kinh else 70), (_RETIRED, 80 if kinh else 20)]
        if sex == "male":
            options.append((_RETIRED_BORDER_GUARD, 10))
        return _weighted(rng, tuple(options))
    working = tuple(
        (name, kinh_weight if kinh else minority_weight)
        for name, minority_weight, kinh_weight in _WORKING_OCCUPATIONS
        if (kinh_weight if kinh else minority_weight)
        and (sex == "male" or name not in _MALE_ONLY_OCCUPATIONS)
        and (age <= 45 or name not in _UNDER_46_OCCUPATIONS)
    )
    return _weighted(rng, working)


def _phone(rng: random.Random) -> str:
    # Viettel has by far the best coverage in border villages, so most numbers are Viettel.
    prefix = rng.choice(_VIETTEL_PREFIXES) if rng.random() < 0.7 else rng.choice(_PHONE_PREFIXES)
    return prefix + _digits(rng, 7)


def _citizen_id(rng: random.Random, province_code: str, sex: str, birth_year: int) -> str:
    century = (birth_year // 100) - 19  # 0 for the 1900s, 1 for the 2000s
    sex_century = 2 * century + (1 if sex == "female" else 0)
    return f"{province_code}{sex_century}{birth_year % 100:02d}{_digits(rng, 6)}"


def _check_sex(sex: str | None) -> None:
    if sex is not None and sex not in _SEXES:
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")


def _check_years(birth_year_range: tuple[int, int]) -> None:
    low, high = birth_year_range
    if low > high:
        raise ValueError(f"empty birth year range {birth_year_range!r}")
    if low < 1900 or high > 2099:
        raise ValueError(f"birth years must lie within 1900-2099, got {birth_year_range!r}")


def _build(rng: random.Random, ethnicity: str, sex: str, birth_year_range: tuple[int, int]) -> DemoPerson:
    full_name = _make_name(rng, ethnicity, sex)
    birth_year = rng.randint(*birth_year_range)
    birth_date = _birth_date(rng, birth_year)
    commune, province, code = _PLACES[_weighted(rng, _HOME_TOWNS[ethnicity])]
    village = rng.choice(VILLAGES)
    return DemoPerson(
        full_name=full_name,
        sex=sex,
        birth_date=birth_date,
        ethnicity=_nfc(ethnicity),
        religion=_weighted(rng, _RELIGIONS[ethnicity]),
        home_town=_nfc(f"{commune}, tỉnh {province}"),
        residence=_nfc(f"Thôn {village}, xã {COMMUNE}"),
        phone=_phone(rng),
        occupation=_occupation(rng, ethnicity, sex, birth_year),
        citizen_id=_citizen_id(rng, code, sex, birth_year),
        card_number=_digits(rng, 12),
    )


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def make_person(
    rng: random.Random,
    *,
    sex: str | None = None,
    birth_year_range: tuple[int, int] = (1945, 2002),
    ethnicity: str | None = None,
) -> DemoPerson:
    """Make one person; ethnicity and sex are drawn from the commune's mix unless given."""
    _check_sex(sex)
    _check_years(birth_year_range)
    if ethnicity is not None and ethnicity not in ETHNICITIES:
        raise ValueError(f"unknown ethnicity {ethnicity!r}; expected one of {ETHNICITIES!r}")
    chosen_ethnicity = ethnicity or rng.choices(ETHNICITIES, weights=_ETHNIC_WEIGHTS)[0]
    chosen_sex = sex or ("female" if rng.random() < _FEMALE_SHARE else "male")
    return _build(rng, chosen_ethnicity, chosen_sex, birth_year_range)


def _apportion(count: int) -> list[str]:
    """Ethnicities for ``count`` people in the commune's proportions (largest remainder method)."""
    total = sum(_ETHNIC_WEIGHTS)
    exact = [count * weight / total for weight in _ETHNIC_WEIGHTS]
    seats = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - seats[i]), i))
    for i in by_remainder[: count - sum(seats)]:
        seats[i] += 1
    return [eth for eth, n in zip(ETHNICITIES, seats, strict=True) for _ in range(n)]


def make_people(rng: random.Random, count: int) -> list[DemoPerson]:
    """Make ``count`` people with unique names, citizen IDs, card numbers and phone numbers.

    The ethnic mix and the share of women follow the commune's proportions exactly (rounded), in a
    random order, so that even a small demo list looks like the village.  The name pools comfortably
    cover about 2,000 people (a whole commune party committee); far larger counts raise ValueError.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    ethnicities = _apportion(count)
    women = round(count * _FEMALE_SHARE)
    sexes = ["female"] * women + ["male"] * (count - women)
    rng.shuffle(ethnicities)
    rng.shuffle(sexes)

    names: set[str] = set()
    citizen_ids: set[str] = set()
    cards: set[str] = set()
    phones: set[str] = set()
    people: list[DemoPerson] = []
    for ethnicity, sex in zip(ethnicities, sexes, strict=True):
        for _ in range(500):
            person = _build(rng, ethnicity, sex, (1945, 2002))
            if (
                person.full_name not in names
                and person.citizen_id not in citizen_ids
                and person.card_number not in cards
                and person.phone not in phones
            ):
                break
        else:
            raise ValueError(f"cannot make {count} people with unique names: {ethnicity} names ran out")
        names.add(person.full_name)
        citizen_ids.add(person.citizen_id)
        cards.add(person.card_number)
        phones.add(person.phone)
        people.append(person)
    return people


# ---------------------------------------------------------------------------
# Meetings
# ---------------------------------------------------------------------------

_HO_CHI_MINH_ASPECTS: tuple[str, ...] = nfc_words(
    "về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc",
    "về khối đại đoàn kết các dân tộc",
    "về thực hành cần, kiệm, liêm, chính, chí công vô tư",
    "về trách nhiệm nêu gương của cán bộ, đảng viên",
    "về gần dân, trọng dân, hiểu dân, vì dân",
    "về chống chủ nghĩa cá nhân, suy thoái tư tưởng chính trị, đạo đức, lối sống",
)

_TOPICS: tuple[str, ...] = (
    "Phát triển kinh tế rừng gắn với bảo vệ chủ quyền, an ninh biên giới",
    "Phòng, chống ma túy và mua bán người qua biên giới",
    "Xóa đói giảm nghèo, xây dựng nông thôn mới năm {year}",
    "Giữ gìn và phát huy bản sắc văn hóa các dân tộc trong thôn",
    "Phòng, chống tảo hôn và hôn nhân cận huyết thống",
    "Vận động học sinh đến trường, chống bỏ học giữa chừng",
    "Phát triển vùng chè Shan tuyết và cây dược liệu gắn với tiêu thụ sản phẩm",
    "Phong trào toàn dân tham gia tự quản đường biên, cột mốc",
    "Phòng, chống thiên tai, sạt lở đất trong mùa mưa lũ năm {year}",
    "Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
    "Nâng cao chất lượng sinh hoạt chi bộ, xây dựng chi bộ trong sạch, vững mạnh",
    "Phát triển đảng viên trong đoàn viên thanh niên người dân tộc thiểu số",
    "Vận động nhân dân không nghe theo kẻ xấu truyền đạo trái pháp luật, không di cư tự do",
    "Chuyển đổi số: hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến",
    "Triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ {term}",
    "Phòng, chống đói, rét cho đàn trâu, bò trong mùa đông {year}–{next_year}",
    "Quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng trong mùa hanh khô",
    "Xây dựng thôn văn hóa, gia đình văn hóa, giữ gìn vệ sinh môi trường",
)


def meeting_topics(rng: random.Random, year: int) -> list[str]:
    """Four to six distinct thematic-meeting topics for ``year``, the first always on Hồ Chí Minh."""
    term_start = 2020 + 5 * ((year - 2020) // 5)
    fields = {"year": str(year), "next_year": str(year + 1), "term": f"{term_start}–{term_start + 5}"}
    aspect = rng.choice(_HO_CHI_MINH_ASPECTS)
    first = _nfc(f"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh {aspect}")
    others = rng.sample(_TOPICS, rng.randint(3, 5))
    return [first, *(_nfc(topic.format(**fields)) for topic in others)]


_SPEECHES: tuple[str, ...] = nfc_words(
    "Đồng chí báo cáo bà con trong thôn đã gieo xong ngô vụ xuân, còn vài hộ thiếu giống do mưa đá.",
    "Đồng chí đề nghị tuyên truyền bà con trồng lúa nương theo đúng lịch thời vụ.",
    "Đồng chí cho biết tổ bảo vệ rừng đã ngăn chặn hai vụ chặt cây trái phép ở khu rừng đầu nguồn.",
    "Đồng chí nêu ý kiến cần phát dọn đường băng cản lửa trước mùa hanh khô để phòng cháy rừng.",
    "Đồng chí báo cáo kết quả tuần tra đường biên, cột mốc cùng đồn biên phòng, không phát hiện vi phạm.",
    "Đồng chí đề nghị các hộ gia đình không cho người lạ ngủ nhờ mà không báo với trưởng thôn và công an xã.",
    "Đồng chí phản ánh có ba học sinh lớp 7 nghỉ học dài ngày để theo bố mẹ đi làm thuê.",
    "Đồng chí cam kết cùng giáo viên đến từng nhà vận động học sinh bỏ học quay lại trường.",
    "Đồng chí cho biết tỷ lệ người dân có thẻ bảo hiểm y tế còn thấp, nhất là hộ mới thoát nghèo.",
    "Đồng chí đề nghị y tế thôn hướng dẫn chị em đến trạm y tế xã sinh con, không đẻ ở nhà.",
    "Đồng chí báo cáo bà con đã góp ngày công, cát, sỏi làm đoạn đường bê tông vào khu dân cư cuối thôn.",
    "Đồng chí đề nghị xã sớm sửa đoạn đường bị sạt lở để xe chở hàng vào được thôn.",
    "Đồng chí thông báo trong thôn có trâu bị lở mồm long móng và đề nghị các hộ nhốt riêng gia súc ốm.",
    "Đồng chí nhắc bà con tiêm phòng cho trâu, bò, lợn đầy đủ và làm chuồng trại cách xa nhà ở.",
    "Đồng chí đề nghị các hộ chuẩn bị rơm, cỏ khô và che chắn chuồng trại để chống rét cho trâu, bò.",
    "Đồng chí báo cáo đã thu đủ đảng phí quý này và nộp lên Đảng ủy xã đúng hạn.",
    "Đồng chí đề nghị công khai các khoản thu, chi quỹ thôn trước cuộc họp thôn cuối năm.",
    "Đồng chí cho biết vẫn còn hai hộ chưa nộp tiền đóng góp làm nhà văn hóa thôn, sẽ tiếp tục vận động.",
    "Đồng chí phản ánh có người ngoài thôn đến tuyên truyền đạo trái pháp luật và đã báo cho công an xã.",
    "Đồng chí đề nghị tăng cường tuyên truyền phòng, chống ma túy cho thanh niên đi làm ăn xa.",
    "Đồng chí nêu trường hợp một thiếu nữ suýt bị lừa sang bên kia biên giới, đề nghị bà con cảnh giác.",
    "Đồng chí đề nghị vận động các gia đình không tổ chức tảo hôn, không kết hôn cận huyết thống.",
    "Đồng chí báo cáo diện tích chè Shan tuyết của thôn đã được chăm sóc, hái lứa đầu bán cho hợp tác xã.",
    "Đồng chí đề nghị hỗ trợ giống thảo quả và hướng dẫn kỹ thuật trồng dưới tán rừng.",
    "Đồng chí cho biết hộ ông Giàng Seo Phử đã làm xong nhà mới theo chương trình xóa nhà tạm, nhà dột nát.",
    "Đồng chí đề nghị rà soát lại danh sách hộ nghèo, hộ cận nghèo cho đúng thực tế.",
    "Đồng chí đề nghị mỗi đảng viên nhận giúp đỡ ít nhất một hộ khó khăn trong năm.",
    "Đồng chí nhắc bà con kiểm tra nhà cửa, không ở gần taluy dương khi có mưa to kéo dài.",
    "Đồng chí báo cáo đã hướng dẫn hai mươi người trong thôn kích hoạt tài khoản định danh điện tử VNeID.",
    "Đồng chí đề nghị giữ gìn tiếng nói, trang phục và lễ hội truyền thống của đồng bào trong thôn.",
    "Đồng chí đề nghị vận động các gia đình tổ chức đám cưới, đám ma gọn nhẹ, không mổ nhiều trâu, bò.",
    "Đồng chí cho biết đường điện vào cuối thôn hay bị mất, đề nghị báo điện lực kiểm tra.",
    "Đồng chí đề nghị vận động thanh niên trong độ tuổi tham gia khám tuyển nghĩa vụ quân sự.",
    "Đồng chí đề nghị giới thiệu quần chúng ưu tú là đoàn viên thanh niên để chi bộ bồi dưỡng kết nạp đảng.",
    "Đồng chí nhất trí với dự thảo nghị quyết và đề nghị bổ sung chỉ tiêu trồng rừng mới.",
    "Đồng chí nhắc các hộ dùng nước sạch, làm nhà tiêu hợp vệ sinh để phòng bệnh đường ruột.",
)


def speech_summaries() -> tuple[str, ...]:
    """One-sentence summaries of what a member might say at a village cell meeting."""
    return _SPEECHES


_TASKS: tuple[str, ...] = nfc_words(
    "Vận động 5 hộ tham gia bảo hiểm y tế",
    "Tuần tra đường biên, cột mốc cùng đồn biên phòng",
    "Đến từng nhà vận động học sinh bỏ học quay lại trường",
    "Thu đảng phí quý và nộp lên Đảng ủy xã",
    "Tổ chức cho bà con phát dọn đường băng cản lửa",
    "Hướng dẫn các hộ tiêm phòng cho trâu, bò, lợn",
    "Vận động các hộ gia đình che chắn chuồng trại chống rét cho gia súc",
    "Rà soát danh sách hộ nghèo, hộ cận nghèo của thôn",
    "Vận động nhân dân góp ngày công làm đường bê tông nội thôn",
    "Kiểm tra các hộ ở gần taluy, sẵn sàng di dời khi có mưa lớn",
    "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID",
    "Tuyên truyền phòng, chống ma túy và mua bán người cho thanh niên",
    "Nắm tình hình người lạ đến thôn và báo cho công an xã",
    "Giúp đỡ hộ nghèo hoàn thiện nhà ở theo chương trình xóa nhà tạm",
    "Vận động chị em đến trạm y tế xã khám thai và sinh con",
    "Tuyên truyền không tảo hôn, không kết hôn cận huyết thống",
    "Theo dõi, bồi dưỡng quần chúng ưu tú để giới thiệu kết nạp đảng",
    "Hướng dẫn bà con chăm sóc chè Shan tuyết và trồng thảo quả dưới tán rừng",
    "Tổ chức tổng vệ sinh đường làng, khơi thông rãnh thoát nước",
    "Chuẩn bị báo cáo tổng kết công tác của chi bộ trình Đảng ủy xã",
    "Vận động thanh niên đăng ký khám tuyển nghĩa vụ quân sự",
    "Kiểm tra việc thực hiện cam kết bảo vệ rừng của các hộ nhận khoán",
    "Vận động các hộ tổ chức đám cưới, đám ma theo nếp sống văn minh",
    "Cập nhật thông tin hộ khẩu, nhân khẩu cho công an xã",
    "Thăm hỏi, động viên gia đình chính sách và người cao tuổi neo đơn",
)


def task_descriptions() -> tuple[str, ...]:
    """Tasks a cell typically assigns to members at its monthly meeting."""
    return _TASKS
