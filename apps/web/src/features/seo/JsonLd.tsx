import type { Graph } from "schema-dts";
import { serializeJsonLd } from "./json-ld";

/** A JSON-LD block; the text is escaped by serializeJsonLd, so it cannot close the element. */
export function JsonLd({ data }: { data: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
