import path from "node:path";
import { ensureFreshBundle } from "./bundle-freshness";

/** Jest's globalSetup: the bundle suite runs dist/index.js, which must be built from the current sources. */
export default function globalSetup(): void {
  ensureFreshBundle(path.resolve(__dirname, "..", ".."));
}
