/**
 * Kế hoạch 88/SKHCN-VP (10/02/2022), restored from the scan in
 * ../shared/seeds/plan-88-SKHCN-VP-2022.md. Topic (N…) and form (F…) codes are
 * ours; the document numbers nothing below section level.
 */
export const PLAN_88 = {
  number: "88/SKHCN-VP",
  titleVi: "Kế hoạch tuyên truyền cải cách hành chính năm 2022",
  issuedOn: "2022-02-10",
  issuedPlace: "Nghệ An",
  year: 2022,
  implementsText:
    "Kế hoạch số 64/KH-UBND ngày 28/01/2022 của UBND tỉnh Nghệ An về tuyên truyền cải cách hành chính nhà nước tỉnh Nghệ An năm 2022",
  purposes: [
    "Tiếp tục nâng cao nhận thức của cán bộ, công chức, viên chức về ý nghĩa, mục tiêu, tầm quan trọng của công tác CCHC trong giai đoạn mới; tạo chuyển biến tích cực, mạnh mẽ về tinh thần, thái độ làm việc, ý thức trách nhiệm phục vụ nhân dân, trong giải quyết TTHC.",
    "Tăng cường sự hiểu biết của người dân, tổ chức về CCHC, trọng tâm là cải cách TTHC; tuyên truyền lợi ích, hiệu quả của việc sử dụng dịch vụ công trực tuyến; khuyến khích cá nhân, tổ chức sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích. Đồng thời tạo điều kiện để cá nhân, tổ chức tích cực góp ý, tham gia hoàn thiện TTHC, giám sát cơ quan nhà nước, đội ngũ cán bộ, công chức, viên chức trong quá trình thực thi nhiệm vụ, công vụ.",
    "Nâng cao vai trò, trách nhiệm của người đứng đầu và cấp ủy Đảng, các phòng chuyên môn, đơn vị trực thuộc, cán bộ, công chức và viên chức Sở KH&CN tích cực tham gia công tác tuyên truyền CCHC để thực hiện tốt Kế hoạch CCHC năm 2022 đã đề ra.",
    "Phát huy vai trò tích cực của cơ quan thông tin truyền thông (Trung tâm Thông tin KHCN và Tin học, Trung tâm Khoa học Xã hội và Nhân văn) trong công tác tuyên truyền CCHC.",
  ],
  requirements: [
    "Đẩy mạnh công tác tuyên truyền, đổi mới đa dạng các hình thức, nâng cao chất lượng các nội dung tuyên truyền, nêu gương các tổ chức, cá nhân làm tốt công tác CCHC.",
    "Tuyên truyền, phổ biến kịp thời, đầy đủ, thường xuyên, liên tục các nội dung liên quan đến CCHC phù hợp với tình hình, đặc điểm, yêu cầu và khả năng của từng phòng chuyên môn và các đơn vị trực thuộc.",
    "Tuyên truyền CCHC gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của Kế hoạch CCHC tại Sở KH&CN năm 2022.",
    "Kết hợp lồng ghép việc tuyên truyền CCHC với việc tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và pháp luật của Nhà nước.",
    "Kết hợp hình thức tuyên truyền truyền thống và ứng dụng công nghệ thông tin vào hoạt động tuyên truyền nhằm mang lại hiệu quả cao.",
    "Nội dung thông tin, tuyên truyền phải rõ ràng, chính xác, sinh động, thu hút đông đảo người dân tham gia. Xây dựng các tài liệu, video hướng dẫn về TTHC phải chính xác, cụ thể; tăng cường giải đáp các tình huống cụ thể thường xuyên phát sinh trong thực tiễn cuộc sống.",
  ],
  audience:
    "Đội ngũ cán bộ, công chức, viên chức Sở KH&CN; cá nhân, tổ chức hoạt động trong lĩnh vực KH&CN trên địa bàn tỉnh Nghệ An.",
  signedBy: "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC",
  recipients: ["Sở Nội vụ", "GĐ và các PGĐ", "Các phòng, đơn vị trực thuộc Sở", "Lưu: VT"],
  sourceNote: "Phục dựng từ bản quét; các chỗ đọc chưa chắc chắn được đánh dấu [?] trong tài liệu gốc.",
};

/** [code, parent, short title, full text as in plan 88]. */
export const TOPICS: [string, string | null, string, string][] = [
  [
    "N01",
    null,
    "Chủ trương, chính sách về CCHC",
    "Quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC; tập trung: Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ (Chương trình tổng thể CCHC nhà nước giai đoạn 2021–2030); Nghị quyết 05-NQ/TU ngày 14/12/2021 của Ban Chấp hành Đảng bộ tỉnh (đẩy mạnh CCHC giai đoạn 2021–2030); Quyết định 5158/QĐ-UBND ngày 30/12/2021 (Chương trình CCHC nhà nước tỉnh Nghệ An giai đoạn 2021–2030); Quyết định 5165/QĐ-UBND ngày 30/12/2021 (Kế hoạch CCHC nhà nước tỉnh Nghệ An năm 2022)",
  ],
  [
    "N02",
    null,
    "Chuyển đổi số – giải pháp đột phá",
    'Nhiệm vụ và giải pháp đột phá giai đoạn 2021–2030: chuyển đổi số nhanh chóng, quyết liệt, toàn diện; chủ đề năm 2022 "Tập trung chuyển đổi số trong các cơ quan nhà nước ở các cấp"',
  ],
  [
    "N03",
    null,
    "Cải cách TTHC và cơ chế một cửa tại Sở",
    "Thực hiện các văn bản về cải cách TTHC và cơ chế một cửa tại Sở",
  ],
  [
    "N04",
    null,
    "Kế hoạch, nhiệm vụ CCHC cụ thể",
    "Phổ biến kế hoạch, nhiệm vụ cụ thể: cải cách thể chế, cải cách TTHC, cải cách tổ chức bộ máy hành chính nhà nước, cải cách chế độ công vụ, cải cách tài chính công, xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
  ],
  [
    "N04.01",
    "N04",
    "Văn bản quy phạm pháp luật",
    "Xây dựng, ban hành, kiểm tra, rà soát, xử lý văn bản QPPL của HĐND và UBND các cấp; theo dõi thi hành pháp luật",
  ],
  [
    "N04.02",
    "N04",
    "Bộ TTHC, quy trình nội bộ, điện tử",
    "Bộ TTHC, quy trình nội bộ, quy trình điện tử trong giải quyết TTHC thuộc thẩm quyền của Sở; kết quả rà soát, đơn giản hóa, giảm thời gian thực hiện TTHC",
  ],
  [
    "N04.03",
    "N04",
    "Trung tâm Phục vụ HCC, bưu chính, dịch vụ công trực tuyến",
    "Tiếp nhận hồ sơ và trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh Nghệ An; qua dịch vụ bưu chính công ích; cung cấp và sử dụng dịch vụ công trực tuyến mức độ 3, 4",
  ],
  [
    "N04.04",
    "N04",
    "Tổ chức bộ máy, vị trí việc làm",
    "Rà soát, hoàn thiện chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức; sắp xếp, kiện toàn tổ chức bộ máy; Đề án vị trí việc làm và cơ cấu công chức, viên chức; phân công, phân cấp quản lý",
  ],
  [
    "N04.05",
    "N04",
    "Đạo đức công vụ, văn hóa ứng xử",
    "Quyền, nghĩa vụ, trách nhiệm, đạo đức công vụ; quy tắc ứng xử, văn hóa giao tiếp, tác phong, thái độ phục vụ nhân dân; kỷ luật, kỷ cương hành chính",
  ],
  [
    "N04.06",
    "N04",
    "Tuyển dụng, quản lý, chính sách cán bộ",
    "Tuyển dụng, quản lý, sử dụng, luân chuyển, đề bạt, bổ nhiệm; chính sách đối với cán bộ, công chức, viên chức và người lao động; tinh giản biên chế",
  ],
  ["N04.07", "N04", "Tự chủ đơn vị sự nghiệp công lập", "Cơ chế tự chủ của các đơn vị sự nghiệp công lập"],
  [
    "N04.08",
    "N04",
    "Chính quyền điện tử, chính quyền số",
    "Chính quyền điện tử, chính quyền số, Đề án đô thị thông minh, nhiệm vụ trọng tâm về chuyển đổi số",
  ],
  ["N04.09", "N04", "VNPT iOffice, chữ ký số", "Hệ thống quản lý văn bản và điều hành VNPT iOffice; chữ ký số"],
  ["N04.10", "N04", "ISO 9001:2015", "Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015"],
  [
    "N04.11",
    "N04",
    "Đánh giá, xếp hạng; các chỉ số",
    "Giám sát, thanh tra, kiểm tra; đánh giá, xếp hạng CCHC; giải pháp cải thiện, nâng cao các chỉ số PAR INDEX, SIPAS, PAPI, PCI của tỉnh",
  ],
  [
    "N04.12",
    "N04",
    "Giám sát của người dân",
    "Vai trò giám sát của người dân; quan hệ Nhà nước – Nhân dân; quyền, nghĩa vụ, trách nhiệm của nhân dân trong giám sát thực hiện CCHC",
  ],
  [
    "N04.13",
    "N04",
    "Mô hình, sáng kiến, điển hình",
    "Biểu dương mô hình, sáng kiến, tập thể, cá nhân điển hình tiên tiến trong CCHC; phản ánh hạn chế, yếu kém của cơ quan nhà nước và trong thực thi công vụ",
  ],
  [
    "N04.14",
    "N04",
    "Đường dây nóng, phản ánh kiến nghị",
    'Địa chỉ, thư điện tử, số điện thoại "đường dây nóng" về CCHC của tỉnh; hướng dẫn, tra cứu TTHC qua internet; tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
  ],
  [
    "N04.15",
    "N04",
    "Kết quả CCHC năm, định hướng năm sau",
    "Kết quả thực hiện CCHC của tỉnh, của Sở trong năm 2022; định hướng năm 2023",
  ],
];

/** [code, short name, English, description as in plan 88]. */
export const FORMS: [string, string, string, string][] = [
  [
    "F1",
    "Báo chí, website",
    "Press and website",
    "Thông tin, tuyên truyền trên báo chí và phương tiện thông tin đại chúng: chuyên mục, tin, bài về CCHC trên Tạp chí KH&CN, chuyên san Khoa học xã hội và nhân văn, website của ngành (ngheandost.gov.vn)",
  ],
  [
    "F2",
    "Hội nghị, tập huấn",
    "Conferences and training",
    "Phổ biến, quán triệt qua hội thảo, hội nghị, tọa đàm, sơ kết, tổng kết, lớp tập huấn, bồi dưỡng cho cán bộ, công chức, viên chức; lồng ghép nội dung CCHC trong hội nghị tuyên truyền, phổ biến giáo dục pháp luật",
  ],
  [
    "F3",
    "Tin, bài của CBCCVC",
    "Staff-written articles",
    "Cán bộ, công chức, viên chức, người lao động viết tin, bài về CCHC",
  ],
  [
    "F4",
    "Niêm yết, công khai TTHC",
    "Public posting of procedures",
    "Cập nhật, công khai TTHC tại Bộ phận Tiếp nhận và trả kết quả, trên website của ngành và Cổng thông tin điện tử của tỉnh",
  ],
  [
    "F5",
    "Tài liệu, video hướng dẫn",
    "Guide documents and videos",
    "Tài liệu, video hướng dẫn về TTHC (nêu trong phần Yêu cầu của kế hoạch, được theo dõi như một hình thức riêng)",
  ],
];

export const RESPONSIBILITIES = [
  {
    organisationCode: "SKHCN_NA.VP",
    appliesToAllUnits: false,
    role: "lead",
    dutyVi: "Hướng dẫn và triển khai thực hiện Kế hoạch.",
  },
  {
    organisationCode: "SKHCN_NA.VP",
    appliesToAllUnits: false,
    role: "monitor",
    dutyVi: "Tổ chức kiểm tra, đôn đốc, theo dõi và đánh giá công tác tuyên truyền CCHC tại các đơn vị trực thuộc.",
  },
  {
    organisationCode: null,
    appliesToAllUnits: true,
    role: "implement",
    dutyVi:
      "Tham gia đầy đủ, tích cực hội nghị phổ biến tuyên truyền CCHC; tổ chức tuyên truyền CCHC đến công chức, viên chức và người lao động với các hình thức thích hợp.",
  },
  {
    organisationCode: null,
    appliesToAllUnits: true,
    role: "implement",
    dutyVi: "Lồng ghép tuyên truyền CCHC với phổ biến, giáo dục pháp luật và nhiệm vụ chuyên môn.",
  },
];

/** Default topic → component links (DOMAIN.md table); editable later by analysts. */
export const TOPIC_LINKS: [string[], string[]][] = [
  [["N01", "N04.11", "N04.13", "N04.15"], ["PAR_INDEX.CDDH"]],
  [["N04.01"], ["PAR_INDEX.THECHE", "PCI.LEGAL"]],
  [
    ["N03", "N04.02"],
    ["PAR_INDEX.TTHC", "PAPI.D5", "SIPAS.THUTUC", "PCI.TIME"],
  ],
  [["N04.03"], ["PAR_INDEX.TTHC", "PAR_INDEX.CQS", "SIPAS.TIEPCAN", "PAPI.D8"]],
  [["N04.04"], ["PAR_INDEX.BOMAY"]],
  [
    ["N04.05", "N04.06"],
    ["PAR_INDEX.CONGVU", "SIPAS.CONGCHUC", "PAPI.D4", "PCI.INFORMAL"],
  ],
  [["N04.07"], ["PAR_INDEX.TAICHINH"]],
  [
    ["N02", "N04.08", "N04.09"],
    ["PAR_INDEX.CQS", "PAPI.D8"],
  ],
  [["N04.10"], ["PAR_INDEX.TTHC"]],
  [["N04.12"], ["PAPI.D1", "PAPI.D3"]],
  [["N04.14"], ["SIPAS.GOPY", "PAPI.D3", "PAR_INDEX.TTHC"]],
];
