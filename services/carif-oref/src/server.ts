// Before anything loads graphql: see production-mode.ts.
import "@prisme/common/dist/production-mode";
import { runServiceMain } from "@prisme/common";
import { carifOref } from "./definition";

void runServiceMain(carifOref, 4002);
