"use client";

import { createContext, use, type ReactNode } from "react";

/**
 * Each page places its own header (PageHeader), so an error page, which replaces the page,
 * would have none: the layout hands it this one (every language's newsroom in the switcher)
 * so the menus still show during an outage.
 */
const HeaderForErrors = createContext<ReactNode>(null);

export function HeaderForErrorsProvider({ header, children }: { header: ReactNode; children: ReactNode }) {
  return <HeaderForErrors value={header}>{children}</HeaderForErrors>;
}

export function useHeaderForErrors(): ReactNode {
  return use(HeaderForErrors);
}
