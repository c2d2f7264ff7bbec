// Before anything loads graphql: see production-mode.ts.
import "@prisme/common/dist/production-mode";
import { runServiceMain } from "@prisme/common";
import { region } from "./definition";

void runServiceMain(region, 4004);
