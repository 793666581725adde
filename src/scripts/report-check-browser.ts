/**
 * The report checker in the browser, loaded by the "Send a report" page only
 * once a reader chooses a file: the same check (src/lib/steps/report-check.ts)
 * and the same reply (src/i18n/report-check.ts) as npm run check-report, on
 * the same context (/report-check/context.json, fetched from the site). The
 * file is read here and never sent anywhere; a file over the size limit is
 * refused by its size without being read.
 */
import { preparedMessage, replyIn } from "../i18n/report-check.ts";
import type { Dataset } from "../lib/model.ts";
import type { Lang } from "../lib/site/format.ts";
import { mailtoUrl, repositoryIssueUrl } from "../lib/site/contact.ts";
import { REPORT_LIMITS } from "../lib/steps/report-cells.ts";
import { checkReport } from "../lib/steps/report-check.ts";

let context: Promise<Dataset> | null = null;

function loadContext(url: string): Promise<Dataset> {
  context ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<Dataset>;
  });
  return context;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface BrowserCheck {
  reply: string;
  ok: boolean;
  sha256: string;
  mailto: string | null;
  issue: string | null;
}

export async function checkFile(file: File, options: { lang: Lang; contextUrl: string; email: string; repository: string }): Promise<BrowserCheck> {
  const ctx = await loadContext(options.contextUrl);
  const bytes: Uint8Array<ArrayBuffer> = file.size > REPORT_LIMITS.bytes ? new Uint8Array(0) : new Uint8Array(await file.arrayBuffer());
  const today = new Date().toISOString().slice(0, 10);
  const result = checkReport(ctx, bytes, today, file.size);
  const reply = replyIn(result, ctx, file.name, options.lang);
  if (!result.ok) return { reply, ok: false, sha256: "", mailto: null, issue: null };
  const sha256 = await sha256Hex(bytes);
  const message = preparedMessage(result, ctx, { name: file.name, size: file.size, sha256 });
  return {
    reply,
    ok: true,
    sha256,
    mailto: options.email ? mailtoUrl(options.email, message.subject, message.body) : null,
    issue: options.email && options.repository ? repositoryIssueUrl(options.repository, message.subject, message.body) : null,
  };
}
