import { splitForHighlight } from "./highlight";

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return splitForHighlight(text, terms).map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
