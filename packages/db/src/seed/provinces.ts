/**
 * Province-level units. Codes: GSO administrative codes (Danh mục đơn vị hành
 * chính Việt Nam, as used by the GSO enterprise census); PCI ids from
 * LaDilettante/vietnamcode (see ../shared/data/province-codes/PROVENANCE.md).
 * Regions: the six socio-economic regions of GSO / MoHA reports.
 */
export const REGIONS = [
  { code: "TDMNPB", nameVi: "Trung du và miền núi phía Bắc", nameEn: "Northern Midlands and Mountains", sortOrder: 1 },
  { code: "DBSH", nameVi: "Đồng bằng sông Hồng", nameEn: "Red River Delta", sortOrder: 2 },
  {
    code: "BTB_DHMT",
    nameVi: "Bắc Trung Bộ và duyên hải miền Trung",
    nameEn: "North Central and Central Coast",
    sortOrder: 3,
  },
  { code: "TN", nameVi: "Tây Nguyên", nameEn: "Central Highlands", sortOrder: 4 },
  { code: "DNB", nameVi: "Đông Nam Bộ", nameEn: "South East", sortOrder: 5 },
  { code: "DBSCL", nameVi: "Đồng bằng sông Cửu Long", nameEn: "Mekong River Delta", sortOrder: 6 },
] as const;

type Row = [code: string, nameVi: string, nameEn: string, region: string, pciId: string];

/** The 63 units of 2008–2025 (with Hà Tây, 64 until 31/07/2008). */
const P63: Row[] = [
  ["01", "Hà Nội", "Ha Noi", "DBSH", "1"],
  ["02", "Hà Giang", "Ha Giang", "TDMNPB", "73"],
  ["04", "Cao Bằng", "Cao Bang", "TDMNPB", "56"],
  ["06", "Bắc Kạn", "Bac Kan", "TDMNPB", "54"],
  ["08", "Tuyên Quang", "Tuyen Quang", "TDMNPB", "71"],
  ["10", "Lào Cai", "Lao Cai", "TDMNPB", "67"],
  ["11", "Điện Biên", "Dien Bien", "TDMNPB", "59"],
  ["12", "Lai Châu", "Lai Chau", "TDMNPB", "64"],
  ["14", "Sơn La", "Son La", "TDMNPB", "69"],
  ["15", "Yên Bái", "Yen Bai", "TDMNPB", "72"],
  ["17", "Hòa Bình", "Hoa Binh", "TDMNPB", "62"],
  ["19", "Thái Nguyên", "Thai Nguyen", "TDMNPB", "70"],
  ["20", "Lạng Sơn", "Lang Son", "TDMNPB", "66"],
  ["22", "Quảng Ninh", "Quang Ninh", "DBSH", "31"],
  ["24", "Bắc Giang", "Bac Giang", "TDMNPB", "55"],
  ["25", "Phú Thọ", "Phu Tho", "TDMNPB", "68"],
  ["26", "Vĩnh Phúc", "Vinh Phuc", "DBSH", "53"],
  ["27", "Bắc Ninh", "Bac Ninh", "DBSH", "34"],
  ["30", "Hải Dương", "Hai Duong", "DBSH", "43"],
  ["31", "Hải Phòng", "Hai Phong", "DBSH", "2"],
  ["33", "Hưng Yên", "Hung Yen", "DBSH", "45"],
  ["34", "Thái Bình", "Thai Binh", "DBSH", "51"],
  ["35", "Hà Nam", "Ha Nam", "DBSH", "40"],
  ["36", "Nam Định", "Nam Dinh", "DBSH", "47"],
  ["37", "Ninh Bình", "Ninh Binh", "DBSH", "48"],
  ["38", "Thanh Hóa", "Thanh Hoa", "BTB_DHMT", "6"],
  ["40", "Nghệ An", "Nghe An", "BTB_DHMT", "7"],
  ["42", "Hà Tĩnh", "Ha Tinh", "BTB_DHMT", "8"],
  ["44", "Quảng Bình", "Quang Binh", "BTB_DHMT", "9"],
  ["45", "Quảng Trị", "Quang Tri", "BTB_DHMT", "10"],
  ["46", "Thừa Thiên Huế", "Thua Thien Hue", "BTB_DHMT", "11"],
  ["48", "Đà Nẵng", "Da Nang", "BTB_DHMT", "3"],
  ["49", "Quảng Nam", "Quang Nam", "BTB_DHMT", "12"],
  ["51", "Quảng Ngãi", "Quang Ngai", "BTB_DHMT", "13"],
  ["52", "Bình Định", "Binh Dinh", "BTB_DHMT", "14"],
  ["54", "Phú Yên", "Phu Yen", "BTB_DHMT", "15"],
  ["56", "Khánh Hòa", "Khanh Hoa", "BTB_DHMT", "16"],
  ["58", "Ninh Thuận", "Ninh Thuan", "BTB_DHMT", "29"],
  ["60", "Bình Thuận", "Binh Thuan", "BTB_DHMT", "37"],
  ["62", "Kon Tum", "Kon Tum", "TN", "63"],
  ["64", "Gia Lai", "Gia Lai", "TN", "60"],
  ["66", "Đắk Lắk", "Dak Lak", "TN", "57"],
  ["67", "Đắk Nông", "Dak Nong", "TN", "58"],
  ["68", "Lâm Đồng", "Lam Dong", "TN", "65"],
  ["70", "Bình Phước", "Binh Phuoc", "DNB", "27"],
  ["72", "Tây Ninh", "Tay Ninh", "DNB", "28"],
  ["74", "Bình Dương", "Binh Duong", "DNB", "35"],
  ["75", "Đồng Nai", "Dong Nai", "DNB", "39"],
  ["77", "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", "DNB", "33"],
  ["79", "TP. Hồ Chí Minh", "Ho Chi Minh City", "DNB", "4"],
  ["80", "Long An", "Long An", "DBSCL", "30"],
  ["82", "Tiền Giang", "Tien Giang", "DBSCL", "19"],
  ["83", "Bến Tre", "Ben Tre", "DBSCL", "21"],
  ["84", "Trà Vinh", "Tra Vinh", "DBSCL", "23"],
  ["86", "Vĩnh Long", "Vinh Long", "DBSCL", "20"],
  ["87", "Đồng Tháp", "Dong Thap", "DBSCL", "17"],
  ["89", "An Giang", "An Giang", "DBSCL", "18"],
  ["91", "Kiên Giang", "Kien Giang", "DBSCL", "22"],
  ["92", "Cần Thơ", "Can Tho", "DBSCL", "5"],
  ["93", "Hậu Giang", "Hau Giang", "DBSCL", "32"],
  ["94", "Sóc Trăng", "Soc Trang", "DBSCL", "24"],
  ["95", "Bạc Liêu", "Bac Lieu", "DBSCL", "25"],
  ["96", "Cà Mau", "Ca Mau", "DBSCL", "26"],
];

export const MERGER_2025 = {
  effectiveOn: "2025-07-01",
  legalBasis: "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
};

/**
 * Units formed on 01/07/2025 from two or three old ones, with their official
 * codes from Quyết định 19/2025/QĐ-TTg của Thủ tướng Chính phủ ban hành Bảng
 * danh mục và mã số các đơn vị hành chính Việt Nam (in force 01/07/2025;
 * https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf), read
 * through two public transcriptions of its list of 34 that agree code for code.
 * A code may be that of a predecessor which is a different unit (44 was Quảng
 * Bình, now the new Quảng Trị), so the key stays "2025-…" and the code is
 * unique only with its validity. The region is that of the unit whose name
 * was kept. The 11 units not merged (Hà Nội 01, Cao Bằng 04, Điện Biên 11,
 * Lai Châu 12, Sơn La 14, Lạng Sơn 20, Quảng Ninh 22, Thanh Hóa 38, Nghệ An
 * 40, Hà Tĩnh 42, Huế 46) keep their code and one identity; Thừa Thiên Huế
 * became thành phố Huế on 01/01/2025 (Nghị quyết 1314/NQ-UBTVQH15) with the
 * same territory, kept as one unit under its key "46".
 */
const MERGED_2025: [slug: string, gsoCode: string, nameVi: string, nameEn: string, region: string, from: string[]][] = [
  ["tuyen-quang", "08", "Tuyên Quang", "Tuyen Quang", "TDMNPB", ["02", "08"]],
  ["lao-cai", "15", "Lào Cai", "Lao Cai", "TDMNPB", ["10", "15"]],
  ["thai-nguyen", "19", "Thái Nguyên", "Thai Nguyen", "TDMNPB", ["06", "19"]],
  ["phu-tho", "25", "Phú Thọ", "Phu Tho", "TDMNPB", ["17", "25", "26"]],
  ["bac-ninh", "24", "Bắc Ninh", "Bac Ninh", "DBSH", ["24", "27"]],
  ["hung-yen", "33", "Hưng Yên", "Hung Yen", "DBSH", ["33", "34"]],
  ["hai-phong", "31", "Hải Phòng", "Hai Phong", "DBSH", ["30", "31"]],
  ["ninh-binh", "37", "Ninh Bình", "Ninh Binh", "DBSH", ["35", "36", "37"]],
  ["quang-tri", "44", "Quảng Trị", "Quang Tri", "BTB_DHMT", ["44", "45"]],
  ["da-nang", "48", "Đà Nẵng", "Da Nang", "BTB_DHMT", ["48", "49"]],
  ["quang-ngai", "51", "Quảng Ngãi", "Quang Ngai", "BTB_DHMT", ["51", "62"]],
  ["gia-lai", "52", "Gia Lai", "Gia Lai", "TN", ["52", "64"]],
  ["khanh-hoa", "56", "Khánh Hòa", "Khanh Hoa", "BTB_DHMT", ["56", "58"]],
  ["lam-dong", "68", "Lâm Đồng", "Lam Dong", "TN", ["60", "67", "68"]],
  ["dak-lak", "66", "Đắk Lắk", "Dak Lak", "TN", ["54", "66"]],
  ["ho-chi-minh", "79", "TP. Hồ Chí Minh", "Ho Chi Minh City", "DNB", ["74", "77", "79"]],
  ["dong-nai", "75", "Đồng Nai", "Dong Nai", "DNB", ["70", "75"]],
  ["tay-ninh", "80", "Tây Ninh", "Tay Ninh", "DNB", ["72", "80"]],
  ["can-tho", "92", "Cần Thơ", "Can Tho", "DBSCL", ["92", "93", "94"]],
  ["vinh-long", "86", "Vĩnh Long", "Vinh Long", "DBSCL", ["83", "84", "86"]],
  ["dong-thap", "82", "Đồng Tháp", "Dong Thap", "DBSCL", ["82", "87"]],
  ["ca-mau", "96", "Cà Mau", "Ca Mau", "DBSCL", ["95", "96"]],
  ["an-giang", "91", "An Giang", "An Giang", "DBSCL", ["89", "91"]],
];

const mergedAway = new Set(MERGED_2025.flatMap(([, , , , , from]) => from));

export const PROVINCES = [
  ...P63.map(([code, nameVi, nameEn, regionCode, pciId]) => ({
    code,
    gsoCode: code,
    nameVi,
    nameEn,
    regionCode,
    pciId,
    papiId: code,
    // The 64-unit map of 01/01/2004 (Nghị quyết 22/2003/QH11, the first PCI year being 2005);
    // Hà Tây joined Hà Nội on 01/08/2008. Earlier history is not modelled.
    validFrom: "2004-01-01",
    validTo: mergedAway.has(code) ? "2025-06-30" : null,
  })),
  // Hà Tây appears in PCI 2006–2008.
  {
    code: "28",
    gsoCode: "28",
    nameVi: "Hà Tây",
    nameEn: "Ha Tay",
    regionCode: "DBSH",
    pciId: "42",
    papiId: null,
    validFrom: "1991-08-12",
    validTo: "2008-07-31",
  },
  ...MERGED_2025.map(([slug, gsoCode, nameVi, nameEn, regionCode]) => ({
    code: `2025-${slug}`,
    gsoCode,
    nameVi,
    nameEn,
    regionCode,
    pciId: null,
    papiId: null,
    validFrom: MERGER_2025.effectiveOn,
    validTo: null,
  })),
];

export const CROSSWALK = [
  { oldCode: "28", newCode: "01", effectiveOn: "2008-08-01", legalBasis: "Nghị quyết 15/2008/QH12" },
  ...MERGED_2025.flatMap(([slug, , , , , from]) =>
    from.map((oldCode) => ({ oldCode, newCode: `2025-${slug}`, ...MERGER_2025 })),
  ),
  // Units that continue unchanged map to themselves, so every one of the 63 has a successor row.
  ...P63.filter(([code]) => !mergedAway.has(code)).map(([code]) => ({ oldCode: code, newCode: code, ...MERGER_2025 })),
];

export const NGHE_AN = "40";

/**
 * A peer group's members by survey year (null bound = open). Nghệ An's usual
 * peers in MoHA reporting are the provinces of Bắc Trung Bộ: six until 2024;
 * from 2025 Quảng Bình and Quảng Trị are one Quảng Trị, so five.
 */
export const PEER_GROUPS: {
  code: string;
  nameVi: string;
  description: string;
  members: { province: string; firstYear?: number; lastYear?: number }[];
}[] = [
  {
    code: "BAC_TRUNG_BO",
    nameVi: "Bắc Trung Bộ",
    description:
      "Đến 2024: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế. Từ 2025: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị (mới), Huế",
    members: [
      { province: "38" },
      { province: "40" },
      { province: "42" },
      { province: "44", lastYear: 2024 },
      { province: "45", lastYear: 2024 },
      { province: "46" },
      { province: "2025-quang-tri", firstYear: 2025 },
    ],
  },
];
