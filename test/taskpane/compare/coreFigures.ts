/** What the core computes for one scenario: the figures the comparison sheet must show. */
import {
  capHeadroom,
  contiguous,
  labourForce,
  meetsMinimum,
  memberPayments,
  paymentCap,
  shortfall,
  staffAllocation,
  staffNeeded,
  subsidyAllocation,
  type Result,
} from "../../../src/core";
import type { PlanInputs } from "../../../src/taskpane/sheet/PlanInputs";

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

export function coreFigures(p: PlanInputs) {
  const M = p.members;
  const lf = M.map((m) => m.labourForce);
  const subsidies = value(
    subsidyAllocation(
      p.amount,
      M.map((m) => m.workingAge),
      M.map((m) => m.unemployed),
      p.workingAgeWeight
    )
  );
  const totals = [0, 1, 2].map((j) => M.reduce((a, m) => a + m.clients[j], 0));
  const needed = value(staffNeeded(totals, [...p.targets])) as number[];
  return {
    memberCount: M.length,
    labourForce: value(labourForce(lf)),
    meetsMinimum: value(meetsMinimum(lf, p.minimum)),
    shortfall: value(shortfall(lf, p.minimum)),
    contiguous: value(contiguous(M.map((m) => m.code))),
    subsidies,
    paymentCap: value(paymentCap(subsidies, p.capRatio)),
    headroom: value(capHeadroom(p.budget, subsidies, p.capRatio)),
    payments: value(memberPayments(p.budget, subsidies, p.capRatio)),
    staffNeeded: needed,
    staffTotal: needed.reduce((a, b) => a + b, 0),
    split: value(
      staffAllocation(
        p.transferFte,
        M.map((m) => m.clients[0] + m.clients[1] + m.clients[2]),
        0.1
      )
    ),
  };
}
