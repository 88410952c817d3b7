"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement of the header's <details> menus (they work without it):
 * Escape closes the open menu and returns focus to its button, opening one menu closes the
 * others, and a click or focus outside closes it.
 */
export function MenuEnhancer() {
  useEffect(() => {
    const header = document.querySelector(".site-header");
    if (!header) return;
    const menus = () => Array.from(header.querySelectorAll<HTMLDetailsElement>("details"));
    const closeOthers = (keep: HTMLDetailsElement) => {
      for (const menu of menus()) if (menu !== keep && !menu.contains(keep) && menu.open) menu.open = false;
    };

    const onToggle = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLDetailsElement && target.open) closeOthers(target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const active = document.activeElement;
      // The innermost open menu around the focus, else any open menu.
      const menu = (active instanceof Element ? active.closest<HTMLDetailsElement>("details[open]") : null) ?? menus().reverse().find((m) => m.open);
      if (!menu) return;
      menu.open = false;
      menu.querySelector<HTMLElement>(":scope > summary")?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node) for (const menu of menus()) if (menu.open && !menu.contains(target)) menu.open = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof Node) for (const menu of menus()) if (menu.open && !menu.contains(target) && menu.classList.contains("desktop-submenu")) menu.open = false;
    };

    header.addEventListener("toggle", onToggle, true);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      header.removeEventListener("toggle", onToggle, true);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, []);
  return null;
}
