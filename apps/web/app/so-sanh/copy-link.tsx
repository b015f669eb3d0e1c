"use client";

import { useState } from "react";

/** "Sao chép liên kết": the page's URL (every filter is in it) to the clipboard. */
export function CopyLink() {
  const [done, setDone] = useState("");
  return (
    <span className="no-print">
      <button
        type="button"
        data-testid="copy-link"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setDone("Đã sao chép liên kết.");
          } catch {
            window.prompt("Sao chép liên kết này:", window.location.href);
          }
        }}
      >
        Sao chép liên kết
      </button>{" "}
      <span className="note" role="status">
        {done}
      </span>
    </span>
  );
}
