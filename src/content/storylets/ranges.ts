// The Senior's Ranges: storylets for senior, staff and principal ICs on the frontend and backend ranges.
import type { StoryletDef } from '../../engine/schema';

export const rangesStorylets: readonly StoryletDef[] = [
  // ---------------------------------------------------------------- senior
  {
    id: 'range-staff-mentor',
    title: 'Coffee with a staff engineer',
    text: "You ask your manager to pair you with a staff engineer. Odile brings her old promotion packet to the first coffee: two pages about code she wrote, nine about problems nobody had asked her to solve. She slides it across and says, \"Read the nine.\"",
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Bring her the cross-team design problem you keep circling',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Odile mentions your design in a planning meeting you were not in. Someone you have never met asks to read it.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 4 }, { kind: 'quality', quality: 'repManagers', delta: 3 }],
          },
        ],
      },
      {
        label: 'Ask her to introduce you to the teams she works across',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Decide after one coffee that her job is mostly meetings',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: -2 }],
      },
    ],
  },
  {
    id: 'range-sponsorship-programme',
    title: 'The sponsorship programme',
    text: 'Engineering launches a sponsorship programme: Tuesday workshops, a staff sponsor each, and a closing panel. Four staff engineers disagree about everything except one point: not one of them got there by finishing only the tickets they were handed.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Join, and pitch your side project to your sponsor',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'The cohort ends, your sponsor moves on to the next one, and the warm feedback stops as suddenly as it started.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Volunteer to run the cohort’s sessions and notes',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Skip it and keep your calendar for the code',
        style: 'steady',
        effects: [{ kind: 'quality', quality: 'technical', delta: 2 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
      },
    ],
  },
  {
    id: 'range-initiative-hours',
    title: 'Two hours nobody asked for',
    text: 'You block nine to eleven every morning for a thing no one assigned: a tool that replays the flaky integration suite until it confesses. To your manager, your calendar now shows a person who starts work at eleven.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Guard the block and demo the tool at quarter end',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 8 },
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'Two other teams adopt the tool within a month. Your manager asks whether you need more than two hours.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 5 }, { kind: 'quality', quality: 'initiative', delta: 3 }],
          },
          {
            weight: 2,
            text: 'It works beautifully. The demo lands in launch week and four people come, one of them by mistake.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Agree a time budget with your manager before you start',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Give the mornings back to the sprint',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'initiative', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-impostor-alignment',
    title: 'Convincing people who outrank you',
    text: 'Your proposal needs three teams to change how they deploy. None of them report to you. In the alignment meeting a director asks a question you cannot answer, and for the rest of the hour you feel like someone in an engineer costume.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'quality', quality: 'initiative', min: 20 }],
    options: [
      {
        label: 'Send the answer in writing with a smaller first step',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 6 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'The director replies with one word, "reasonable", which from her is a parade.',
            effects: [{ kind: 'quality', quality: 'repManagers', delta: 4 }],
          },
          {
            weight: 1,
            text: 'Silence. Two weeks later the same idea appears in her team’s roadmap, unattributed.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Ship it with the one team lead who already likes it',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Let the proposal quietly lapse',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
          { kind: 'quality', quality: 'initiative', delta: -5 },
        ],
      },
    ],
  },
  {
    id: 'range-committee-denied',
    title: 'Already doing the job',
    text: 'The committee reads your packet and writes: "staff-level scope not yet demonstrated." You had thought the work in it was exactly that. Your manager calls it a calibration issue, looks at the floor, and promises next cycle.',
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['step-up'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Ask for the gaps in writing and go another cycle',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Next cycle the committee has two new members, who have opinions about the word "scope".',
            belongsToRole: true,
            effects: [{ kind: 'meter', meter: 'burnout', delta: 3 }, { kind: 'quality', quality: 'repManagers', delta: 3 }],
          },
        ],
      },
      {
        label: 'Show the packet to recruiters and learn what it is worth',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'A public company with stock hires you as a senior, on a grant that makes the title matter less. The committee never finds out.',
            effects: [{ kind: 'change-employer', company: 'big-tech' }, { kind: 'meter', meter: 'satisfaction', delta: 3 }],
          },
          {
            weight: 1,
            text: 'You show one offer to your manager. A retention bump appears that the band said was impossible.',
            effects: [{ kind: 'pay', percent: 8 }, { kind: 'quality', quality: 'repManagers', delta: -2 }],
          },
        ],
      },
      {
        label: 'Stop doing the staff job on a senior salary',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'initiative', delta: -6 },
          { kind: 'quality', quality: 'influence', delta: -2 },
          { kind: 'flag', flag: 'story:denied-staff', set: true },
        ],
      },
    ],
  },
  {
    id: 'range-rsu-recruiter',
    title: 'The recruiter with a vesting schedule',
    text: 'A recruiter from a public company sends a spreadsheet before the intro call. The title is senior, same as yours. The four-year RSU column alone is more than your friend the principal, at a shop without stock, earns in salary.',
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Take the offer and the same title somewhere bigger',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: -5 },
          { kind: 'quality', quality: 'repEngineers', delta: -4 },
        ],
      },
      {
        label: 'Bring the spreadsheet to your manager and negotiate',
        style: 'pay',
        effects: [{ kind: 'stay-put' }, { kind: 'quality', quality: 'network', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'Your manager matches most of it, and looks at you afterwards like you brought a lawyer to dinner.',
            effects: [{ kind: 'pay', percent: 10 }, { kind: 'quality', quality: 'repManagers', delta: -3 }],
          },
          {
            weight: 1,
            text: '"The band is the band." You keep your job and lose a little of your affection for it.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Decline; you like the people and the code you own',
        style: 'steady',
        effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'quality', quality: 'repEngineers', delta: 2 }],
      },
    ],
  },
  {
    id: 'range-higher-paying-senior',
    title: 'The next rung is sideways',
    text: 'You are a senior at a public company with quarterly vesting, and your inbox has changed. Companies that ignored you three years ago ask how soon you can start. The step beyond senior, it turns out, may be a better-paid senior job.',
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['chase-pay'] }, { kind: 'company', in: ['big-tech'] }],
    options: [
      {
        label: 'Hop to the best-paid senior offer in the pile',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'pay', percent: 6 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
        ],
      },
      {
        label: 'Stay, let the grant vest, and enjoy the work',
        style: 'steady',
        effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: -3 }],
      },
      {
        label: 'Start the long climb toward staff right here',
        style: 'technical',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
    ],
  },
  {
    id: 'range-dont-you-want',
    title: '"Don\'t you want to be like me?"',
    text: 'In your one-on-one you say you would like to keep doing this: the code, the team, the hard bugs. Your manager smiles as if you misheard him. "Don\'t you want to be like me?" He has eleven reports and a calendar the colour of a bruise.',
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Say no, kindly, and describe what you do want',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'flag', flag: 'story:said-no-to-ladder', set: true },
        ],
      },
      {
        label: 'Agree to shadow him for a quarter, to be polite',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Find a smaller company where seniors answer to the CTO',
        style: 'steady',
        effects: [
          { kind: 'change-employer', company: 'startup' },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-greybeard',
    title: 'The greybeard at the next desk',
    text: 'Bram has been a senior here for eleven years. He ignores the roadmap’s fashions, fixes what he thinks matters and leaves at five. His pay stopped keeping up around the second re-org. He is, irritatingly, the happiest person on the floor.',
    source: '000',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['opt-out'] }, { kind: 'quality', quality: 'technical', min: 60 }],
    options: [
      {
        label: 'Ask Bram how he decides what matters',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
        ],
      },
      {
        label: 'Adopt his hours and his indifference to the roadmap',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -7 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'flag', flag: 'story:greybeard', set: true },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Review season: "meets expectations", and the smallest raise on the team. You find you mind less than you expected.',
            belongsToRole: true,
            effects: [{ kind: 'pay', percent: -2 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
          },
        ],
      },
      {
        label: 'Volunteer for the VP’s launch to prove you still climb',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The VP thanks you with a party-popper emoji. By the next all-hands the launch is a bullet point.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
    ],
  },
  {
    id: 'range-part-time',
    title: 'Four days a week',
    text: 'Your manager, who has noticed the 1 a.m. commits, floats something HR has quietly approved twice: four days a week, pay pro-rata, same title. No one above senior has ever taken it. You suspect that is not a coincidence.',
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['opt-out'] }, { kind: 'meter', meter: 'burnout', min: 45 }],
    options: [
      {
        label: 'Take the four-day week and the pay cut',
        style: 'rest',
        effects: [
          { kind: 'pay', percent: -15 },
          { kind: 'meter', meter: 'burnout', delta: -12 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'flag', flag: 'story:part-time', set: true },
        ],
      },
      {
        label: 'Decline, but resign from the two committees you sit on',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'quality', quality: 'glue', delta: -4 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Decline; your initiative needs the fifth day',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'range-pm-praise',
    title: 'The PM who adores you',
    text: 'Calla, your PM, puts a rocket under every merge and calls you "my closer" in standup. Then calibration comes round, and you learn she told the committee you are "fantastic at execution, not yet strategic."',
    source: '000',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'quality', quality: 'repManagers', min: 45 }],
    options: [
      {
        label: 'Keep closing her tickets fast; the praise is nice',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'Another quarter of rockets. You notice you have stopped looking forward to them.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }],
          },
        ],
      },
      {
        label: 'Ask her directly what "strategic" would look like',
        style: 'glue',
        effects: [{ kind: 'quality', quality: 'influence', delta: 3 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'She is startled, then specific. You get a seat in roadmap planning next quarter.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 4 }, { kind: 'quality', quality: 'repManagers', delta: 3 }],
          },
          {
            weight: 1,
            text: '"Just keep doing what you do!" That is, you realise, the whole answer.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }, { kind: 'quality', quality: 'repManagers', delta: -2 }],
          },
        ],
      },
      {
        label: 'Spend the quarter on the bug only engineers will notice',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-glue-is-the-job',
    title: 'Glue is in the job description now',
    text: 'The senior ladder has a line you skimmed: "makes the team better beyond their own code." The incident runbook is a wiki page from four reorganisations ago. At your level this kind of work is no longer a trap. It is part of the job.',
    source: '004',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'quality', quality: 'glue', max: 25 }],
    options: [
      {
        label: 'Write the incident-severity RFC and run its review',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 7 },
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Build a bot that posts incident updates to other departments',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Leave process to the managers and keep shipping',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'satisfaction', delta: 2 }, { kind: 'quality', quality: 'influence', delta: -3 }],
      },
    ],
  },
  {
    id: 'range-onboarding-wave',
    title: 'Three new hires on Monday',
    text: 'Three engineers start on Monday and your manager asks if you will "own onboarding". The last new hire spent his first fortnight waiting for access to the build, and told nobody because he thought it was a test.',
    source: '004',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', max: 2 }],
    options: [
      {
        label: 'Line up paired tickets and a small starter project',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Pair with one of them and hand the others a checklist',
        style: 'steady',
        effects: [{ kind: 'quality', quality: 'repEngineers', delta: 2 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
      },
      {
        label: 'Say you are heads-down on the hard refactor',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'quality', quality: 'glue', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'range-senior-checkin',
    title: 'Four questions in the car park',
    text: 'Sitting in the car before going in, you run the half-yearly questions on yourself: learning, looking forward to the day, connected, making an impact. You notice how long each answer takes, and that the longest is about the dashboard nobody opens. You switch the engine off and sit a minute more.',
    source: '002',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'meter', meter: 'satisfaction', max: 40 }],
    options: [
      {
        label: 'Ask to move to the team whose problems you keep solving',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: -3 },
        ],
      },
      {
        label: 'Run a six-month trial as an acting manager; it can be undone',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Start interviewing elsewhere',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 5 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'A mid-size company with an interesting problem makes you an offer. You take it.',
            effects: [{ kind: 'change-employer', company: 'mid-size' }, { kind: 'meter', meter: 'satisfaction', delta: 6 }],
          },
          {
            weight: 1,
            text: 'Every interview is the same job with a different logo. You stay, a little clearer about why.',
            effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 1 }],
          },
        ],
      },
    ],
  },
  {
    id: 'range-be-orphan-migration',
    title: 'The migration nobody owns',
    text: 'The orders table has 900 million rows, three soft-delete conventions and a column called status2. Everyone agrees it must move to the new schema. Nobody’s quarterly goals say so. You could make it yours.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'region', in: ['backend-range'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Write the plan and build the dual-write yourself',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 6 },
          { kind: 'quality', quality: 'initiative', delta: 7 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'Backfill done, zero downtime, one very quiet cutover night. Two staff engineers ask how you did it.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 6 }, { kind: 'quality', quality: 'influence', delta: 4 }],
          },
          {
            weight: 1,
            text: 'A backfill job locks the table at lunchtime on a Friday. You write that postmortem too.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 5 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Pitch it to the three owning teams and split the work',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 6 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Add it to the tech-debt list and move on',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'satisfaction', delta: 1 }, { kind: 'meter', meter: 'burnout', delta: -2 }],
      },
    ],
  },
  {
    id: 'range-fe-bundle-diet',
    title: 'Fifty milliseconds off checkout',
    text: 'The checkout bundle weighs 2.3 MB, and the profiler shows a whole date library loaded to format one timestamp. Fixing it is a week of dull, invisible work that a million sessions a day would feel and nobody would thank you for.',
    source: '004',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'region', in: ['frontend-range'] }],
    options: [
      {
        label: 'Do the week and post the before-and-after flame graphs',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Ship the PM’s new promo banner early instead',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The banner comes down when the campaign ends. The bundle is now 2.4 MB.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Add a bundle-size budget to CI for every frontend team',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'range-senior-quiet',
    title: 'A half-year of good work',
    text: 'No launches, no fires. You review pull requests, answer questions in the team channel before anyone has to ask twice, and fix the flaky test everyone had learned to re-run. It is a good job, and you are good at it.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }],
    repeatable: true,
    options: [
      {
        label: 'Keep the rhythm and go home on time',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }, { kind: 'meter', meter: 'burnout', delta: -3 }],
      },
      {
        label: 'Spend the slack on a small initiative of your own',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Have lunch with old colleagues from two jobs ago',
        style: 'rest',
        effects: [{ kind: 'quality', quality: 'network', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: -1 }],
      },
    ],
  },

  // ---------------------------------------------------------------- staff
  {
    id: 'range-reorg',
    title: 'The re-org slide',
    text: 'A slide with new boxes. Your scope shrinks from five teams to two, and the quarterly planning you used to shape now happens in a meeting you are not invited to. Same title, same pay, about a third of the job. HR calls it focus.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Go deep with the two teams you kept',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Lobby the new director for a seat at planning',
        style: 'impress',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: 5 }],
        outcomes: [
          {
            weight: 1,
            text: 'She adds you to the invite. It is a two-hour meeting, every week, and you are on it.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 6 }],
          },
          {
            weight: 1,
            text: '"Let\'s revisit after the dust settles." The dust does not settle.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Call back the startup CTO who tried to hire you last year',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'startup' },
          { kind: 'quality', quality: 'network', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
    ],
  },
  {
    id: 'range-microservices-book',
    title: 'One book on microservices',
    text: 'You take on a team whose tech lead, Rufus, has read one book on microservices. Four engineers run fourteen services, a mesh, and a saga for changing a user’s email address. Rufus is very proud. It may be past saving.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Sit with Rufus and redraw the boundaries together',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'He argues for a month, then merges nine services himself and gives a lunch talk about it.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 4 }, { kind: 'quality', quality: 'repEngineers', delta: 5 }],
          },
          {
            weight: 1,
            text: 'He hears "your design is wrong" and transfers out. The team exhales; you do not feel great.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }, { kind: 'quality', quality: 'glue', delta: 3 }],
          },
        ],
      },
      {
        label: 'Write the architecture decision and have his manager enforce it',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: -5 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Leave it; it mostly works and it is not your fire',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }, { kind: 'quality', quality: 'influence', delta: -4 }],
      },
    ],
  },
  {
    id: 'range-proposals-and-diagrams',
    title: 'Paid to draw boxes',
    text: 'Your third proposal this quarter has the best diagrams anyone has seen. Every senior agrees with it. No manager will free up people to build it. You begin to suspect your job is to produce documents that make meetings feel productive.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'quality', quality: 'influence', max: 60 }],
    options: [
      {
        label: 'Build the first slice yourself to prove it works',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
      },
      {
        label: 'Take it to the director and ask for headcount',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The director loved it in the meeting. The headcount went to a launch with a press release.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Ask about the open manager role, where the people are',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'flag', flag: 'story:eyeing-management', set: true },
        ],
      },
    ],
  },
  {
    id: 'range-cant-go-back',
    title: 'A door that opens one way',
    text: 'You miss the you who took a ticket, shut the door and came out with working code. But you have seen how requirements get made now, and you cannot unsee it. Going back to senior here would feel like a demotion everyone watched.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'flag', flag: 'cant-go-back', is: true }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Ask your director, openly, to step you back to senior',
        style: 'steady',
        effects: [
          { kind: 'step-down' },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
      },
      {
        label: 'Leave for a senior job where nobody knew you as staff',
        style: 'pay',
        effects: [
          { kind: 'step-down' },
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: -6 },
        ],
      },
      {
        label: 'Stay, and learn to like the view from here',
        style: 'glue',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
    ],
  },
  {
    id: 'range-peter-principle',
    title: 'Competent enough to get it',
    text: 'A colleague lends you a battered paperback about the Peter principle: people rise until they reach a job they are not good at, and there they stay. You read it in one sitting and recognise the staff engineer in chapter two. Far too well.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'meter', meter: 'satisfaction', max: 35 }],
    options: [
      {
        label: 'Work with a coach on the parts of the job you are bad at',
        style: 'people',
        effects: [{ kind: 'quality', quality: 'influence', delta: 6 }, { kind: 'meter', meter: 'burnout', delta: 3 }],
        later: [
          {
            afterTurns: 2,
            text: 'You run a contentious design review without rehearsing it in the shower first. Small, but new.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }],
            followsYou: true,
          },
        ],
      },
      {
        label: 'Step down to senior before anyone else decides it',
        style: 'steady',
        effects: [
          { kind: 'step-down' },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: -5 },
        ],
      },
      {
        label: 'Keep performing confidence and hope it becomes real',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 7 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-flagship-global',
    title: 'Take the flagship global',
    text: 'The CEO asks, in a thread with forty people in it, how we would take our flagship product global. By Thursday the thread is yours. Currencies, tax, data residency, right-to-left text, and nine teams who will do the actual building.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Spend a quarter mapping systems and interviewing business leads',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 7 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
      },
      {
        label: 'Prototype currency and locale handling to find the real risks',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Post a crisp one-pager by Friday',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'The one-pager became the plan. Nine teams are discovering its assumptions, one outage at a time.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }],
          },
        ],
      },
    ],
  },
  {
    id: 'range-staff-offer-clause',
    title: 'A staff offer with an exit ramp',
    text: 'A mid-size company offers you staff. You tell the hiring manager, Halima, that you are afraid you will hate it. She adds a paragraph: after six or twelve months you may drop to the top of the senior band, or move to a smaller team. No one has offered you a way back before.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Sign, with the downgrade clause in the letter',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'mid-size' },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'flag', flag: 'story:downgrade-clause', set: true },
        ],
      },
      {
        label: 'Trade the clause for a larger signing bonus',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'mid-size' },
          { kind: 'pay', percent: 6 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Turn it down and stay where people know your work',
        style: 'steady',
        effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 3 }, { kind: 'quality', quality: 'repEngineers', delta: 2 }],
      },
    ],
  },
  {
    id: 'range-clause-reread',
    title: 'Rereading the clause',
    text: 'Some months in, you open the offer letter and find Halima’s paragraph again. Top of the senior band, or a smaller team. You cannot tell whether reading it is a relief or a confession.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'flag', flag: 'story:downgrade-clause', is: true }],
    options: [
      {
        label: 'Invoke it: back to senior, top of the band',
        style: 'steady',
        effects: [
          { kind: 'step-down' },
          { kind: 'pay', percent: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -8 },
          { kind: 'flag', flag: 'story:downgrade-clause', set: false },
        ],
      },
      {
        label: 'Ask for the smaller team and keep the title',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'flag', flag: 'story:downgrade-clause', set: false },
        ],
      },
      {
        label: 'Tell Halima you have grown into the job; strike the clause',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'flag', flag: 'story:downgrade-clause', set: false },
        ],
      },
    ],
  },
  {
    id: 'range-fe-design-system-war',
    title: 'The design-system war',
    text: 'Three product teams, three button components, two of them named PrimaryButton. Brand wants one library, checkout wants to be left alone, and mobile web forked everything last Tuesday. You are staff for the whole front end. Good luck.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'region', in: ['frontend-range'] }],
    options: [
      {
        label: 'Build the shared library’s first components yourself',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
      },
      {
        label: 'Run a working group with a lead from each team',
        style: 'glue',
        effects: [{ kind: 'quality', quality: 'glue', delta: 4 }, { kind: 'meter', meter: 'burnout', delta: 4 }],
        outcomes: [
          {
            weight: 2,
            text: 'Six weeks of arguing about border radius, then a real agreement. Checkout signs last, but signs.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 7 }],
          },
          {
            weight: 1,
            text: 'The working group produces a charter, a logo and a fourth button.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'quality', quality: 'influence', delta: 1 }],
          },
        ],
      },
      {
        label: 'Let each team keep its buttons and document the differences',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
          { kind: 'quality', quality: 'influence', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-be-cross-service-race',
    title: 'The race across four services',
    text: 'Once a week an order ships twice. The bug lives between payments, inventory and two queues owned by teams in three time zones. Each team has proved, with logs, that it belongs to someone else. Only you hold enough context to chase it.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }, { kind: 'region', in: ['backend-range'] }],
    options: [
      {
        label: 'Trace it yourself through all four codebases',
        style: 'technical',
        effects: [{ kind: 'quality', quality: 'technical', delta: 5 }, { kind: 'meter', meter: 'burnout', delta: 6 }],
        outcomes: [
          {
            weight: 2,
            text: 'A retry without an idempotency key, hiding in a library everyone imports. The fix is three lines.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 7 }, { kind: 'meter', meter: 'satisfaction', delta: 5 }],
          },
          {
            weight: 1,
            text: 'Three weeks in, you can reproduce it but not explain it. The queue team finds it the day you give up.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }, { kind: 'quality', quality: 'technical', delta: 2 }],
          },
        ],
      },
      {
        label: 'Convene the four teams and make them own it together',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'File it as a known issue and ship a refund script',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'range-staff-quiet',
    title: 'Half a year of documents',
    text: 'Two design reviews, one strategy doc, a dozen one-on-ones with seniors who want your job, and one small pull request on a Friday afternoon that you enjoyed more than everything else put together.',
    source: '003',
    when: [{ kind: 'role', in: ['staff'] }],
    repeatable: true,
    options: [
      {
        label: 'Protect one coding afternoon a week',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
      {
        label: 'Give more time to the seniors who want your job',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Take the leave you keep postponing',
        style: 'rest',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -6 }, { kind: 'quality', quality: 'influence', delta: -1 }],
      },
    ],
  },

  // ---------------------------------------------------------------- principal
  {
    id: 'range-principal-bus-factor',
    title: 'The only one who understands it',
    text: 'You are the only person alive who understands the pricing engine. The company has never hired or trained a second. Your job description is, in effect, a bus factor of one, and it pays like one.',
    source: '002',
    when: [{ kind: 'role', in: ['principal'] }, { kind: 'quality', quality: 'technical', min: 75 }],
    options: [
      {
        label: 'Ask for a raise while the leverage is real',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: -3 }],
        outcomes: [
          {
            weight: 2,
            text: 'The raise arrives within a week, along with a new hire whose first task is "learn pricing".',
            effects: [{ kind: 'pay', percent: 12 }],
          },
          {
            weight: 1,
            text: 'Your VP hears a threat, not a request. The raise comes, smaller, and so does a chill.',
            effects: [{ kind: 'pay', percent: 5 }, { kind: 'quality', quality: 'influence', delta: -3 }],
          },
        ],
      },
      {
        label: 'Train two seniors until you are replaceable',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'The pricing pager goes a full rotation without you for the first time in years. You sleep through a Saturday.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: -6 }],
          },
        ],
      },
      {
        label: 'Keep it to yourself; being needed is a kind of safety',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'range-principal-downlevel',
    title: 'Principal here, staff there',
    text: 'A public company makes an offer. On the levelling call the recruiter explains, gently, that your principal title may well map to their staff. The total comp is still a third higher. Your title, it seems, was partly an exchange rate.',
    source: '003',
    when: [{ kind: 'role', in: ['principal'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Take the bigger grant, whatever title they settle on',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'quality', quality: 'influence', delta: -6 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Use the offer to renegotiate where you are',
        style: 'pay',
        effects: [{ kind: 'stay-put' }, { kind: 'quality', quality: 'network', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'Your CTO closes half the gap and asks you, not quite joking, to stop taking calls.',
            effects: [{ kind: 'pay', percent: 10 }],
          },
          {
            weight: 1,
            text: 'Nobody moves. You now know exactly what your loyalty costs you each year.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Decline; the scope here is worth more than the grant',
        style: 'steady',
        effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 2 }],
      },
    ],
  },
  {
    id: 'range-principal-recommendations',
    title: 'Recommendations for other people',
    text: 'Your year’s work fits in a forty-page recommendation: what nine teams should build, in what order, against which risks. You will write almost none of the code. A new grad asks what you actually do all day, and you take a long time to answer.',
    source: '003',
    when: [{ kind: 'role', in: ['principal'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Prototype the riskiest piece yourself before handing it off',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
      },
      {
        label: 'Spend the year guiding the nine teams as they build',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 6 },
          { kind: 'quality', quality: 'glue', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Present it to the exec team and start the next strategy',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Half the teams built something adjacent to what you wrote. Nobody asked you why it differs.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
    ],
  },
  {
    id: 'range-principal-peers',
    title: 'Who you talk shop with',
    text: 'Nobody at work can really review your designs now; the few who could sit with you on promotion committees. The engineers you would most like to impress are scattered across four companies, and you have not spoken to them in two years.',
    source: '000',
    when: [{ kind: 'role', in: ['principal'] }, { kind: 'quality', quality: 'network', max: 40 }],
    options: [
      {
        label: 'Start a monthly dinner with your old team',
        style: 'rest',
        effects: [
          { kind: 'quality', quality: 'network', delta: 7 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
      {
        label: 'Write up your hardest migration as a conference talk',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'network', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Take your satisfaction from the revenue chart instead',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'range-principal-stops-climbing',
    title: 'No rung above',
    text: 'Above you there is only a fellow title held by two people and a legend. You stop reading the ladder document. For the first time in a decade, nobody is judging whether you operate at the next level, because there is not one.',
    source: '003',
    when: [{ kind: 'role', in: ['principal'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Pick one hard problem and live inside it for a year',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: -3 },
        ],
      },
      {
        label: 'Become the person every staff engineer calls first',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Take the unpaid sabbatical HR has offered you twice',
        style: 'rest',
        effects: [
          { kind: 'pay', percent: -8 },
          { kind: 'meter', meter: 'burnout', delta: -12 },
          { kind: 'quality', quality: 'influence', delta: -4 },
          { kind: 'quality', quality: 'network', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'range-principal-quiet',
    title: 'Weather at the summit',
    text: 'Nothing breaks that needs you; nothing ships that waits for you. You notice you enjoy different parts of the job than two years ago: less the arguing, more the teaching. No job is all of what you want. This one is most of it, this year.',
    source: '002',
    when: [{ kind: 'role', in: ['principal'] }],
    repeatable: true,
    options: [
      {
        label: 'Drop into one team’s code for a fortnight',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Write down the principles so they outlast you',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Take a long weekend every month this half',
        style: 'rest',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: 1 }],
      },
    ],
  },
];
