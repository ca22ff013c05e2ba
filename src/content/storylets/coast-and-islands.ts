// Storylets of the coast of the EMs (manager, senior manager, director), the PM's Archipelago
// (PM, senior PM), and a few events that can reach any working role.
import type { StoryletDef } from '../../engine/schema';

/** Every role still in the industry, for events that can happen to anyone with a job. */
const WORKING = [
  'intermediate',
  'senior',
  'staff',
  'principal',
  'manager',
  'senior-manager',
  'director',
  'pm',
  'senior-pm',
] as const;

export const coastAndIslandsStorylets: readonly StoryletDef[] = [
  // ---------------------------------------------------------------- the coast: manager
  {
    id: 'coast-first-one-on-ones',
    title: 'Seven names on your calendar',
    text: 'Your calendar now holds seven recurring half-hours, each with a name. In the first, Tomasz asks if the reorg rumours are true. In the second, Mei only wants to know who approves her leave now. On Friday you were not yet her manager.',
    source: '001',
    // The time in role always holds on arrival: it makes this the most specific storylet then (StoryletDef.when).
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'move', in: ['go-manager'] }, { kind: 'turns-in-role', max: 0 }],
    options: [
      {
        label: 'Ask each of them where they want to be in two years',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'Mei says no one has asked her that before. You write her answer down and pin it above your desk.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'Tomasz says “your job”, and smiles. You decide to take it as ambition.', effects: [{ kind: 'quality', quality: 'influence', delta: 2 }] },
        ],
      },
      {
        label: 'Keep your feature branch alive and code between meetings',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        later: [
          { afterTurns: 2, text: 'The branch is still open. In skip-levels, two of your reports say you are hard to reach.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -4 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
      {
        label: 'Present a bold plan for the team before anyone asks for one',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 1, text: 'Your director loved the plan. It had nobody’s name in it, and it dies quietly in the next planning cycle.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-kind-and-direct',
    title: 'Kind, and also direct',
    text: 'Anouk is the strongest engineer you manage, and the reason two juniors now ask you their questions in private instead of the team channel. Her reviews are correct and brutal. You care about her, and you have to say something. You have rehearsed it in the shower all week.',
    source: '001',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'turns-in-role', min: 1 }],
    options: [
      {
        label: 'Tell her plainly what her reviews cost, and offer to help',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'She goes quiet, then asks for examples. A month later a junior thanks her in standup.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: 5 }, { kind: 'meter', meter: 'satisfaction', delta: 6 }] },
          { weight: 1, text: 'She hears only the criticism. Her calendar fills with “dentist” appointments.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -4 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Send the whole team a gentle note about review tone',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -2 }],
        later: [
          { afterTurns: 2, text: 'Everyone agrees with the note. Nothing changes. One of the juniors transfers to another team.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -3 }, { kind: 'quality', quality: 'influence', delta: -3 }] },
        ],
      },
      {
        label: 'Take over the juniors’ code reviews yourself',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'technical', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
      },
    ],
  },
  {
    id: 'coast-back-at-the-keyboard',
    title: 'Back at the keyboard',
    text: 'You are an IC again, back on the range. Your laptop needs three hours of updates, the build tool has been renamed twice, and the newest hire reviews your first pull request with enormous tact. Somewhere, a calendar that used to be yours is filling up with someone else’s meetings.',
    source: '001',
    when: [{ kind: 'role', in: ['manager', 'senior', 'staff', 'principal'] }, { kind: 'move', in: ['go-ic'] }],
    options: [
      {
        label: 'Pair with the new hire until the stack feels like yours again',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Volunteer to run sprint planning, since you know how',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
        later: [
          { afterTurns: 2, text: 'You are somehow back in every meeting, minus the title and the budget.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Enjoy one ticket at a time and nobody’s headcount',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'influence', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'coast-one-expert-per-factory',
    title: 'One expert per factory',
    text: 'Joon, your best senior, wants staff. You count the org chart with him: fourteen teams, fourteen managers, two staff engineers, neither leaving. Every line in a plant needs a supervisor each shift; the specialist is called when the machines jam. He asks what you would do.',
    source: '002',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Tell him the odds, and that management has more open doors',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'He leads a team for a quarter and likes it. Your director notes that you grow managers.', effects: [{ kind: 'quality', quality: 'repManagers', delta: 4 }, { kind: 'meter', meter: 'satisfaction', delta: 4 }] },
          { weight: 1, text: 'He hears “give up” and stops bringing you his ideas.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -4 }] },
        ],
      },
      {
        label: 'Help him find an area so deep that nobody else can cover it',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Point him at companies that hire more experts than managers',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
        later: [
          { afterTurns: 3, text: 'Joon is a staff engineer somewhere else now. He still sends you the interesting bugs.', effects: [{ kind: 'quality', quality: 'network', delta: 5 }], followsYou: true },
        ],
      },
    ],
  },
  {
    id: 'coast-editor-wants-update',
    title: 'Your editor wants an update',
    text: 'Stepping up as a manager turns out to mean a headcount doc, a quarterly narrative, eleven slides for your skip-level and a meeting about the slides. On Thursday your code editor asks, again, to install an update from March. You click “later”, as you have every week since March.',
    source: '001',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Write the narrative properly; documents are the job now',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Block Friday afternoons to build a small internal tool',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Hand the slides to a senior as a growth opportunity',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
        outcomes: [
          { weight: 1, text: 'Her slides are better than yours would have been. Your director asks who made them.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: 4 }] },
          { weight: 1, text: 'She names it out loud: your chores, with a bow on them.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-before-ten-on-monday',
    title: 'Before ten on a Monday',
    text: 'By 9:40 you have a resignation in your inbox, a half-finished database migration in the incident channel, and a message from your manager titled “quick chat”. The good weeks on the coast are real. The bad ones arrive without knocking, in groups.',
    source: '003',
    // "The good weeks on the coast are real": a manager who has had some.
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'meter', meter: 'burnout', min: 50 }, { kind: 'turns-in-role', min: 1 }],
    options: [
      {
        label: 'Work all three yourself, in order of smoke',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: 8 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Hand the incident to your on-call senior and trust her',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          { weight: 2, text: 'She handles it, and writes a better postmortem than you would have.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }] },
          { weight: 1, text: 'It drags into the evening, and you are paged anyway.', effects: [{ kind: 'meter', meter: 'burnout', delta: 5 }] },
        ],
      },
      {
        label: 'Cancel every one-on-one this week and breathe',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -8 },
          { kind: 'quality', quality: 'repEngineers', delta: -4 },
        ],
      },
    ],
  },
  {
    id: 'coast-ordinary-one-on-ones',
    title: 'Six one-on-ones a week',
    text: 'The half-year is made of thirty-minute slots. One report wants a promotion, one wants a different team, one wants to talk about anything but work. Your own work is what happens in the gaps, and the gaps are getting smaller.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['manager'] }],
    options: [
      {
        label: 'Ask each report what they would change, and change one thing',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Turn the recurring questions into a team handbook',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Move the slots to two mornings and guard the rest',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'repEngineers', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'coast-ordinary-tuesdays',
    title: 'A half-year of ordinary Tuesdays',
    text: 'Nothing breaks. Nobody quits. You run the same four meetings and unblock the same two dependencies, and at five o’clock you could not name a thing you made today, only the things you stopped from going wrong.',
    source: '001',
    repeatable: true,
    when: [{ kind: 'role', in: ['manager'] }],
    options: [
      {
        label: 'Use the calm to write a growth plan with each report',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Review a few pull requests to stay close to the code',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Leave on time every day, and mean it',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the coast: senior manager
  {
    id: 'coast-career-ladder-guru',
    title: 'The career-ladder guru',
    text: 'You step up, and your job becomes the ladder. You read forty promotion packets, coach three managers through calibration, and explain to a senior why “cross-team impact” is both a checkbox and a real thing. The best hour of your week is when someone wanders in with a query plan.',
    source: '003',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Run calibration tightly and fairly, packet by packet',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Rewrite the ladder so it describes work, not checkboxes',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 3, text: 'Two engineers cite the new ladder in their packets, and for the right reasons.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
        ],
      },
      {
        label: 'Push through every promotion your director favours',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 2, text: 'Half the new titles are struggling a level above where they shone. Next calibration is a wake.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-my-table',
    title: '“Don’t you want a seat at my table?”',
    text: 'You told your director you are staying put: two teams, good people, home by six. She nods, then spends the rest of the one-on-one narrating her own climb with the warmth of a timeshare pitch. Would you not like to be where she is? You glance at her calendar, which has no white in it.',
    source: '003',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Say no, kindly, and mean it',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'quality', quality: 'influence', delta: -2 },
        ],
      },
      {
        label: 'Agree to shadow her staff meeting, just to see',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 1, text: 'The staff meeting is a three-hour forecast review. You nod so much your neck hurts.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Ask her what she misses about running teams herself',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
        ],
        outcomes: [
          { weight: 1, text: 'She talks for twenty minutes about a team she had years ago. She stops pushing.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: -2 }] },
          { weight: 1, text: 'Nothing, she says, a little too fast. The pitch resumes next month.', effects: [{ kind: 'meter', meter: 'burnout', delta: 2 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-same-title-new-job',
    title: 'Same title, different job',
    text: 'The money moved you, and moved you well. At the new company your title covers three teams instead of an org, planning runs on a forty-page levelling guide, and nobody knows what you did last year. Nobody asks, either. Your reputation stayed behind with your badge.',
    source: '003',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Book a coffee with every peer manager in your first month',
        style: 'glue',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Learn the systems your teams own before changing anything',
        style: 'technical',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Ship a visible quick win before the first quarterly review',
        style: 'impress',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 2, text: 'The quick win needs a quiet rewrite. Your teams do it, and remember who asked for the shortcut.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-two-teams-planning',
    title: 'Planning, in three rounds',
    text: 'Round one, every team asks for twice what it will get. Round two, the finance partner asks you to rank them. Round three, the ranking leaks. You spend the half-year explaining a spreadsheet to people who each see only their own row.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['senior-manager'] }],
    options: [
      {
        label: 'Publish the whole ranking, with the reasons',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -1 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Let your managers argue it out and back their answer',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: 1 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Give finance the ranking they expect and go home',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'repManagers', delta: 1 },
          { kind: 'quality', quality: 'repEngineers', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'coast-two-teams-one-roadmap',
    title: 'Two teams, one roadmap',
    text: 'A half-year of headcount spreadsheets and the occasional hallway win. Your managers are mostly fine, your teams mostly ship, and on Thursday you try to remember which of this quarter’s decisions was actually yours.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['senior-manager'] }],
    options: [
      {
        label: 'Hold a skip-level with every engineer, one by one',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Write the org’s strategy doc before someone else does',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Protect your evenings for the whole quarter',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the coast: director
  {
    id: 'coast-director-misses-staff',
    title: 'Four layers from the code',
    text: 'There was a time when an idea of yours reached the code the same week, in a pull request with your name on it. Now you approve budgets and referee promotion cases. Your ideas still reach the code, through four layers of managers and a slide.',
    source: '003',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Step down to run a single group again',
        style: 'steady',
        effects: [
          { kind: 'step-down' },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
      },
      {
        label: 'Write the technical vision yourself, one long document',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
      },
      {
        label: 'Accept that the layers are the job, and get good at them',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'coast-nineteen-services',
    title: 'Nineteen services and one book',
    text: 'Stepping up hands you a second org, and a tour of it. One tech lead has read a single book on microservices and applied every chapter: the booking form now spans nineteen services, four queues and a saga. The velocity chart looks like a ski slope. The whole team is watching your face.',
    source: '003',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Send a staff engineer in to review it before you decide',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          { weight: 2, text: 'The review is gentle and devastating. The tech lead proposes the merge himself.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }, { kind: 'quality', quality: 'influence', delta: 2 }] },
          { weight: 1, text: 'The review turns into a turf war that eats the whole quarter.', effects: [{ kind: 'meter', meter: 'burnout', delta: 5 }, { kind: 'quality', quality: 'repManagers', delta: -3 }] },
        ],
      },
      {
        label: 'Replace the tech lead and order the services merged',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: -6 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Leave it alone; it is their system and their lesson',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
        later: [
          { afterTurns: 3, text: 'The booking outage makes the all-hands slide, with your name on the org chart above it.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -6 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-competent-enough-to-arrive',
    title: 'Competent enough to arrive',
    text: 'Every skill that got you this job is now someone else’s job. You are excellent at the parts you no longer do and merely adequate at budgets, politics and the board deck. You wake at four with a forecast in your head. There is an old name for this, and lately you have been looking it up.',
    source: '003',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'meter', meter: 'satisfaction', max: 40 }],
    options: [
      {
        label: 'Ask to go back to senior manager, where you were good',
        style: 'steady',
        effects: [
          { kind: 'step-down' },
          { kind: 'meter', meter: 'satisfaction', delta: 8 },
          { kind: 'meter', meter: 'burnout', delta: -8 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
        ],
      },
      {
        label: 'Hire a coach and learn the new job on purpose',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 2, text: 'The coach mostly asks questions. By spring the board deck takes you half a day, not a week.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 6 }, { kind: 'quality', quality: 'influence', delta: 3 }] },
        ],
      },
      {
        label: 'Work longer hours until the job fits',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 9 },
        ],
        later: [
          { afterTurns: 1, text: 'Your VP praises your commitment. You cannot remember your last free weekend.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }] },
        ],
      },
    ],
  },
  {
    id: 'coast-budget-season',
    title: 'Budget season, again',
    text: 'Budget season, then planning season, then a season mostly about next year’s budget for planning. Your org ships. Your name appears on slides you did not make, above work you did not build, which, you are assured, is the point of you.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['director'] }],
    options: [
      {
        label: 'Walk the floor and ask engineers what is actually slow',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Polish the org’s story for the executive review',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'By the next review the executives have a new favourite org.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Take the week off you keep moving to next month',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the archipelago: PM
  {
    id: 'isle-landfall',
    title: 'Landfall on the islands',
    text: 'You made the crossing. Week one as a PM: a roadmap with three items marked “urgent”, a sales lead who calls a feature “table stakes”, and your old team’s channel, which you now read as a guest. Everyone assumes you will take the engineers’ side. So do you.',
    source: '004',
    // The time in role always holds on arrival: it makes this the most specific storylet then (StoryletDef.when).
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'move', in: ['go-pm'] }, { kind: 'turns-in-role', max: 0 }],
    options: [
      {
        label: 'Spend the week on customer calls before touching the roadmap',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Rank the roadmap yourself tonight and publish it',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 1, text: 'Sales discovers where their item ranked. The honeymoon ends in one meeting.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repManagers', delta: -2 }] },
        ],
      },
      {
        label: 'Sit with your old team and help size the backlog',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 1 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'isle-now-you-clap',
    title: 'Now you are the one clapping',
    text: 'Leon shipped the pricing banner in an afternoon and you wrote “legend” in the team channel. Tamsin spent nine days cornering a race in the invoice job and you wrote “thanks!” Your praise now tracks what users can see. You know exactly how that feels from the other side.',
    source: '000',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 1 }],
    options: [
      {
        label: 'Keep the praise flowing to whoever ships fastest',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
        ],
        later: [
          { afterTurns: 2, text: 'The team learns to slice work so it looks fast. The invoice race comes back in a new shape.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }] },
        ],
      },
      {
        label: 'Make the case for Tamsin’s fix to her manager, out of earshot',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Ask Tamsin to walk you through the race, line by line',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'isle-is-that-a-one-liner',
    title: 'Is that really a one-liner?',
    text: 'An engineer sizes the export feature at three sprints. Once you would have known in five minutes whether that was padding or prudence. Now you open the repository, recognise the folder names, and close it again. Your product sense is sharp; your engineering edge is going soft.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Spend weekends on a side project to keep your hands warm',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
      },
      {
        label: 'Trust the estimate; judging code is no longer your job',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'technical', delta: -3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
      {
        label: 'Challenge the estimate on instinct in front of the team',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'The engineer shows you the legacy CSV code. You apologise at the retro.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
          { weight: 1, text: 'It was padded. They ship in one sprint and stop padding for you, and stop confiding in you.', effects: [{ kind: 'quality', quality: 'influence', delta: 2 }, { kind: 'quality', quality: 'repEngineers', delta: -2 }] },
        ],
        later: [
          { afterTurns: 1, text: 'Your director liked the pace. The team’s retro notes are shorter and colder.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'isle-queue-nobody-mentioned',
    title: 'The queue nobody mentioned',
    text: 'Sales wants real-time sync for the biggest account, and the team says two quarters. You remember the event queue you helped build, sitting half-used behind billing. A PM who never wrote code would not know it exists. For once, your old skills look like an unfair advantage.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'quality', quality: 'technical', min: 55 }],
    options: [
      {
        label: 'Propose a cheap version on the queue, trade-offs in writing',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Mention the queue to the tech lead and let the team propose it',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Design the whole integration yourself over a weekend',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        outcomes: [
          { weight: 1, text: 'It works, and the engineers resent being handed a finished design by their PM.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'quality', quality: 'repManagers', delta: 4 }] },
          { weight: 1, text: 'The tech lead spots a flaw in ten minutes. You are further out of date than you thought.', effects: [{ kind: 'quality', quality: 'technical', delta: 2 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'isle-current-has-opinions',
    title: 'The current has opinions',
    text: 'You swam back toward engineering with your old editor config and a list of languages you once knew. The interview panel asked about a framework that shipped after you left, and the sea did the rest. You wake on the island beach, still a PM, sand in your laptop, roadmap review at ten.',
    source: '004',
    when: [{ kind: 'role', in: ['pm', 'senior-pm'] }, { kind: 'move', in: ['go-ic'] }],
    options: [
      {
        label: 'Rebuild your chops properly: a course, a project, a plan',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
        later: [
          { afterTurns: 3, text: 'You pass a mock system design with an old colleague. The water looks calmer from here.', effects: [{ kind: 'quality', quality: 'technical', delta: 3 }, { kind: 'quality', quality: 'network', delta: 3 }] },
        ],
      },
      {
        label: 'Make peace with the island and get excellent at product',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -3 },
        ],
      },
      {
        label: 'Take a long weekend and stop thinking about swimming',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'isle-another-launch-review',
    title: 'The launch review',
    text: 'A feature you specified goes out on Thursday. On Friday the numbers are flat, and everyone in the review looks at you, the one who said it would move them. An engineer asks a question about the data pipeline that a year ago you could have answered yourself.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['pm'] }],
    options: [
      {
        label: 'Dig into the pipeline with the engineer until you know why',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Call five customers and ask them what they did instead',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
      },
      {
        label: 'Call it a learning and move to the next bet',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'repManagers', delta: 1 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'isle-another-roadmap-quarter',
    title: 'Another roadmap quarter',
    text: 'You write the quarter’s one-pager, defend it in three reviews, trim it in a fourth and ship most of it. Customers mostly like it. The engineers mostly forgive you. You have not opened a terminal since spring, and you have stopped noticing that you haven’t.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['pm'] }],
    options: [
      {
        label: 'Sit in on a customer support shift',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
      },
      {
        label: 'Read the team’s design docs properly, not skimmed',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Log off at six and leave the backlog to itself',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the archipelago: senior PM
  {
    id: 'isle-customer-who-is-a-roadmap',
    title: 'The customer who is a roadmap',
    text: 'Stepping up makes you owner of a product line, whose largest customer is a fifth of its revenue. Their CTO sends a wishlist titled “Q3 commitments”. Three items fit your strategy. Nine would make a bespoke product with your logo on it. Sales has already said “likely”.',
    source: '002',
    when: [{ kind: 'role', in: ['senior-pm'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Commit to the three that fit and decline the rest in person',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 6 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        outcomes: [
          { weight: 2, text: 'They grumble, and they renew.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'They escalate to your CEO, who backs you after a long week of meetings.', effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 3 }] },
        ],
      },
      {
        label: 'Say yes to all twelve and let engineering work out how',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: -5 },
        ],
        later: [
          { afterTurns: 2, text: 'Half of the twelve ship late. The customer remembers the yes, not the effort.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }] },
        ],
      },
      {
        label: 'Ask the architects for the cheapest core that serves all twelve',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'isle-very-encouraging-pm',
    title: 'Your junior PM is very encouraging',
    text: 'Kasia, a PM you manage, has one engineer shipping nights and weekends on the strength of her compliments. In calibration you hear her call that same engineer “fast, but shallow”. This once happened to you. You remember precisely how long the warm feeling lasted.',
    source: '000',
    when: [{ kind: 'role', in: ['senior-pm'] }, { kind: 'turns-in-role', min: 1 }],
    options: [
      {
        label: 'Coach Kasia to back people where they cannot hear it',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'She is embarrassed, then better. The engineer gets a fair review.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'She nods and changes nothing but her phrasing in calibration.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }] },
        ],
      },
      {
        label: 'Speak up for the engineer in calibration yourself',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
      },
      {
        label: 'Stay out of it; her delivery numbers are excellent',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
        later: [
          { afterTurns: 2, text: 'The engineer burns out and leaves. The team’s throughput drops by a third, and Kasia asks for headcount.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'isle-one-of-sixty',
    title: 'One of sixty senior PMs',
    text: 'The pay jump is real: a public company, quarterly vesting, refreshers on top. The job is smaller. At your old place you chose what got built; here you own the settings page of one product among forty, and the doc titled “PM principles” is longer than your last strategy.',
    source: '003',
    when: [{ kind: 'role', in: ['senior-pm'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Enjoy the vesting schedule and do the settings page well',
        style: 'steady',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'influence', delta: -2 },
        ],
      },
      {
        label: 'Work the PM org’s lunch tables to find bigger scope',
        style: 'impress',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 2, text: 'The bigger scope you found is one reorg from vanishing, and then it does.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Negotiate an early refresher with a competing offer',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'pay', percent: 8 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
    ],
  },
  {
    id: 'isle-steering-portfolio',
    title: 'The portfolio review',
    text: 'Twice a year you defend every bet on your product line to people who will remember only the two that failed. You know the numbers better than anyone in the room. What you no longer know is how any of it is built, and the engineers have stopped expecting you to.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['senior-pm'] }],
    options: [
      {
        label: 'Kill your own weakest bet before anyone else can',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Ask the tech lead to walk you through the architecture',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Defend everything, as the slides intended',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'isle-steering-by-quarters',
    title: 'Steering by quarters',
    text: 'Your product line has a strategy, three PMs and a forecast everyone agrees to disbelieve. The half-year goes by in reviews. Engineers call you when something is politically stuck and never when something is technically interesting, which tells you roughly where you now stand.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['senior-pm'] }],
    options: [
      {
        label: 'Spend a week with customers instead of dashboards',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
          { kind: 'quality', quality: 'technical', delta: -1 },
        ],
      },
      {
        label: 'Coach your PMs through their first hard no',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Take the quiet month and recharge',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- any working role
  {
    id: 'any-the-reorg-memo',
    title: 'The reorg memo',
    text: 'A Tuesday memo redraws the boxes. Your skip-level, the partner who called your last launch “a game changer”, and the team you were helping all land somewhere else. By Friday that partner is praising a new team in its channel. Goodwill earned upward, it turns out, does not forward to a new address.',
    source: '000',
    when: [{ kind: 'role', in: WORKING }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Write a crisp summary of your work for your new chain',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'Your new director reads the summary once, says “great context”, and files it.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Lean on the engineers who saw your work up close',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Keep your head down until the boxes stop moving',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'influence', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'any-recruiter-missed-memo',
    title: 'A recruiter who missed the memo',
    text: 'You decided this half-year to want less. A recruiter from a public company with a very generous stock plan did not get the message. She says the RSU number slowly, so it lands, and does not yet say at which level they would hire you. She can talk tomorrow. Or tonight, if that suits.',
    source: '003',
    when: [{ kind: 'role', in: WORKING }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Take the call, and then the offer',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Use the offer to ask your company for a raise',
        style: 'pay',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          { weight: 2, text: 'They match most of it, with a face you will see again at review time.', effects: [{ kind: 'pay', percent: 8 }] },
          { weight: 1, text: 'They thank you for your candour and match nothing.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Say no; you meant it about wanting less',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'any-sabbatical-offer',
    title: 'Three months, unpaid, no questions',
    text: 'HR, apparently reading your calendar, mentions the sabbatical policy: three months unpaid, your seat held. Your doctor used a word on Tuesday that you have been avoiding since. Your manager says “of course” in the voice of someone silently redoing a roadmap.',
    source: '000',
    // Any role (someone out of the industry plays no more half-years), but not straight after the
    // sabbatical a long stay took (long-stays.ts), which its return storylet ends: two conditions, so
    // it competes in the tier it always has.
    when: [{ kind: 'meter', meter: 'burnout', min: 70 }, { kind: 'flag', flag: 'story:stay-sabbatical', is: false }],
    options: [
      {
        label: 'Take the three months and switch your phone off',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -25 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'quality', quality: 'initiative', delta: -5 },
        ],
      },
      {
        label: 'Decline, and quietly cut your hours back instead',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -8 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Push through to the next milestone first',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
        later: [
          { afterTurns: 1, text: 'The milestone ships. Nobody mentions it a week later, and the word your doctor used is back.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Walk away from the industry for good',
        style: 'rest',
        effects: [{ kind: 'leave-industry' }],
      },
    ],
  },
  {
    id: 'any-old-crew-dinner',
    title: 'Dinner with the old crew',
    text: 'Six people from your first real team, now at four companies, meet for dumplings. One has a migration horror story, one just got promoted, one quit to build furniture. For two hours, people who know what a flaky integration test feels like ask how your work is really going.',
    source: '000',
    when: [{ kind: 'role', in: WORKING }, { kind: 'quality', quality: 'network', min: 20 }],
    options: [
      {
        label: 'Share your real wins and losses, not the highlight reel',
        style: 'rest',
        effects: [
          { kind: 'quality', quality: 'network', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
      },
      {
        label: 'Offer to organise the dinner every quarter from now on',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'network', delta: 7 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 2, text: 'Six calendars are a job of their own. Two dinners happen, and both are excellent.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }], followsYou: true },
        ],
      },
      {
        label: 'Skip it to finish the planning doc your boss wants',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'quality', quality: 'network', delta: -2 },
        ],
        later: [
          { afterTurns: 1, text: 'Nobody remembers the planning doc. The group chat is full of photos you are not in.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }], followsYou: true },
        ],
      },
    ],
  },
  {
    id: 'any-four-questions',
    title: 'Four questions over coffee',
    text: 'Solveig, who mentored you years ago, does what she does every half-year: four questions, no small talk. Are you learning? Do you look forward to Mondays? Who there would you call at 2 a.m.? What is different because you showed up? You answer two at once and stir your coffee through the rest.',
    source: '002',
    when: [{ kind: 'role', in: WORKING }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Admit which two you could not answer, and change one thing',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -4 },
        ],
      },
      {
        label: 'Answer all four with your promotion case',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 1, text: 'The rehearsed answers sound thinner on the train home, and thinner still a month later.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }], followsYou: true },
        ],
      },
      {
        label: 'Sign up to learn one hard new thing this half-year',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
];
