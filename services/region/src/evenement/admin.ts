import { GraphQLError } from "graphql";
import type { RegionContext } from "../context";

/**
 * Administrators are recognised by the token of the configuration (PRISME_ADMIN_TOKEN), sent as
 * `Authorization: Bearer <token>` (the gateway forwards that header) until accounts exist.
 * Without a configured token nobody is an administrator.
 */
export function exigerAdmin(ctx: RegionContext): void {
  const token = process.env.PRISME_ADMIN_TOKEN;
  if (!ctx.authorization) throw new GraphQLError("This operation needs the administrator role: send Authorization: Bearer <token>.", { extensions: { code: "UNAUTHENTICATED" } });
  if (!token || ctx.authorization !== `Bearer ${token}`) throw new GraphQLError("The administrator role is refused to this token.", { extensions: { code: "FORBIDDEN" } });
}
