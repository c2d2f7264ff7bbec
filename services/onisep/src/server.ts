import { runServiceMain } from "@prisme/common";
import { onisep } from "./definition";

void runServiceMain(onisep, 4001);
