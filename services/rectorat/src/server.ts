import { runServiceMain } from "@prisme/common";
import { rectorat } from "./definition";

void runServiceMain(rectorat, 4003);
