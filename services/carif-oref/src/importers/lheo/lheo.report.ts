import { ImportReport } from "@prisme/common";

/**
 * The LHEO import's figures: the common ones, plus the organismes of the new or changed offers (an
 * unchanged offer is not even mapped, so neither is its organisme) and the offers withdrawn from a
 * full feed.
 */
export class LheoImportReport extends ImportReport {
  retirees = 0;
  organismes = { created: 0, updated: 0, unchanged: 0 };

  override summary(): string {
    const [first, ...rest] = super.summary().split("\n");
    const o = this.organismes;
    return [`${first}, withdrawn ${this.retirees}`, `  organismes of the new or changed offers: created ${o.created}, updated ${o.updated}, unchanged ${o.unchanged}`, ...rest].join("\n");
  }

  override toJSON() {
    return { ...super.toJSON(), retirees: this.retirees, organismes: this.organismes };
  }
}
