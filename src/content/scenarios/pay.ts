// Pay bands by company kind and role: median annual total compensation, thousands of USD.
import type { CompanyKind, WorkingRole } from '../../engine/ids';

export const PAY_SOURCE =
  'Approximate US medians of total compensation by level, rounded to $5k, after levels.fyi end-of-year pay ' +
  'reports (2023–2024): big tech = public companies granting RSUs (L4–L8 equivalents); mid-size = other ' +
  'established tech companies; startup = cash pay at Series B–C, equity counted at zero.';

export const STANDARD_PAY_BANDS: Readonly<Record<CompanyKind, Readonly<Record<WorkingRole, number>>>> = {
  startup: {
    intermediate: 135,
    senior: 175,
    staff: 210,
    principal: 245,
    manager: 195,
    'senior-manager': 230,
    director: 275,
    pm: 165,
    'senior-pm': 200,
  },
  'mid-size': {
    intermediate: 150,
    senior: 200,
    staff: 255,
    principal: 310,
    manager: 230,
    'senior-manager': 285,
    director: 350,
    pm: 185,
    'senior-pm': 235,
  },
  'big-tech': {
    intermediate: 230,
    senior: 330,
    staff: 460,
    principal: 620,
    manager: 380,
    'senior-manager': 500,
    director: 680,
    pm: 280,
    'senior-pm': 380,
  },
};
