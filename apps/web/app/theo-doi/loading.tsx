import { PageSkeleton } from "../../components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton title="Theo dõi thực hiện kế hoạch" cards={0} />;
}
