export { startTestService, throwAwayDbName, graphql, type TestService } from "./services";
export { sharedData } from "./shared-data";
