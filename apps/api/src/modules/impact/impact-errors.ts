import { ImpactInputError } from "@cchc/analytics";
import { GraphQLError } from "graphql";
import { badInput, ErrorCode } from "../../errors";

/** The impact ladder's refusals, in Vietnamese with the English code beside (one place for the wording). */
export const IMPACT_MESSAGES = {
  unknownSubject: (code: string) => `Không có đơn vị mã "${code}" (NOT_FOUND)`,
  unknownComponent: (id: string, index: string) => `Chỉ số ${index} không có chỉ số thành phần "${id}" (NOT_FOUND)`,
  unknownPeerGroup: (code: string) => `Không có nhóm so sánh "${code}" (NOT_FOUND)`,
  unknownTopics: (codes: string[]) => `Không có nội dung tuyên truyền ${codes.join(", ")} (NOT_FOUND)`,
  noPeerGroup: (code: string) =>
    `Đơn vị "${code}" không thuộc nhóm so sánh nào: chọn peerGroup hoặc comparison: ALL (BAD_USER_INPUT)`,
  noCrossSection: (index: string) =>
    `Chỉ số ${index} không có số liệu của các tỉnh để so sánh (chỉ so sánh được chỉ số chấm điểm các tỉnh, như PAPI, PCI) (BAD_USER_INPUT)`,
  year: (field: string, year: number) => `${field} phải là năm từ 2000 đến 2100, nhận được ${year} (BAD_USER_INPUT)`,
  noVersion: (index: string, year: number) =>
    `Chỉ số ${index} không có phiên bản phương pháp nào cho năm ${year} (BAD_USER_INPUT)`,
  crossesBreak: (index: string, from: number, to: number, breakYear: number, version: string) =>
    `Cửa sổ ${from}–${to} vượt qua lần đổi phương pháp ${index} năm ${breakYear} (${version}): điểm trước và sau ${breakYear} không so sánh được. Hãy bắt đầu cửa sổ từ ${breakYear} trở đi hoặc kết thúc trước ${breakYear} (BAD_USER_INPUT)`,
  emptyWindow: (from: number, to: number) => `Cửa sổ ${from}–${to} không có năm nào (from > to) (BAD_USER_INPUT)`,
  tooFewPre: (n: number, treatedFrom: number, from: number, to: number, min: number) =>
    `Chỉ có ${n} năm có số liệu trước ${treatedFrom} trong cửa sổ ${from}–${to}; cần ít nhất ${min} năm trước (BAD_USER_INPUT)`,
  noPost: (treatedFrom: number, from: number, to: number) =>
    `Không có năm nào có số liệu từ ${treatedFrom} trở đi trong cửa sổ ${from}–${to} (BAD_USER_INPUT)`,
  unitsChanged: (year: number, before: number, after: number, from: number) =>
    `Năm ${year} xếp hạng ${after} đơn vị, khác với ${before} đơn vị của năm ${from} (sáp nhập tỉnh từ 01/07/2025: 63 → 34): không so sánh lẫn hai bộ đơn vị. Hãy chọn cửa sổ nằm trọn trong một giai đoạn (BAD_USER_INPUT)`,
  subjectIncomplete: (years: number[]) =>
    `Đơn vị được đánh giá không có số liệu các năm ${years.join(", ")} trong cửa sổ: thiếu số liệu không được coi là 0 (BAD_USER_INPUT)`,
  tooFewDonors: (n: number) =>
    `Chỉ có ${n} đơn vị so sánh có đủ số liệu trong cửa sổ; cần ít nhất 2 (hãy dùng comparison: ALL) (BAD_USER_INPUT)`,
  otherInput: (message: string) => `Số liệu không dùng được cho phép so sánh: ${message} (BAD_USER_INPUT)`,
} as const;

export function impactNotFound(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, field } });
}

/**
 * An analytics refusal the service's own checks did not catch first: the
 * analytics message (Vietnamese) inside the API's sentence, the raw message in
 * extensions.detail and its code (e.g. too_few_pre) in extensions.impactCode.
 */
export function fromImpactInput(e: unknown): unknown {
  if (!(e instanceof ImpactInputError)) return e;
  const err = badInput(
    e.code === "too_few_donors"
      ? IMPACT_MESSAGES.tooFewDonors(Number(/chỉ có (\d+)/.exec(e.message)?.[1] ?? 0))
      : IMPACT_MESSAGES.otherInput(e.message),
    "subject",
  );
  err.extensions.detail = e.message;
  err.extensions.impactCode = e.code;
  return err;
}
