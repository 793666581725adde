/**
 * Addresses of pages that several pages link to, in one place. A
 * commitment's page sits under its plan's, named by the rest of its id
 * ("/plans/lai-chau-579-kh-ubnd-2016/12/"): every target id begins with its
 * plan's id (the build refuses one that does not), so the address is stable
 * as long as the id is.
 */
import type { Target } from "../model.ts";

/** The part of a target's id after its plan's id: "12", "vi-1-3". */
export function commitmentSlug(target: Pick<Target, "id" | "planId">): string {
  return target.id.slice(target.planId.length + 1);
}

/** The commitment's own page, without the language prefix. */
export function commitmentPath(target: Pick<Target, "id" | "planId">): string {
  return `/plans/${target.planId}/${commitmentSlug(target)}/`;
}
