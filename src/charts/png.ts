/** SVG to PNG at build time with resvg, using the site's font (TTF, with every Vietnamese glyph). */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { CARD_FONT } from "./card.ts";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
const FONT_FILES = ["400Regular/BeVietnamPro_400Regular.ttf", "600SemiBold/BeVietnamPro_600SemiBold.ttf", "700Bold/BeVietnamPro_700Bold.ttf"].map((f) =>
  join(fontDir, f),
);

/** Renders an SVG to PNG; `zoom` 2 gives an image twice the SVG's size, for print. */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT } });
  return resvg.render().asPng();
}
