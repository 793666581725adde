/** Where a copy of the site takes reports: from the build's environment, checked, and warned about when unset. */
import { describe, expect, it } from "vitest";
import { contactFromEnv, mailtoUrl, repositoryIssueUrl } from "../../src/lib/site/contact.ts";

describe("the contact configuration", () => {
  it("unset: no address, and a warning that the pages say this copy takes no reports", () => {
    const contact = contactFromEnv({});
    expect(contact).toMatchObject({ email: null, repository: null });
    expect(contact.warnings[0]).toContain("SITE_CONTACT_EMAIL is not set");
  });
  it("a plain address and an https repository are used; anything else is refused with a warning", () => {
    expect(contactFromEnv({ SITE_CONTACT_EMAIL: "reports@example.org", SITE_REPOSITORY_URL: "https://example.org/tracker/site/" })).toEqual({
      email: "reports@example.org",
      repository: "https://example.org/tracker/site",
      warnings: [],
    });
    for (const bad of ["x@y.org?bcc=z@w.org", "a b@example.org", '"><script>@x.org', "reports"])
      expect(contactFromEnv({ SITE_CONTACT_EMAIL: bad }).email).toBeNull();
    const repo = contactFromEnv({ SITE_CONTACT_EMAIL: "r@example.org", SITE_REPOSITORY_URL: "javascript:alert(1)" });
    expect(repo.repository).toBeNull();
    expect(repo.warnings).toHaveLength(1);
  });
  it("the prepared e-mail and report encode their subject and body", () => {
    expect(mailtoUrl("r@example.org", "Báo cáo & SHA", "a\nb")).toBe("mailto:r@example.org?subject=B%C3%A1o%20c%C3%A1o%20%26%20SHA&body=a%0Ab");
    expect(repositoryIssueUrl("https://example.org/r", "t?", "b#")).toBe("https://example.org/r/issues/new?title=t%3F&body=b%23");
  });
});
