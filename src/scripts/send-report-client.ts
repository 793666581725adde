/**
 * The "Send a report" page: a chosen or dropped file is checked on the page.
 * This script is small; the checker and the data it needs are loaded only
 * once a file is chosen (report-check-browser.ts, /report-check/context.json).
 * Words come from the page (data attributes, written from src/i18n).
 */
const fill = (template: string, slots: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) => String(slots[name] ?? whole));

export function initSendReport(): void {
  const root = document.querySelector<HTMLElement>("[data-report-check]");
  const input = root?.querySelector<HTMLInputElement>("input[type=file]");
  const status = root?.querySelector<HTMLElement>("[data-report-status]");
  const reply = root?.querySelector<HTMLElement>("[data-report-reply]");
  const send = root?.querySelector<HTMLElement>("[data-report-send]");
  if (!root || !input || !status || !reply || !send) return;
  const words = root.dataset;
  const run = async (file: File) => {
    const started = performance.now();
    status.textContent = fill(words["checking"] ?? "", { file: file.name, size: file.size });
    reply.hidden = true;
    send.hidden = true;
    root.setAttribute("aria-busy", "true");
    try {
      const { checkFile } = await import("./report-check-browser.ts");
      const out = await checkFile(file, {
        lang: document.documentElement.lang === "en" ? "en" : "vi",
        contextUrl: words["context"] ?? "",
        email: words["email"] ?? "",
        repository: words["repository"] ?? "",
      });
      reply.textContent = out.reply;
      reply.hidden = false;
      reply.dataset["ok"] = String(out.ok);
      status.textContent = fill(words["done"] ?? "", { file: file.name });
      // How long the answer took, from the choice to the reply (read by the end-to-end test).
      reply.dataset["ms"] = String(Math.round(performance.now() - started));
      const mail = send.querySelector<HTMLAnchorElement>("[data-report-mailto]");
      const issue = send.querySelector<HTMLAnchorElement>("[data-report-issue]");
      const hash = send.querySelector<HTMLElement>("[data-report-sha]");
      if (out.ok && out.mailto && mail && hash) {
        mail.href = out.mailto;
        hash.textContent = fill(words["shaText"] ?? "", { sha: out.sha256 });
        if (issue) {
          issue.hidden = out.issue === null;
          if (out.issue) issue.href = out.issue;
        }
        send.hidden = false;
      }
    } catch {
      status.textContent = words["failed"] ?? "";
    } finally {
      root.removeAttribute("aria-busy");
    }
  };
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void run(file);
  });
  root.addEventListener("dragover", (event) => event.preventDefault());
  root.addEventListener("drop", (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void run(file);
  });
}
