/** An sRGB colour as `#rrggbb` or as the browser's computed `rgb(r, g, b)` / `rgba(r, g, b, a)`. */
export type CssColour = string;

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export function parseColour(colour: CssColour): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) {
    const [r, g, b] = hex.slice(1).map((part) => Number.parseInt(part, 16)) as [
      number,
      number,
      number,
    ];
    return { r, g, b, a: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)$/i.exec(
    colour.trim(),
  );
  if (!rgb) throw new Error(`Not a colour: ${colour}`);
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: Number(rgb[4] ?? 1) };
}

/** WCAG 2.1 relative luminance of an opaque colour. */
function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` drawn over the opaque `bottom` (a translucent hover tint over a toolbar). */
export function over(top: CssColour, bottom: CssColour): CssColour {
  const t = parseColour(top);
  const b = parseColour(bottom);
  const mix = (x: number, y: number) => Math.round(x * t.a + y * (1 - t.a));
  return `rgb(${mix(t.r, b.r)}, ${mix(t.g, b.g)}, ${mix(t.b, b.b)})`;
}

/** WCAG 2.1 contrast ratio of text in `foreground` on `background` (1 to 21). */
export function contrastRatio(foreground: CssColour, background: CssColour): number {
  const [light, dark] = [
    luminance(parseColour(foreground)),
    luminance(parseColour(background)),
  ].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA's minimum for normal-size text. */
export const AA_TEXT_CONTRAST = 4.5;
