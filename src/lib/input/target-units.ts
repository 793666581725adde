import type { Text } from "../model.ts";

/** The units national and other plans' targets are written in, in both languages (an English page never shows "lần"). */
export const TARGET_UNITS: Record<string, Text> = {
  "%": { vi: "%", en: "%" },
  "bé trai/100 bé gái": { vi: "bé trai/100 bé gái", en: "boys per 100 girls" },
  lần: { vi: "lần", en: "times" },
  "/100.000 trẻ đẻ sống": { vi: "/100.000 trẻ đẻ sống", en: "per 100,000 live births" },
  "định tính": { vi: "định tính", en: "qualitative" },
  "điểm phần trăm/năm": { vi: "điểm phần trăm/năm", en: "percentage points a year" },
  "cuộc/năm": { vi: "cuộc/năm", en: "a year" },
};
