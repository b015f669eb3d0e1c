/**
 * Index structures, from ../shared/design/indices.md (every fact there is
 * sourced). Where a source is missing, the seed says so in `notes` instead of
 * guessing: e.g. PAR INDEX field maxima under QĐ 876 are unconfirmed, so those
 * fields are bounded by the whole index scale.
 */
export const INDICES = [
  {
    code: "PAR_INDEX",
    shortName: "PAR INDEX",
    nameVi: "Chỉ số cải cách hành chính",
    nameEn: "Public Administration Reform Index",
    publisher: "Bộ Nội vụ",
    unit: "%",
    higherIsBetter: true,
    subjectKind: "province" as const,
    firstYear: 2012,
    sortOrder: 1,
    sourceUrl:
      "https://old.baolangson.vn/en/society/41083-public-administration-reform-index-looking-at-the-limitations-gradually-raising-the-ranking.html",
  },
  {
    code: "SIPAS",
    shortName: "SIPAS",
    nameVi: "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
    nameEn: "Satisfaction Index of Public Administrative Services",
    publisher: "Bộ Nội vụ",
    unit: "%",
    higherIsBetter: true,
    subjectKind: "province" as const,
    firstYear: 2017,
    sortOrder: 2,
    sourceUrl:
      "https://blogkhampha.edu.vn/de-an-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-giai-doan-2017-2023",
  },
  {
    code: "PAPI",
    shortName: "PAPI",
    nameVi: "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
    nameEn: "Provincial Governance and Public Administration Performance Index",
    publisher: "UNDP, CECODES, VFF-CRT, RTA",
    unit: "điểm",
    higherIsBetter: true,
    subjectKind: "province" as const,
    firstYear: 2011,
    sortOrder: 3,
    sourceUrl: "https://papi.org.vn",
  },
  {
    code: "PCI",
    shortName: "PCI",
    nameVi: "Chỉ số năng lực cạnh tranh cấp tỉnh",
    nameEn: "Provincial Competitiveness Index",
    publisher: "VCCI",
    unit: "điểm",
    higherIsBetter: true,
    subjectKind: "province" as const,
    firstYear: 2005,
    sortOrder: 4,
    sourceUrl: "https://pcivietnam.vn/en/about/pci-methodology.html",
  },
  {
    code: "DEPT_PAR",
    shortName: "PAR cấp sở",
    nameVi: "Chỉ số cải cách hành chính các sở, ban, ngành cấp tỉnh",
    nameEn: "Department-level PAR Index",
    publisher: "UBND tỉnh",
    unit: "%",
    higherIsBetter: true,
    subjectKind: "department" as const,
    firstYear: null,
    sortOrder: 5,
    sourceUrl:
      "https://vrviet.vn/en/bang-xep-hang-va-cach-danh-gia-xac-dinh-chi-so-cchc-cac-so-ban-nganh-cap-tinh-nghe-an-nam-2023",
  },
  {
    code: "DDCI",
    shortName: "DDCI",
    nameVi: "Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương",
    nameEn: "Department and District Competitiveness Index",
    publisher: "UBND tỉnh",
    unit: "điểm",
    higherIsBetter: true,
    subjectKind: "department" as const,
    firstYear: 2022,
    sortOrder: 6,
    sourceUrl: null,
  },
];

export const VERSIONS = [
  {
    code: "PAR_2948",
    indexCode: "PAR_INDEX",
    nameVi: "Bộ tiêu chí theo QĐ 2948/QĐ-BNV",
    firstYear: 2012,
    lastYear: 2020,
    totalMin: 0,
    totalMax: 100,
    legalBasis: "Quyết định 2948/QĐ-BNV",
    sourceUrl: "https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610",
    notes:
      "8 lĩnh vực, 38 tiêu chí, 81 tiêu chí thành phần. Năm bắt đầu áp dụng chưa có nguồn; 2012 là năm đầu của PAR INDEX.",
  },
  {
    code: "PAR_1149",
    indexCode: "PAR_INDEX",
    nameVi: "Bộ tiêu chí theo QĐ 1149/QĐ-BNV (30/12/2020)",
    firstYear: 2021,
    lastYear: 2021,
    totalMin: 0,
    totalMax: 100,
    legalBasis: "Quyết định 1149/QĐ-BNV ngày 30/12/2020",
    sourceUrl: "https://baophapluat.vn/danh-gia-chi-so-cai-cach-hanh-chinh-qua-hai-phuong-phap-post458794.html",
    notes: "Danh sách lĩnh vực và điểm tối đa chưa có nguồn: chỉ lưu điểm tổng.",
  },
  {
    code: "PAR_876",
    indexCode: "PAR_INDEX",
    nameVi: "Bộ tiêu chí theo QĐ 876/QĐ-BNV (10/11/2022)",
    firstYear: 2022,
    lastYear: null,
    totalMin: 0,
    totalMax: 100,
    legalBasis: "Quyết định 876/QĐ-BNV ngày 10/11/2022",
    sourceUrl:
      "https://old.baolangson.vn/en/society/41083-public-administration-reform-index-looking-at-the-limitations-gradually-raising-the-ranking.html",
    notes:
      "8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần; 68 điểm thẩm định + 32 điểm điều tra xã hội học. Điểm tối đa từng lĩnh vực chưa được xác nhận.",
  },
  {
    code: "SIPAS_2017",
    indexCode: "SIPAS",
    nameVi: "Đề án đo lường sự hài lòng giai đoạn 2017–2023",
    firstYear: 2017,
    lastYear: null,
    totalMin: 0,
    totalMax: 100,
    legalBasis:
      "Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2017–2023",
    sourceUrl:
      "https://blogkhampha.edu.vn/de-an-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-giai-doan-2017-2023",
    notes: "Không tìm thấy nguồn về thay đổi khung đo sau 2023 hay trọng số các yếu tố.",
  },
  {
    code: "PAPI_2011",
    indexCode: "PAPI",
    nameVi: "PAPI 6 chỉ số nội dung (2011–2017)",
    firstYear: 2011,
    lastYear: 2017,
    totalMin: 6,
    totalMax: 60,
    legalBasis: null,
    sourceUrl: "https://papi.org.vn",
    notes: "Tổng = tổng không trọng số của 6 chỉ số nội dung.",
  },
  {
    code: "PAPI_2018",
    indexCode: "PAPI",
    nameVi: "PAPI 8 chỉ số nội dung (từ 2018)",
    firstYear: 2018,
    lastYear: null,
    totalMin: 8,
    totalMax: 80,
    legalBasis: null,
    sourceUrl: "https://papi.org.vn",
    notes: "Tổng = tổng không trọng số của 8 chỉ số nội dung (in là 10–80 điểm).",
  },
  {
    code: "PCI_2005",
    indexCode: "PCI",
    nameVi: "PCI 2005 (9 chỉ số thành phần)",
    firstYear: 2005,
    lastYear: 2005,
    totalMin: 0,
    totalMax: 100,
    legalBasis: null,
    sourceUrl: "https://pcivietnam.vn/en/about/pci-methodology.html",
    notes: "42 tỉnh.",
  },
  {
    code: "PCI_2006",
    indexCode: "PCI",
    nameVi: "PCI 2006–2012 (10 chỉ số thành phần)",
    firstYear: 2006,
    lastYear: 2012,
    totalMin: 0,
    totalMax: 100,
    legalBasis: null,
    sourceUrl: "https://pcivietnam.vn/en/about/pci-methodology.html",
    notes: "Trọng số từng chỉ số thay đổi theo năm (VCCI).",
  },
  {
    code: "PCI_2013",
    indexCode: "PCI",
    nameVi: "PCI từ 2013 (10 chỉ số thành phần, có Cạnh tranh bình đẳng)",
    firstYear: 2013,
    lastYear: null,
    totalMin: 0,
    totalMax: 100,
    legalBasis: null,
    sourceUrl: "https://pcivietnam.vn/en/about/pci-methodology.html",
    notes: "Từ 2023 VCCI chỉ công bố điểm và thứ hạng của 30 tỉnh dẫn đầu.",
  },
  {
    code: "DEPT_PAR_3323",
    indexCode: "DEPT_PAR",
    nameVi: "Chỉ số CCHC các sở, ban, ngành tỉnh Nghệ An (QĐ 3323/QĐ-UBND)",
    firstYear: 2023,
    lastYear: null,
    totalMin: 0,
    totalMax: 100,
    legalBasis: "Quyết định 3323/QĐ-UBND ngày 16/10/2023",
    sourceUrl:
      "https://vrviet.vn/en/bang-xep-hang-va-cach-danh-gia-xac-dinh-chi-so-cchc-cac-so-ban-nganh-cap-tinh-nghe-an-nam-2023",
    notes: "7 lĩnh vực, 48 tiêu chí, 89 tiêu chí thành phần.",
  },
  {
    code: "DDCI_2022",
    indexCode: "DDCI",
    nameVi: "DDCI từ 2022",
    firstYear: 2022,
    lastYear: null,
    totalMin: 0,
    totalMax: 100,
    legalBasis: null,
    sourceUrl: null,
    notes: "Cấu trúc thành phần chưa có nguồn: chỉ lưu điểm tổng.",
  },
];

type C = {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  parentId?: string;
  in: Record<string, [number, number]>;
};

const parFields: [string, string, string, number | null][] = [
  ["CDDH", "Công tác chỉ đạo, điều hành cải cách hành chính", "PAR direction and management", 10],
  ["THECHE", "Cải cách thể chế", "Institutional reform", 10],
  ["TTHC", "Cải cách thủ tục hành chính", "Administrative procedure reform", 14.5],
  ["BOMAY", "Cải cách tổ chức bộ máy hành chính", "Reform of the administrative apparatus", 11],
  ["CONGVU", "Cải cách chế độ công vụ", "Civil service reform", 16],
  ["TAICHINH", "Cải cách tài chính công", "Public finance reform", 7],
  ["CQS", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government", 16],
  [
    "TACDONG",
    "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội của tỉnh",
    "Impact of PAR",
    15.5,
  ],
];

const sipasElements: [string, string, string][] = [
  ["TIEPCAN", "Tiếp cận dịch vụ", "Access to the service"],
  ["THUTUC", "Thủ tục hành chính", "Administrative procedures"],
  ["CONGCHUC", "Công chức trực tiếp giải quyết công việc", "Civil servants handling the case"],
  ["KETQUA", "Kết quả dịch vụ", "Service results"],
  ["GOPY", "Việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", "Handling of feedback, complaints and petitions"],
];

const papiDims: [string, string, string, boolean][] = [
  ["D1", "Tham gia của người dân ở cấp cơ sở", "Participation at Local Levels", true],
  ["D2", "Công khai, minh bạch trong việc ra quyết định", "Transparency in Local Decision-making", true],
  ["D3", "Trách nhiệm giải trình với người dân", "Vertical Accountability Towards Citizens", true],
  ["D4", "Kiểm soát tham nhũng trong khu vực công", "Control of Corruption in the Public Sector", true],
  ["D5", "Thủ tục hành chính công", "Public Administrative Procedures", true],
  ["D6", "Cung ứng dịch vụ công", "Public Service Delivery", true],
  ["D7", "Quản trị môi trường", "Environmental Governance", false],
  ["D8", "Quản trị điện tử", "E-Governance", false],
];

/** Sub-dimensions: [dimension, n, nameVi, nameEn, versions with scale [1/n … 10/n] envelopes]. */
const q = [0.25, 2.5] as [number, number];
const t = [0.33, 3.34] as [number, number];
const papiSub: [string, string, string, string, Record<string, [number, number]>][] = [
  ["D1", "1", "Tri thức công dân", "Civic Knowledge", { PAPI_2011: q, PAPI_2018: q }],
  ["D1", "2", "Cơ hội tham gia", "Opportunities for Participation", { PAPI_2011: q, PAPI_2018: q }],
  ["D1", "3", "Chất lượng bầu cử", "Quality of Village Head Elections", { PAPI_2011: q, PAPI_2018: q }],
  ["D1", "4", "Đóng góp tự nguyện", "Voluntary Contributions", { PAPI_2011: q, PAPI_2018: q }],
  ["D2", "1", "Tiếp cận thông tin", "Access to Information", { PAPI_2018: q }],
  ["D2", "2", "Công khai danh sách hộ nghèo", "Poverty List Transparency", { PAPI_2011: t, PAPI_2018: q }],
  ["D2", "3", "Công khai thu, chi ngân sách cấp xã", "Communal Budget Transparency", { PAPI_2011: t, PAPI_2018: q }],
  [
    "D2",
    "4",
    "Quy hoạch, kế hoạch sử dụng đất; giá bồi thường",
    "Land-use Plans / Price Frames",
    { PAPI_2011: t, PAPI_2018: q },
  ],
  [
    "D3",
    "1",
    "Tương tác với chính quyền địa phương",
    "Interactions with Local Authorities",
    { PAPI_2011: t, PAPI_2018: t },
  ],
  [
    "D3",
    "2",
    "Giải đáp khiếu nại, tố cáo",
    "Government Responsiveness to Citizen Appeals",
    { PAPI_2011: t, PAPI_2018: t },
  ],
  ["D3", "3", "Tiếp cận dịch vụ tư pháp", "Access to Justice Services", { PAPI_2018: t }],
  ["D3", "4", "Ban thanh tra nhân dân", "People's Inspection Boards", { PAPI_2011: t }],
  ["D3", "5", "Ban giám sát đầu tư cộng đồng", "Community Investment Supervision Boards", { PAPI_2011: t }],
  [
    "D4",
    "1",
    "Kiểm soát tham nhũng trong chính quyền địa phương",
    "Limits on Corruption in Local Government",
    { PAPI_2011: q, PAPI_2018: q },
  ],
  [
    "D4",
    "2",
    "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
    "Limits on Corruption in Public Service Delivery",
    { PAPI_2011: q, PAPI_2018: q },
  ],
  [
    "D4",
    "3",
    "Công bằng trong tuyển dụng vào khu vực nhà nước",
    "Equity in State Employment",
    { PAPI_2011: q, PAPI_2018: q },
  ],
  ["D4", "4", "Quyết tâm chống tham nhũng", "Willingness to Fight Corruption", { PAPI_2011: q, PAPI_2018: q }],
  ["D5", "1", "Dịch vụ chứng thực, xác nhận", "Certification", { PAPI_2011: q, PAPI_2018: [0.25, 3.34] }],
  ["D5", "2", "Thủ tục cấp phép xây dựng", "Construction Permits", { PAPI_2011: q, PAPI_2018: q }],
  ["D5", "3", "Thủ tục giấy chứng nhận quyền sử dụng đất", "Land Title", { PAPI_2011: q, PAPI_2018: [0.25, 3.34] }],
  [
    "D5",
    "4",
    "Thủ tục hành chính cấp xã",
    "Commune-level Personal Procedures",
    { PAPI_2011: q, PAPI_2018: [0.25, 3.34] },
  ],
  ["D6", "1", "Y tế công lập", "Public Health", { PAPI_2011: q, PAPI_2018: q }],
  ["D6", "2", "Giáo dục tiểu học công lập", "Primary Education", { PAPI_2011: q, PAPI_2018: q }],
  ["D6", "3", "Cơ sở hạ tầng căn bản", "Basic Infrastructure", { PAPI_2011: q, PAPI_2018: q }],
  ["D6", "4", "An ninh, trật tự", "Law and Order", { PAPI_2011: q, PAPI_2018: q }],
  ["D7", "1", "Bảo vệ môi trường", "Environmental Protection", { PAPI_2018: t }],
  ["D7", "2", "Chất lượng không khí", "Air Quality", { PAPI_2018: t }],
  ["D7", "3", "Chất lượng nước", "Water Quality", { PAPI_2018: t }],
  ["D8", "1", "Sử dụng cổng thông tin điện tử", "Use of E-Government Portals", { PAPI_2018: [0.33, 5] }],
  ["D8", "2", "Tiếp cận Internet", "Internet Access", { PAPI_2018: [0.33, 5] }],
  ["D8", "3", "Phản hồi trực tuyến của chính quyền", "E-responsiveness of Local Authorities", { PAPI_2018: t }],
];

const pciSub: [string, string, string, string[]][] = [
  ["ENTRY", "Chi phí gia nhập thị trường", "Entry Costs", ["PCI_2005", "PCI_2006", "PCI_2013"]],
  [
    "LAND",
    "Tiếp cận đất đai và sự ổn định trong sử dụng đất",
    "Land Access and Security of Tenure",
    ["PCI_2005", "PCI_2006", "PCI_2013"],
  ],
  [
    "TRANSPARENCY",
    "Tính minh bạch và tiếp cận thông tin",
    "Transparency and Access to Information",
    ["PCI_2005", "PCI_2006", "PCI_2013"],
  ],
  [
    "TIME",
    "Chi phí thời gian để thực hiện các quy định",
    "Time Costs of Regulatory Compliance",
    ["PCI_2005", "PCI_2006", "PCI_2013"],
  ],
  ["INFORMAL", "Chi phí không chính thức", "Informal Charges", ["PCI_2005", "PCI_2006", "PCI_2013"]],
  ["IMPLEMENT", "Thực hiện chính sách của Trung ương", "Implementation of Central Policies", ["PCI_2005"]],
  [
    "BIAS",
    "Cạnh tranh bình đẳng (trước 2013: Ưu đãi DNNN)",
    "Policy Bias / Equal Competition",
    ["PCI_2005", "PCI_2006", "PCI_2013"],
  ],
  [
    "PROACTIVE",
    "Tính năng động và tiên phong của chính quyền tỉnh",
    "Proactivity of Provincial Leadership",
    ["PCI_2005", "PCI_2006", "PCI_2013"],
  ],
  ["SUPPORT", "Dịch vụ hỗ trợ doanh nghiệp", "Business Support Services", ["PCI_2005", "PCI_2006", "PCI_2013"]],
  ["LABOR", "Đào tạo lao động", "Labor Training", ["PCI_2006", "PCI_2013"]],
  ["LEGAL", "Thiết chế pháp lý và an ninh trật tự", "Legal Institutions and Law & Order", ["PCI_2006", "PCI_2013"]],
];

function components(): (C & { indexCode: string; sortOrder: number })[] {
  const out: (C & { indexCode: string; sortOrder: number })[] = [];
  parFields.forEach(([code, nameVi, nameEn, max], i) => {
    out.push({
      id: `PAR_INDEX.${code}`,
      indexCode: "PAR_INDEX",
      code,
      nameVi,
      nameEn,
      sortOrder: i + 1,
      in: { PAR_2948: [0, max ?? 100], PAR_876: [0, 100] },
    });
  });
  sipasElements.forEach(([code, nameVi, nameEn], i) => {
    out.push({
      id: `SIPAS.${code}`,
      indexCode: "SIPAS",
      code,
      nameVi,
      nameEn,
      sortOrder: i + 1,
      in: { SIPAS_2017: [0, 100] },
    });
  });
  papiDims.forEach(([code, nameVi, nameEn, since2011], i) => {
    out.push({
      id: `PAPI.${code}`,
      indexCode: "PAPI",
      code,
      nameVi,
      nameEn,
      sortOrder: i + 1,
      in: since2011 ? { PAPI_2011: [1, 10], PAPI_2018: [1, 10] } : { PAPI_2018: [1, 10] },
    });
  });
  papiSub.forEach(([dim, n, nameVi, nameEn, versions], i) => {
    out.push({
      id: `PAPI.${dim}.${n}`,
      parentId: `PAPI.${dim}`,
      indexCode: "PAPI",
      code: `${dim.slice(1)}.${n}`,
      nameVi,
      nameEn,
      sortOrder: 100 + i,
      in: versions,
    });
  });
  pciSub.forEach(([code, nameVi, nameEn, versions], i) => {
    out.push({
      id: `PCI.${code}`,
      indexCode: "PCI",
      code,
      nameVi,
      nameEn,
      sortOrder: i + 1,
      in: Object.fromEntries(versions.map((v) => [v, [0, 10] as [number, number]])),
    });
  });
  return out;
}

export const COMPONENTS = components();
