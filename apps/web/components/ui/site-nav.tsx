"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState } from "react";

export interface NavItem {
  href: string;
  label: string;
}

/** The link of the section a path belongs to: "/" only for itself, "/chi-so/PAPI" for every /chi-so/… page. */
function isCurrent(href: string, path: string): boolean {
  if (href === "/") return path === "/";
  const section = `/${href.split("/")[1]}`;
  return path === section || path.startsWith(`${section}/`);
}

/**
 * The site's navigation and the signed-in person's box (`children`). On a
 * phone (under 768 px, see globals.css) both fold behind a "Menu" button that
 * says whether it is open (aria-expanded) and what it opens (aria-controls);
 * the menu closes on navigation and on Escape. On a desk the button is hidden
 * and the links wrap under the site's title. Without JavaScript the menu
 * stays open (a <noscript> style in the layout).
 */
export function SiteNav({ items, children }: { items: NavItem[]; children: ReactNode }) {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // A new page: fold the menu again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each path change on purpose
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> Menu
      </button>
      <div id="site-menu" className="site-menu" data-open={open}>
        {items.length > 0 && (
          <nav className="site-nav" aria-label="Các trang">
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={isCurrent(item.href, path) ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {children}
      </div>
    </>
  );
}
