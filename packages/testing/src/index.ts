export { startTestService, throwAwayDbName, graphql, type TestService } from "./services";
