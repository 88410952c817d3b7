import { notFound } from "next/navigation";

// Any other path inside a language gets that language's 404 page (with menus), status 404.
export default function UnknownPage() {
  notFound();
}
