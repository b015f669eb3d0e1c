"use client";

import { useEffect, useState } from "react";

/** True once React has hydrated the component: forms mark themselves with it so the e2e suite types only after. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
