import { runServiceMain } from "@prisme/common";
import { region } from "./definition";

void runServiceMain(region, 4004);
