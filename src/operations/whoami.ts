import { whoami as hubWhoami } from "../hub/repos";
import { defineOperation } from "./operation";

export const whoami = defineOperation({
  name: "whoami",
  inputs: {},
  outputs: ["name", "orgs", "role"],
  parse: (): Record<string, never> => ({}),
  repos: () => [],
  run: async (context) => {
    const identity = await hubWhoami(context.connection);
    const headline = `The token belongs to ${identity.name} (role ${identity.role ?? "unknown"})`;
    context.reporter.info(headline);
    return {
      outputs: { name: identity.name, orgs: JSON.stringify(identity.orgs), role: identity.role ?? "" },
      headline,
      links: [],
    };
  },
});
