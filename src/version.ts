import { version } from "../package.json";

/** The action's version: package.json's, the one the User-Agent, the CHANGELOG and the README show. */
const ACTION_VERSION: string = version;

/** `name/version; node/version`, the form the Hub's clients use. */
export const USER_AGENT = `hf-hub-action/${ACTION_VERSION}; node/${process.versions.node}`;
