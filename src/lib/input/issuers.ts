/**
 * The English name of a Vietnamese issuing body as the index of other plans
 * writes it ("UBND tỉnh Cà Mau" → "Cà Mau Provincial People's Committee"),
 * the place keeping its Vietnamese spelling (docs/glossary.md). Null for a
 * form not listed here: the build then asks for it rather than print the
 * Vietnamese name on English pages.
 */
const FORMS: [RegExp, (place: string) => string][] = [
  [/^UBND tỉnh (.+)$/u, (p) => `${p} Provincial People's Committee`],
  [/^UBND thành phố (.+)$/u, (p) => `${p} City People's Committee`],
  [/^UBND huyện (.+)$/u, (p) => `${p} District People's Committee`],
  [/^Tỉnh ủy (.+)$/u, (p) => `${p} Provincial Party Committee`],
  [/^Ban Thường vụ Hội LHPN tỉnh (.+)$/u, (p) => `Standing Committee of the ${p} Provincial Women's Union`],
];

export function issuerInEnglish(vi: string): string | null {
  for (const [form, english] of FORMS) {
    const match = form.exec(vi.trim());
    if (match?.[1]) return english(match[1]);
  }
  return null;
}

/** The forms issuerInEnglish knows, for the build's message. */
export const ISSUER_FORMS = "UBND tỉnh|thành phố|huyện <nơi>, Tỉnh ủy <nơi>, Ban Thường vụ Hội LHPN tỉnh <nơi>";
