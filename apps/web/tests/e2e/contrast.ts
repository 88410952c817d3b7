import type { Locator } from "@playwright/test";

/**
 * WCAG contrast ratio of an element's text colour on the background it shows, as the browser
 * computes them right now (hover included): the element's background composited over its
 * ancestors' until an opaque one (white when none is).
 */
export async function textContrast(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const parse = (css: string): [number, number, number, number] => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, a];
    };
    const layers: [number, number, number, number][] = [];
    for (let el: Element | null = node; el; el = el.parentElement) {
      const layer = parse(getComputedStyle(el).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    let background: [number, number, number] = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) {
      background = [r * a + background[0] * (1 - a), g * a + background[1] * (1 - a), b * a + background[2] * (1 - a)];
    }
    const [fr, fg, fb, fa] = parse(getComputedStyle(node).color);
    const text: [number, number, number] = [
      fr * fa + background[0] * (1 - fa),
      fg * fa + background[1] * (1 - fa),
      fb * fa + background[2] * (1 - fa),
    ];
    const luminance = (rgb: [number, number, number]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [l1, l2] = [luminance(text), luminance(background)].sort((x, y) => y - x);
    return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
  });
}
