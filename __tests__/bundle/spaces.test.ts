import { runAction } from "../../scripts/run-action";
import { describeSpaces } from "../support/space-suite";

describeSpaces(runAction);
