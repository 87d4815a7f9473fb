/** Which paths a `.gitignore` excludes, for the preupload answer's `shouldIgnore` (gitignore semantics by `ignore`). */
import ignore from "ignore";

export interface IgnoreMatcher {
  ignores(path: string): boolean;
}

/** The Hub never ignores the files that configure the repo itself. */
const NEVER_IGNORED = new Set([".gitattributes", ".gitignore"]);

export function parseGitignore(text: string): IgnoreMatcher {
  const rules = ignore().add(text);
  return {
    ignores(path: string): boolean {
      if (NEVER_IGNORED.has(path)) return false;
      try {
        return rules.ignores(path);
      } catch {
        // `ignore` refuses paths it considers not relative; the repo path rules already refused the rest.
        return false;
      }
    },
  };
}
