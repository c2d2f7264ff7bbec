export { startTestService, throwAwayDbName, graphql, type TestService } from "./services";
export { sharedData } from "./shared-data";
export { recordCommands, readPathViolation, operationsOf, checkReadPath, type Samples, type FieldOperation, type RecordedCommand } from "./read-path";
export { readStored, allStored } from "./stored";
export { refusalProblems, REFUSAL_MAX_CHARS } from "./refusals";
