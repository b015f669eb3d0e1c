import { PageSkeleton } from "../../components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton title="Báo cáo kết quả và định hướng" cards={0} />;
}
