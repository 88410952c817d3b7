import type { HighlightRange } from "@newsroom/content";
import { splitForHighlight } from "./highlight";

export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  return splitForHighlight(text, ranges).map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
