import { runServiceMain } from "@prisme/common";
import { rectoratServer } from "./definition";

void runServiceMain(rectoratServer, 4003);
