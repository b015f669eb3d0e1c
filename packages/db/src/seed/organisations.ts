/** Sở KH&CN Nghệ An and the units named in plan 88/SKHCN-VP (§III and the forms). */
export const DEPARTMENT = "SKHCN_NA";

export const ORGANISATIONS = [
  { code: DEPARTMENT, parentCode: null, kind: "department" as const, nameVi: "Sở Khoa học và Công nghệ tỉnh Nghệ An", shortNameVi: "Sở KH&CN", nameEn: "Nghe An Department of Science and Technology", sortOrder: 0 },
  { code: "SKHCN_NA.VP", parentCode: DEPARTMENT, kind: "office" as const, nameVi: "Văn phòng Sở", shortNameVi: "Văn phòng", nameEn: "Department Office", sortOrder: 1 },
  { code: "SKHCN_NA.PCM", parentCode: DEPARTMENT, kind: "division" as const, nameVi: "Các phòng chuyên môn", shortNameVi: "Phòng chuyên môn", nameEn: "Specialised divisions", sortOrder: 2 },
  { code: "SKHCN_NA.TTTT", parentCode: DEPARTMENT, kind: "centre" as const, nameVi: "Trung tâm Thông tin KHCN và Tin học", shortNameVi: "TT Thông tin KHCN", nameEn: "Centre for S&T Information and Informatics", sortOrder: 3 },
  { code: "SKHCN_NA.KHXHNV", parentCode: DEPARTMENT, kind: "centre" as const, nameVi: "Trung tâm Khoa học Xã hội và Nhân văn", shortNameVi: "TT KHXH&NV", nameEn: "Centre for Social Sciences and Humanities", sortOrder: 4 },
  { code: "SKHCN_NA.TAPCHI", parentCode: DEPARTMENT, kind: "journal" as const, nameVi: "Tạp chí Khoa học và Công nghệ Nghệ An", shortNameVi: "Tạp chí KH&CN", nameEn: "Nghe An Journal of Science and Technology", sortOrder: 5 },
  { code: "SKHCN_NA.BPMC", parentCode: "SKHCN_NA.VP", kind: "desk" as const, nameVi: "Bộ phận Tiếp nhận và trả kết quả", shortNameVi: "Bộ phận một cửa", nameEn: "One-stop reception and results desk", sortOrder: 6 },
];
