import { notFound } from "next/navigation";

// Rendered on first request and cached like every other page (ISR), so the 404 is complete
// HTML with its metadata in <head> and the proxy keeps it.
export function generateStaticParams() {
  return [];
}

// Any other path inside a language gets that language's 404 page (with menus), status 404.
export default function UnknownPage() {
  notFound();
}
