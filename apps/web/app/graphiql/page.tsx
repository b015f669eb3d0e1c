import { GraphiQLClient } from "../../components/graphiql/graphiql-client";

export const metadata = { title: "GraphiQL — Chỉ số CCHC" };

/** The analysts' query editor, served by the project. */
export default function GraphiQLPage() {
  return <GraphiQLClient />;
}
