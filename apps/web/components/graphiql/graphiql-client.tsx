"use client";

import { createGraphiQLFetcher } from "@graphiql/toolkit";
import dynamic from "next/dynamic";
import "graphiql/style.css";

// The editor needs the browser (CodeMirror measures the DOM): no server rendering.
const GraphiQL = dynamic(() => import("graphiql").then((m) => m.GraphiQL), { ssr: false, loading: () => <p className="note">Đang tải GraphiQL…</p> });

// Same origin as the page: the dashboard proxies /graphql to the API (see app/graphql/route.ts).
const fetcher = createGraphiQLFetcher({ url: "/graphql", fetch: (...args) => globalThis.fetch(...args) });

const EXAMPLE = `# Ví dụ: hồ sơ chỉ số của Nghệ An năm 2023
# Thêm header {"Authorization": "Bearer <mã truy cập>"} để chạy mutation.
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
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
    </div>
  );
}
