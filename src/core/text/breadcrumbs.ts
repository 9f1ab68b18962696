/** Breadcrumbs (`您的位置：主页 > 艺术史研究 > 第一编古代`): page furniture, whose last step names the page itself. */

/** A breadcrumb trail, on the neutral view: a location label, or two steps, then a separator. */
export const BREADCRUMB = /^(?:首页|当前位置|您的位置|您现在的位置)\s*:?.*[>›»]|^\S{1,12}\s*[>›»]\s*\S{1,12}\s*[>›»]/u;
const STEP_SEPARATOR = /\s*[>›»]+\s*/u;

/** The last step of a breadcrumb of three steps or more (neutral view), or null when `view` is none. */
export function lastStep(view: string): string | null {
  if (!BREADCRUMB.test(view)) return null;
  const steps = view.split(STEP_SEPARATOR);
  return steps.length >= 3 ? steps.at(-1)!.trim() : null;
}
