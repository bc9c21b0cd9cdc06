// Where a coach's money is earned: which stage is the first payment, and which counts continuing
// clients. Defaults come from each stage's `moneyRoles` in _data/stages.json; the coach may move either
// (a free consultation is not paid). Pure: every page reads the roles through here, never by position.

export const moneyRoles = ["first-payment", "continuing"] as const;
export type MoneyRole = (typeof moneyRoles)[number];

/** What the calculator needs of a stage to find its money roles. */
export interface RoleStage {
  id: string;
  moneyRoles?: readonly string[] | undefined;
}

/** Stage ids holding each role, or "" where no stage holds it. */
export interface RoleIds {
  paid: string;
  continuing: string;
}

/** Stage indexes holding each role, or null where no stage holds it: what the maths reads. */
export interface RoleStages {
  paid: number | null;
  continuing: number | null;
}

/** The roles as stages.json sets them. */
export function defaultRoleIds(stages: readonly RoleStage[]): RoleIds {
  const holder = (role: MoneyRole) => stages.find((stage) => stage.moneyRoles?.includes(role))?.id ?? "";
  return { paid: holder("first-payment"), continuing: holder("continuing") };
}

/** Ids to indexes; an id that names no stage (an old link, a removed stage) holds nothing. */
export function roleStages(stageIds: readonly string[], roles: RoleIds): RoleStages {
  const at = (id: string) => (id === "" ? -1 : stageIds.indexOf(id));
  const paid = at(roles.paid);
  const continuing = at(roles.continuing);
  return { paid: paid < 0 ? null : paid, continuing: continuing < 0 ? null : continuing };
}

/**
 * What one continuing client is worth in all: a fee times how often it is paid (a session fee times
 * the usual number of sessions, or a monthly fee times the usual months).
 */
export function continuingClientValue(fee: number, times: number): number {
  return fee * times;
}
