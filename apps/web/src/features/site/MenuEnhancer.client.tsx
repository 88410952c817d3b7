"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement of the header's <details> menus (they work without it):
 * Escape closes the open menu and returns focus to its button. On wide screens, where
 * sub-menus are panels over the page, a click or focus outside closes the open one (that
 * only one is open at a time is the browser's doing: the panels share a <details name>);
 * the phone menu is an accordion and keeps what the reader opened (closing a section there
 * on pointerdown would shift the one being tapped).
 */
export function MenuEnhancer() {
  useEffect(() => {
    const header = document.querySelector(".site-header");
    if (!header) return;
    const menus = () => Array.from(header.querySelectorAll<HTMLDetailsElement>("details"));
    const panels = () => Array.from(header.querySelectorAll<HTMLDetailsElement>("details.desktop-submenu, details.language-unavailable"));

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const active = document.activeElement;
      // The innermost open menu around the focus, else any open menu.
      const menu =
        (active instanceof Element ? active.closest<HTMLDetailsElement>("details[open]") : null) ??
        menus()
          .reverse()
          .find((m) => m.open);
      if (!menu) return;
      menu.open = false;
      menu.querySelector<HTMLElement>(":scope > summary")?.focus();
    };
    const closePanelsOutside = (event: Event) => {
      const target = event.target;
      if (target instanceof Node) for (const panel of panels()) if (panel.open && !panel.contains(target)) panel.open = false;
    };

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", closePanelsOutside);
    document.addEventListener("focusin", closePanelsOutside);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", closePanelsOutside);
      document.removeEventListener("focusin", closePanelsOutside);
    };
  }, []);
  return null;
}
