import { run } from "./action/run";

void run();
