// Before anything loads graphql: see production-mode.ts.
import "@prisme/common/dist/production-mode";
import { runServiceMain } from "@prisme/common";
import { rectorat } from "./definition";

void runServiceMain(rectorat, 4003);
