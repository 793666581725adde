/**
 * Where this copy of the site takes reports: the maintainers' e-mail address
 * and, where there is one, the public repository, set at build time
 * (SITE_CONTACT_EMAIL, SITE_REPOSITORY_URL; the README's Deploy section).
 * A value that is not a plain address is not used, and said: the build warns,
 * and the pages say this copy takes no reports rather than promise a route
 * that does not exist.
 */
export interface SiteContact {
  email: string | null;
  repository: string | null;
  /** What the build warns about: a value unset or refused. */
  warnings: string[];
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/u;
const REPOSITORY = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%-]+)+\/?$/u;

export function contactFromEnv(env: Readonly<Record<string, string | undefined>>): SiteContact {
  const warnings: string[] = [];
  const email = (env["SITE_CONTACT_EMAIL"] ?? "").trim();
  const repository = (env["SITE_REPOSITORY_URL"] ?? "").trim().replace(/\/$/u, "");
  if (email === "") warnings.push("SITE_CONTACT_EMAIL is not set: the pages say this copy of the site takes no reports.");
  else if (!EMAIL.test(email))
    warnings.push(`SITE_CONTACT_EMAIL "${email}" is not a plain e-mail address: not used; the pages say this copy takes no reports.`);
  if (repository !== "" && !REPOSITORY.test(repository))
    warnings.push(`SITE_REPOSITORY_URL "${repository}" is not an https address of a repository: not used.`);
  const okEmail = EMAIL.test(email) ? email : null;
  return { email: okEmail, repository: okEmail && REPOSITORY.test(repository) ? repository : null, warnings };
}

/** The link that opens a new report in the repository, prefilled (GitHub's and Forgejo's /issues/new?title=&body=). */
export function repositoryIssueUrl(repository: string, title: string, body: string): string {
  return `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/** A prepared e-mail: the address with its subject and body. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
