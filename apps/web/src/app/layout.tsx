import type { ReactNode } from "react";
import "./globals.css";

// The <html> element lives in [locale]/layout.tsx so that its lang attribute is right.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
