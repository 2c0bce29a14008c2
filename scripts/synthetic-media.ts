// Authors and pictures for the synthetic feed, so scale tests measure cards as readers see
// them: an author row on every post, and pictures on about a third of them, from one picture
// to more than nine. The pictures are small SVG files written beside the pages (made up here,
// never fetched); every size is in the data, as the ingest writes it, but for one in seven
// grids, which gets fixed cells.

const AUTHORS = ["晨读小站", "城市漫步者", "家常菜日记", "跑步的阿杰", "周末去哪儿", "摄影爱好者小林"];
const COUNTS = [1, 4, 9, 2, 3, 6, 12];

/** Picture files: name → [width, height, colour]. */
export const SYNTHETIC_PICTURES: Record<string, [number, number, string]> = {
  "square-1.svg": [600, 600, "#c0504d"],
  "square-2.svg": [600, 600, "#4f81bd"],
  "square-3.svg": [600, 600, "#9bbb59"],
  "wide.svg": [1200, 800, "#8064a2"],
  "upright.svg": [900, 1200, "#4bacc6"],
  "long.svg": [400, 2400, "#f79646"],
  ...Object.fromEntries(AUTHORS.map((_, i) => [`avatar-${i + 1}.svg`, [96, 96, `hsl(${i * 60} 45% 45%)`]])),
};

export function pictureSvg(width: number, height: number, colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${colour}"/><rect y="${height / 2}" width="100%" height="${height / 2}" fill="#000" fill-opacity=".15"/></svg>\n`;
}

function attachment(dir: string, name: string, sized: boolean) {
  const [width, height] = SYNTHETIC_PICTURES[name]!;
  return {
    url: `${dir}/${name}`,
    mime_type: "image/svg+xml",
    _qingyue: { ...(sized ? { width, height } : {}), alt: "合成测试图片", ...(height > width * 3 ? { long: true } : {}) },
  };
}

/** The author and pictures of the synthetic post at `ordinal`, from the ordinal alone (the text's random stream is untouched). */
export function syntheticMedia(ordinal: number, dir: string): Record<string, unknown> {
  const who = ordinal % AUTHORS.length;
  const authors = [{ name: AUTHORS[who]!, avatar: `${dir}/avatar-${who + 1}.svg`, _qingyue: { id: `syn${who + 1}` } }];
  if (ordinal % 3 !== 1) return { authors };
  const count = COUNTS[Math.floor(ordinal / 3) % COUNTS.length]!;
  const sized = ordinal % 7 !== 0;
  const single = ["wide.svg", "upright.svg", "long.svg"][Math.floor(ordinal / 21) % 3]!;
  const attachments =
    count === 1 ? [attachment(dir, single, sized)] : Array.from({ length: count }, (_, i) => attachment(dir, `square-${(i % 3) + 1}.svg`, sized));
  return { authors, attachments };
}
