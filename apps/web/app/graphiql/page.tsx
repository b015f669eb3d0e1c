import { GraphiQLClient } from "../../components/graphiql/graphiql-client";
import { requirePage } from "../../lib/session";

export const metadata = { title: "GraphiQL" };

/** The analysts' query editor, served by the project; queries run as the signed-in person unless a token is given. */
export default async function GraphiQLPage() {
  await requirePage("analyst", "/graphiql");
  return (
    <main id="noi-dung" className="graphiql-page">
      <h1 className="visually-hidden">GraphiQL — truy vấn GraphQL</h1>
      <GraphiQLClient />
    </main>
  );
}
