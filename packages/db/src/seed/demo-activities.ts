/**
 * A small, clearly labelled DEMO activity log for 2021–2024 so that a fresh
 * install has something to draw. Not real records: every title starts with
 * "[Minh họa]", every row has isDemo = true and an externalRef "demo-…".
 * Deterministic (seeded PRNG) so the seed stays idempotent and tests stable.
 */
import { FORMS, TOPICS } from "./plan-88";

export const DEMO_PREFIX = "[Minh họa]";

const CHANNELS: Record<string, string[]> = {
  F1: ["Tạp chí KH&CN Nghệ An", "ngheandost.gov.vn", "Chuyên san KHXH&NV"],
  F2: ["Hội nghị tại Sở", "Lớp tập huấn tại Sở", "Hội nghị trực tuyến"],
  F3: ["ngheandost.gov.vn", "Tạp chí KH&CN Nghệ An"],
  F4: ["Bộ phận Tiếp nhận và trả kết quả", "ngheandost.gov.vn", "Cổng TTĐT tỉnh Nghệ An"],
  F5: ["ngheandost.gov.vn", "Kênh video của Sở"],
};
const UNITS: Record<string, string[]> = {
  F1: ["SKHCN_NA.TTTT", "SKHCN_NA.TAPCHI", "SKHCN_NA.KHXHNV"],
  F2: ["SKHCN_NA.VP", "SKHCN_NA.PCM"],
  F3: ["SKHCN_NA.PCM", "SKHCN_NA.VP", "SKHCN_NA.KHXHNV"],
  F4: ["SKHCN_NA.BPMC", "SKHCN_NA.VP"],
  F5: ["SKHCN_NA.TTTT", "SKHCN_NA.BPMC"],
};
const VERB: Record<string, string> = {
  F1: "Chuyên mục, tin bài về",
  F2: "Hội nghị phổ biến",
  F3: "Bài viết của công chức về",
  F4: "Cập nhật, công khai TTHC:",
  F5: "Video hướng dẫn",
};
const PER_YEAR: Record<number, number> = { 2021: 14, 2022: 26, 2023: 22, 2024: 18 };

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoActivity {
  externalRef: string;
  year: number;
  organisationCode: string;
  formCode: string;
  channel: string;
  title: string;
  startsOn: string;
  endsOn: string;
  audience: string;
  participants: number | null;
  reach: number | null;
  topics: string[];
}

/** "Chủ trương …" → "chủ trương …", but "ISO 9001" and "VNPT iOffice" keep their capitals. */
const lowerFirstWord = (s: string) =>
  s.length > 1 && s[1] === s[1]!.toLowerCase() ? s[0]!.toLowerCase() + s.slice(1) : s;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function demoActivities(): DemoActivity[] {
  const rand = mulberry32(88);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const leafTopics = TOPICS.filter(([code]) => code !== "N04");
  const out: DemoActivity[] = [];
  for (const [yearText, n] of Object.entries(PER_YEAR)) {
    const year = Number(yearText);
    for (let i = 0; i < n; i++) {
      const [formCode] = pick(FORMS);
      const [topicCode, , shortTitle] = pick(leafTopics);
      const second = rand() < 0.35 ? pick(leafTopics)[0] : null;
      const start = new Date(Date.UTC(year, Math.floor(rand() * 12), 1 + Math.floor(rand() * 27)));
      // Conferences last 1–2 days; press series and postings run for weeks: the campaign band.
      const days =
        formCode === "F2"
          ? Math.floor(rand() * 2)
          : formCode === "F1" || formCode === "F4"
            ? 7 + Math.floor(rand() * 40)
            : 0;
      const end = new Date(start.getTime() + days * 86_400_000);
      const staff = formCode === "F2";
      out.push({
        externalRef: `demo-${year}-${String(i + 1).padStart(3, "0")}`,
        year,
        organisationCode: pick(UNITS[formCode]!),
        formCode,
        channel: pick(CHANNELS[formCode]!),
        title: `${DEMO_PREFIX} ${VERB[formCode]} ${lowerFirstWord(shortTitle)}`,
        startsOn: iso(start),
        endsOn: iso(end.getUTCFullYear() > year ? new Date(Date.UTC(year, 11, 31)) : end),
        audience: staff ? "Cán bộ, công chức, viên chức Sở KH&CN" : "Người dân, tổ chức, doanh nghiệp KH&CN",
        participants: staff ? 30 + Math.floor(rand() * 90) : null,
        reach: staff ? null : 200 + Math.floor(rand() * 4800),
        topics: second && second !== topicCode ? [topicCode, second] : [topicCode],
      });
    }
  }
  return out;
}
