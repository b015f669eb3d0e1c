/**
 * Nghệ An's published figures, typed from ../shared/data/nghean-facts.csv
 * (news and government pages). One row per index × year × component; where
 * the CSV has two sources for a figure the fuller one is kept. Figures the CSV
 * marks as derived carry the derivation in `note`; the one it marks UNCERTAIN
 * (PCI 2024 rank) is left out.
 */
type Figure = {
  index: string;
  component?: string;
  year: number;
  value?: number;
  rank?: number;
  note?: string;
  url: string;
};

const NA24H_2021 =
  "http://nghean24h.vn/hoi-thao-khoa-hoc-nhung-yeu-to-anh-huong-den-thu-hut-dau-tu-cua-doanh-nghiep-vao-dia-ban-tinh-nghe-an-a671239.html";
const THNA_2021 =
  "https://truyenhinhnghean.vn/kinh-te/202205/nghe-an-chi-so-cai-cach-hanh-chinh-nam-2021-xep-thu-1763-tinh-thanh-cao-nhat-tu-truoc-den-nay-bb81049/";
const BNA_H1_2023 = "https://baonghean.vn/nghe-an-typical-achievements-in-the-first-half-of-2023-post272462.html";
const NA24H_2023 =
  "https://nghean24h.vn/chi-so-par-index-2023-cua-nghe-an-xep-thu-15-cua-ca-nuoc-va-dung-dau-6-tinh-bac-trung-bo-a721780.html";
const LAODONG_2024 =
  "https://news.laodong.vn/thoi-su/nguoi-dan-nghe-an-hai-long-voi-bo-may-hanh-chinh-cong-1502943.ldo";
const DXNA_2024 =
  "https://dx.nghean.gov.vn/tin-tuc-ve-cai-cach-hanh-chinh/nghe-an-xep-thu-6-toan-quoc-dung-dau-mien-trung-ve-chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-721780?pageindex=0";
const CONGLUAN_PCI = "https://congluan.vn/nghe-an-dan-dau-bac-trung-bo-ve-chi-so-pci-nam-2018-post59282.html";
const BNA_PCI_2019 =
  "https://baonghean.vn/nghe-an-tiep-tuc-nam-trong-top-dau-cac-tinh-bac-trung-bo-ve-chi-so-pci-285170.html";
const BNA_PCI_2021 = "https://baonghean.vn/en/giai-phap-can-co-cho-pci-nghe-an-10253056.html";
const BNA_PCI_2022 =
  "https://baonghean.vn/provincial-competitiveness-index-pci-for-2022-released-and-nghe-ans-ranking-increases-by-7-places-post267904.html";
const BNA_PCI_2023 = "https://baonghean.vn/nghe-an-to-chuc-hoi-thao-tim-giai-phap-cai-thien-pci-10277937.html";
const BNA_PAPI =
  "https://baonghean.vn/en/nhung-chi-so-giup-nghe-an-tang-vuot-bac-hieu-qua-quan-tri-hanh-chinh-cong-10195469.html";
const NOIVU_PAPI_2023 =
  "https://noivu.nghean.gov.vn/tin-cai-cach-hanh-chinh/cong-bo-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-o-viet-nam-papi-nam-2023-629405";

export const NGHE_AN_FIGURES: Figure[] = [
  {
    index: "PAR_INDEX",
    year: 2020,
    rank: 18,
    note: "Thứ hạng suy ra: hạng 17 năm 2021, tăng 1 bậc so với 2020",
    url: NA24H_2021,
  },
  { index: "PAR_INDEX", year: 2021, value: 87.59, rank: 17, url: NA24H_2021 },
  { index: "PAR_INDEX", year: 2022, rank: 16, url: BNA_H1_2023 },
  { index: "PAR_INDEX", year: 2023, rank: 15, url: NA24H_2023 },
  { index: "PAR_INDEX", year: 2024, rank: 27, url: LAODONG_2024 },
  {
    index: "SIPAS",
    year: 2020,
    rank: 48,
    note: "Thứ hạng suy ra: hạng 35 năm 2021, tăng 13 bậc so với 2020",
    url: THNA_2021,
  },
  { index: "SIPAS", year: 2021, rank: 35, url: THNA_2021 },
  { index: "SIPAS", year: 2022, rank: 14, url: BNA_H1_2023 },
  { index: "SIPAS", year: 2023, rank: 12, url: NA24H_2023 },
  { index: "SIPAS", year: 2024, rank: 6, url: DXNA_2024 },
  { index: "PCI", year: 2014, rank: 28, url: CONGLUAN_PCI },
  { index: "PCI", year: 2015, rank: 32, url: CONGLUAN_PCI },
  { index: "PCI", year: 2016, rank: 25, url: CONGLUAN_PCI },
  { index: "PCI", year: 2017, rank: 21, url: CONGLUAN_PCI },
  { index: "PCI", year: 2018, rank: 19, url: CONGLUAN_PCI },
  { index: "PCI", year: 2019, value: 66.64, rank: 18, url: BNA_PCI_2019 },
  {
    index: "PCI",
    year: 2020,
    value: 64.73,
    rank: 18,
    note: "Điểm suy ra: 64,74 năm 2021, tăng 0,01 điểm so với 2020",
    url: BNA_PCI_2021,
  },
  { index: "PCI", year: 2021, value: 64.74, rank: 30, url: BNA_PCI_2021 },
  { index: "PCI", year: 2022, value: 66.6, rank: 23, url: BNA_PCI_2022 },
  { index: "PCI", year: 2023, value: 65.72, rank: 44, url: BNA_PCI_2023 },
  { index: "PAPI", year: 2014, rank: 27, url: BNA_PAPI },
  { index: "PAPI", year: 2015, value: 36.36, rank: 22, url: BNA_PAPI },
  { index: "PAPI", year: 2016, value: 35.57, rank: 36, url: BNA_PAPI },
  { index: "PAPI", year: 2017, value: 35.77, rank: 44, url: BNA_PAPI },
  { index: "PAPI", year: 2018, value: 46.57, rank: 4, url: BNA_PAPI },
  {
    index: "PAPI",
    year: 2021,
    rank: 15,
    note: "Thứ hạng suy ra: hạng 17 năm 2022, giảm 2 bậc so với 2021",
    url: BNA_H1_2023,
  },
  { index: "PAPI", year: 2022, rank: 17, url: BNA_H1_2023 },
  { index: "PAPI", year: 2023, value: 42.8474, rank: 25, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D1", year: 2023, value: 5.0856, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D2", year: 2023, value: 5.289, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D3", year: 2023, value: 4.3177, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D4", year: 2023, value: 6.6789, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D5", year: 2023, value: 7.0761, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D6", year: 2023, value: 7.7858, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D7", year: 2023, value: 3.6344, url: NOIVU_PAPI_2023 },
  { index: "PAPI", component: "PAPI.D8", year: 2023, value: 2.9799, url: NOIVU_PAPI_2023 },
];

/** Every rank in the CSV is "/63". */
export const NGHE_AN_OUT_OF = 63;
