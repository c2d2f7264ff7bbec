import { runServiceMain } from "@prisme/common";
import { carifOref } from "./definition";

void runServiceMain(carifOref, 4002);
