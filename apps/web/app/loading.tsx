import { PageSkeleton } from "../components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton title="Tổng quan" cards={4} />;
}
