import sharp from "sharp";

/**
 * Seed pictures are drawn here rather than downloaded (the build has no network and real
 * press photos carry rights): calm abstract compositions in the newsroom's palette,
 * different for every key, rendered to JPEG with sharp (which Strapi's upload already uses).
 */
const palettes: [string, string, string][] = [
  ["#0b3c7d", "#2f6db5", "#f2b134"],
  ["#12445c", "#3b8ea5", "#f5ebd9"],
  ["#3d2c5c", "#6d5ba8", "#f0c987"],
  ["#1f4d3a", "#4f8f6b", "#e9d8a6"],
  ["#5c2a1f", "#b5543b", "#f3dfc1"],
  ["#1d2f4f", "#5477a8", "#d8e3f0"],
];

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export async function drawSeedImage(key: string, width = 1600, height = 900): Promise<Buffer> {
  const seed = hash(key);
  const [deep, mid, light] = palettes[seed % palettes.length] ?? palettes[0] ?? ["#000", "#555", "#aaa"];
  const circles = Array.from({ length: 7 }, (_, i) => {
    const r = ((seed >> (i * 3)) % 180) + 80;
    const cx = ((seed >> i) * 37 + i * 241) % width;
    const cy = ((seed >> (i + 2)) * 53 + i * 131) % height;
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${i % 2 ? light : mid}" fill-opacity="${0.18 + (i % 3) * 0.1}"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${deep}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}
    <path d="M0 ${height * 0.78} C ${width * 0.3} ${height * 0.62}, ${width * 0.6} ${height * 0.95}, ${width} ${height * 0.7} L ${width} ${height} L 0 ${height} Z" fill="${light}" fill-opacity="0.35"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
