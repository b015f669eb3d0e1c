"use client";

import { createGraphiQLFetcher } from "@graphiql/toolkit";
import dynamic from "next/dynamic";
import "graphiql/style.css";

// The editor needs the browser (CodeMirror measures the DOM): no server rendering.
const GraphiQL = dynamic(() => import("graphiql").then((m) => m.GraphiQL), {
  ssr: false,
  loading: () => <p className="note">Đang tải GraphiQL…</p>,
});

// Same origin as the page: the dashboard proxies /graphql to the API (see app/graphql/route.ts).
const fetcher = createGraphiQLFetcher({ url: "/graphql", fetch: (...args) => globalThis.fetch(...args) });

const EXAMPLE = `# Ví dụ: hồ sơ chỉ số của Nghệ An năm 2023
# Truy vấn cần mã truy cập: ở thẻ Headers bên dưới, nhập
#   {"Authorization": "Bearer <mã truy cập>"}
# (tạo mã: npm run token -- create --role viewer --name "Họ tên").
query HoSo {
  subjectProfile(subject: "40", year: 2023) {
    indices {
      index { shortName }
      total { value rank outOf publishedRank valueChange publishedRankChange changeUnavailableReason }
    }
  }
}
`;

/** GraphiQL bundled from npm: works with no internet (no CDN). */
export function GraphiQLClient() {
  return (
    <div style={{ height: "calc(100vh - 90px)" }}>
      {/* Headers are kept in this browser's storage: the analyst pastes the token once. */}
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} shouldPersistHeaders />
    </div>
  );
}
