import { describeSpaces } from "../support/space-suite";
import { runInProcess } from "../support/run-in-process";

describeSpaces(runInProcess);
