// Before anything loads graphql: see production-mode.ts.
import "@prisme/common/dist/production-mode";
import { runServiceMain } from "@prisme/common";
import { onisep } from "./definition";

void runServiceMain(onisep, 4001);
