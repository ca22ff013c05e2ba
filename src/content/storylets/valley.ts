// Storylets of the Interdell valley: events for intermediate engineers (region 'interdell').
import type { StoryletDef } from '../../engine/schema';

export const valleyStorylets: readonly StoryletDef[] = [
  // The fallback: the engine needs one repeatable storylet per role whose only condition is the role.
  {
    id: 'valley-quiet-half',
    title: 'A half-year of nothing much',
    text: 'No outages, no reorgs, nothing on fire. The sprint board turns over like a water wheel. At your check-in you ask whether you are still learning, and the honest answer is a shrug, which is an answer of its own.',
    source: '002',
    repeatable: true,
    when: [{ kind: 'role', in: ['intermediate'] }],
    options: [
      {
        label: 'Claim the gnarliest ticket nobody has touched',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Message two old teammates and trade war stories',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'network', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Close your tickets and log off at five every day',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },

  {
    id: 'valley-quiet-half-legacy',
    title: 'The module nobody owns',
    text: 'A quiet half-year, and in it one file: four thousand lines, three authors who have left, and a comment at the top that says “do not touch”. Your tickets keep leading back to it. Nobody will ask you to understand it, and nobody will stop you.',
    source: '004',
    repeatable: true,
    when: [{ kind: 'role', in: ['intermediate'] }],
    options: [
      {
        label: 'Read it end to end and write down what it really does',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Ask a senior to pair on it for an afternoon',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'network', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: 1 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Work around it, as everyone before you did',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },

  // --- Stepping up (seed 004) ---
  {
    id: 'valley-onboarding-buddy',
    title: 'Buddy for the new hire',
    text: 'Dara starts on Monday, and the team wiki still links to a staging server that was deleted in spring. Your manager asks who wants to be onboarding buddy. Of everyone on the team, you best remember not knowing where the bodies are buried, or which of them are load-bearing.',
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Pair with Dara on real tickets, a couple each day',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'Dara ships in week two and tells the whole standup who untangled the deploy for her.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 3 }],
          },
          {
            weight: 1,
            text: 'Dara is quiet and polite. You cannot tell whether any of it landed.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -1 }],
          },
        ],
      },
      {
        label: 'Rewrite the onboarding doc and line up starter tickets',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
      },
      {
        label: 'Send Dara the wiki link and keep your door open',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -2 }],
        later: [
          {
            afterTurns: 1,
            text: 'Dara asks about the dead staging server in the team channel for the third time. A senior answers, and glances your way.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: -3 }],
          },
        ],
      },
    ],
  },
  {
    id: 'valley-tech-lead-todo',
    title: "The tech lead's list",
    text: "Ines, your tech lead, keeps her TODO list in a doc called 'Later'. It runs to forty-one items and the scroll bar is a sliver. She will never ask you to take one. Item seventeen is the flaky deploy script you already half understand.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Offer to take item seventeen, with a plan and a date',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'Ines reads your plan twice and hands it over. Three weeks later the deploys stop flaking.',
            effects: [
              { kind: 'quality', quality: 'repEngineers', delta: 5 },
              { kind: 'quality', quality: 'influence', delta: 2 },
            ],
          },
          {
            weight: 1,
            text: 'She thanks you, then fixes it herself one Sunday. She does remember that you asked.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 1 }],
          },
        ],
      },
      {
        label: 'Volunteer to run her sprint rituals and groom the board',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
      },
      {
        label: 'Leave the list alone and ship your own sprint',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'valley-incident-scribe',
    title: 'Paged at 2 a.m.',
    text: "Your phone rattles on the nightstand: a third of payments are failing. You join the bridge as the fourth engineer; the other three are already deep in a heap dump you cannot read. In the incident channel a support lead types 'any update?' for the sixth time.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Start a timeline and update support every fifteen minutes',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
        later: [
          {
            afterTurns: 1,
            text: "The postmortem thanks you for 'crisp comms'. Your name sits under Communication, nowhere near Root Cause.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }],
          },
        ],
      },
      {
        label: 'Open the heap dump and work it alongside them',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        outcomes: [
          {
            weight: 1,
            text: "You spot the runaway cache key first. The on-call senior says 'nice', and it keeps you warm for weeks.",
            effects: [
              { kind: 'quality', quality: 'repEngineers', delta: 7 },
              { kind: 'meter', meter: 'satisfaction', delta: 3 },
            ],
          },
          {
            weight: 2,
            text: 'They find it before you do, but you follow every step. The next dump will look less like static.',
            effects: [{ kind: 'quality', quality: 'technical', delta: 2 }],
          },
        ],
      },
      {
        label: "Drop off the bridge; you'd only add noise",
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'valley-untested-module',
    title: 'Zero percent, green build',
    text: 'The billing-exports module went out last sprint under a deadline, without a single test. Since launch it has logged three hundred errors a day that everyone has learned to scroll past. On the coverage report it glows solid red, a warning sign nobody reads.',
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'quality', quality: 'technical', min: 40 }],
    options: [
      {
        label: 'Write tests for the noisiest error paths first',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Billing-export errors fall by two thirds. Someone in finance asks what changed, and your manager knows.',
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: 3 },
              { kind: 'quality', quality: 'repManagers', delta: 2 },
            ],
          },
        ],
      },
      {
        label: 'File a tidy ticket and raise it at planning',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 1 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: "Ship the PM's next feature early instead",
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'The thanks for the early feature fade within a sprint. The billing errors you left behind do not, and people still say your name beside them.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
    ],
  },
  {
    id: 'valley-n-plus-one',
    title: 'One query per row',
    text: 'The flame graph for the order-history page looks like a comb: one query for the list, then another for every row. Loyal customers, the ones with long histories, wait six seconds. It is on nobody\'s roadmap, which makes it yours if you want it.',
    source: '004',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['step-up'] },
      { kind: 'quality', quality: 'technical', min: 45 },
    ],
    options: [
      {
        label: 'Batch the loads and benchmark before and after',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 3,
            text: 'Six seconds becomes four hundred milliseconds. A staff engineer reposts your graph with one fire emoji.',
            effects: [
              { kind: 'quality', quality: 'repEngineers', delta: 3 },
              { kind: 'quality', quality: 'influence', delta: 2 },
            ],
          },
          {
            weight: 1,
            text: 'Your fix breaks pagination for one edge case. The rollback is quick; the lesson is not.',
            effects: [
              { kind: 'quality', quality: 'technical', delta: 2 },
              { kind: 'meter', meter: 'satisfaction', delta: -3 },
            ],
          },
        ],
      },
      {
        label: 'Write up a hunt for every N+1 across the codebase',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Pitch it to the PM as a quick win and ship it fast',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The speed-up headlines the all-hands as a product win. Your name does not make the slide.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
    ],
  },
  {
    id: 'valley-dashboard-entropy',
    title: 'Twelve dashboards, no answers',
    text: 'The team owns twelve dashboards, each built by someone who has since left, each in its own dialect of colours and units. During last week\'s slowdown you lost ten minutes learning that one panel counts milliseconds and the panel beside it counts seconds.',
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Build one standard dashboard and retire the rest',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Draft a dashboard style guide and tour it round the org',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
      },
      {
        label: 'Bookmark the one panel you trust and move on',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-incident-protocol',
    title: 'Whose incident is it?',
    text: 'Forty people, one production database, no incident process. Severity is whatever the loudest person says. After Tuesday\'s outage three people wrote three postmortems, and the CEO read none of them; she heard about the outage from a customer first.',
    source: '004',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['step-up'] },
      { kind: 'company', in: ['startup'] },
    ],
    options: [
      {
        label: 'Interview the on-callers, then propose severity levels',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
        outcomes: [
          {
            weight: 2,
            text: "The CTO signs it off with two edits. Next outage, the first question on the call is 'what sev is this?'",
            effects: [{ kind: 'quality', quality: 'influence', delta: 4 }],
          },
          {
            weight: 1,
            text: 'It stalls in review. Nobody objects; nobody approves it either.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Build a bot that opens the channel and pages the owner',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Leave it for whoever they hire as head of infra',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -2 }],
        later: [
          {
            afterTurns: 2,
            text: 'The next outage runs exactly like the last one. You are on the call at 3 a.m. again.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }],
          },
        ],
      },
    ],
  },
  {
    id: 'valley-glue-review',
    title: "'A real team player'",
    text: "Your review glows. You keep the board tidy, run the retros, write the incident timelines. Under 'growth areas' your manager has written a single line: 'technical depth for senior'. You add up where your hours went, and the sum is uncomfortable.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'flag', flag: 'glue-before-senior', is: true }],
    options: [
      {
        label: 'Hand off the retros and take a hard ticket every sprint',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: -3 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Ask your manager to count the glue in your promo case',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'Your manager agrees glue counts. The promotion committee, it turns out, does not.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
          {
            weight: 1,
            text: 'A director on the committee did glue for years. She argues for you, and it helps a little.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 3 }],
          },
        ],
      },
      {
        label: 'Keep all the glue and add a hard ticket on top',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 8 },
        ],
      },
    ],
  },

  // --- Who you impress (seed 000) ---
  {
    id: 'valley-impress-seniors',
    title: 'Invited to the deep dive',
    text: 'Okafor, the staff engineer people quietly route their hardest questions to, pulls you into a session on a lock-contention bug that two teams have given up on. Meanwhile your PM has pinged you twice about a banner change she would love to see live by Friday.',
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'quality', quality: 'repEngineers', min: 40 }],
    options: [
      {
        label: 'Spend the week in the deep dive with Okafor',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 6 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          {
            weight: 1,
            text: "You ask the question that cracks it. Okafor says 'good', and means it. You replay the word for days.",
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: 5 },
              { kind: 'quality', quality: 'repEngineers', delta: 3 },
            ],
          },
          {
            weight: 2,
            text: 'Mostly you watch. It is the best week of your year, and nobody outside that room knows.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 2 }],
          },
        ],
      },
      {
        label: 'Ship the banner by Wednesday, then join late',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: "The banner disappears in the next redesign, and the PM's thanks go with it.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: "Decline the invitation; you don't feel ready",
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repEngineers', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'valley-pm-praises-speed',
    title: 'Fastest hands in the valley',
    text: "Marguerite, your PM, adores you. You turned her signup tweak around in a day and she said so in three channels. Now every small request comes to you first, with a heart emoji and 'you're a machine'. It feels wonderful, which is how it is meant to feel.",
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'quality', quality: 'repManagers', min: 30 }],
    options: [
      {
        label: 'Keep saying yes and keep shipping fast',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'flag', flag: 'story:pm-favourite', set: true },
        ],
        later: [
          {
            afterTurns: 2,
            text: "The compliments keep arriving but they all taste the same. You can't recall the last hard problem you solved.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }],
          },
        ],
      },
      {
        label: 'Ask her to route requests through sprint planning',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Trade her one quick request for one refactor slot',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -1 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-pm-no-advocate',
    title: 'Praise, but not in the room',
    text: "Calibration happens without you. Later a friend on another team mentions your name came up, and Marguerite called you 'great at executing what we spec'. She made no case for more. She never promised one. She is already heart-emojiing somebody newer.",
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'flag', flag: 'story:pm-favourite', is: true }],
    options: [
      {
        label: 'Point your effort at work engineers can judge',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Ask Marguerite to sponsor you, in so many words',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'She agrees warmly and writes a paragraph for your packet. It is a good paragraph.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 2 }],
          },
          {
            weight: 2,
            text: 'She agrees warmly. Nothing changes. You begin to see the shape of it.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'By the next cycle she has a new favourite, and the warm glow of being asked about has gone cold.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Call two engineers from your last job and talk it out',
        style: 'rest',
        effects: [
          { kind: 'quality', quality: 'network', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
      },
    ],
  },

  // --- Plateau and opting out (seeds 000, 003, 004) ---
  {
    id: 'valley-terminal-level',
    title: 'The terminal level',
    text: "Years in the valley now. Rebases no longer frighten you, reviews glide, on-call doesn't keep you up. The career ladder calls your level 'terminal', which sounds grim and only means nobody will push you out for staying. It is sunny here. That is rather the point.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turns-in-role', min: 4 }, { kind: 'company', in: ['startup', 'mid-size'] }],
    options: [
      {
        label: 'Decide this is where you want to be, for now',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'flag', flag: 'story:settled-in-valley', set: true },
        ],
      },
      {
        label: 'Pick one hard problem and own it past the deadline',
        style: 'technical',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Update your CV and see who is hiring',
        style: 'pay',
        effects: [
          { kind: 'quality', quality: 'network', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-opt-out-sunny',
    title: "Five o'clock in Interdell",
    text: "You stopped reading the promotion rubric. You do careful work, shut the laptop, remember friends' birthdays. The seniors still haul the frightening projects over the ridge; you wave them off and review their pull requests with real care.",
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Spend the reclaimed evenings on something that is not code',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -6 },
        ],
        later: [
          {
            afterTurns: 3,
            text: 'Raises land. Yours is the smallest on the team. You expected that, and it still stings a little.',
            belongsToRole: true,
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }],
          },
        ],
      },
      {
        label: "Become the team's most careful reviewer, by choice",
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
        ],
      },
      {
        label: 'Keep a side project alive in case you change your mind',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'valley-dont-you-want',
    title: "'Where do you see yourself?'",
    text: "Here, senior is the career level, so staying put is not neutral. Your skip-level, kind and baffled, asks where you see yourself. 'Right here,' you say. He tilts his head the way people do when you turn down a dessert they were sure you'd want.",
    source: '003',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['opt-out'] },
      { kind: 'company', in: ['big-tech'] },
    ],
    options: [
      {
        label: 'Hold your ground: you are opting out on purpose',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
        ],
        later: [
          {
            afterTurns: 2,
            text: "Calibration notes you are 'not progressing'. At this company, that phrase comes with a clock attached.",
            belongsToRole: true,
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: -4 },
              { kind: 'meter', meter: 'burnout', delta: 3 },
            ],
          },
        ],
      },
      {
        label: 'Move to a mid-size shop where mid-level is a career',
        style: 'steady',
        effects: [
          { kind: 'change-employer', company: 'mid-size' },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
      {
        label: 'Give in and ask for a step-up project',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
    ],
  },

  // --- Pay and titles (seed 003) ---
  {
    id: 'valley-early-recruiter',
    title: 'A recruiter, already',
    text: "You have barely learned where the good coffee is when a recruiter writes: 'exciting Series B, competitive comp, would love to chat'. She spelled your name right, which puts her ahead of the last three. Your manager has not mentioned money since the offer letter.",
    source: '003',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turn', max: 3 }, { kind: 'company', in: ['startup', 'mid-size'] }],
    options: [
      {
        label: 'Take the call and find out what you are worth',
        style: 'pay',
        effects: [
          { kind: 'quality', quality: 'network', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'The number she floats is a fifth above your salary. You cannot unhear it.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
          {
            weight: 1,
            text: 'The number is about what you make. Oddly, that feels good too.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 2 }],
          },
        ],
      },
      {
        label: 'Bring the market rate to your manager, politely',
        style: 'pay',
        effects: [
          { kind: 'stay-put' },
          { kind: 'pay', percent: 5 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Archive it and keep learning where you are',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-title-inflation',
    title: 'Senior, effective immediately',
    text: "A forty-person startup wants you. The recruiter's email says Senior Software Engineer, a rung above your current badge, plus options in a company you had not heard of last month. She calls the title 'a reflection of scope', pending the founders' levels spreadsheet. The scope, you gather, is everything.",
    source: '003',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['chase-pay'] }, { kind: 'company', in: ['startup', 'mid-size'] }],
    options: [
      {
        label: 'Sign, and hope the senior title survives the levels spreadsheet',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'startup' },
          { kind: 'pay', percent: 10 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'flag', flag: 'story:inflated-title', set: true },
        ],
      },
      {
        label: 'Hold out for a public company with RSUs, at your real level',
        style: 'pay',
        effects: [
          { kind: 'quality', quality: 'network', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'An offer arrives at your current level. The stock grant alone closes most of the gap to the startup.',
            effects: [
              { kind: 'change-employer', company: 'big-tech' },
              { kind: 'pay', percent: 12 },
            ],
          },
          {
            weight: 2,
            text: 'Four loops, four polite rejections. At least you now know what they ask.',
            effects: [
              { kind: 'stay-put' },
              { kind: 'quality', quality: 'technical', delta: 2 },
              { kind: 'meter', meter: 'satisfaction', delta: -4 },
            ],
          },
        ],
      },
      {
        label: 'Turn it down; you like your team and your title is honest',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'valley-counteroffer',
    title: 'The counteroffer dance',
    text: "You mention the competing offer in your one-on-one. Within a day, hoops you were told were fixed get folded away: a retention bump, talk of a 'fast track', a manager suddenly free for lunch. It is flattering and faintly insulting in about equal measure.",
    source: '003',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['chase-pay'] },
      { kind: 'company', in: ['mid-size'] },
    ],
    options: [
      {
        label: 'Take the retention bump and stay',
        style: 'pay',
        effects: [
          { kind: 'stay-put' },
          { kind: 'pay', percent: 8 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
        later: [
          {
            afterTurns: 3,
            text: "The 'fast track' is never mentioned again. The bump, it turns out, was the whole offer.",
            belongsToRole: true,
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Leave anyway; they had every chance to notice',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'mid-size' },
          { kind: 'pay', percent: 12 },
          { kind: 'quality', quality: 'network', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Decline both and ask for a harder project instead',
        style: 'technical',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-inflated-title-aftermath',
    title: "The title doesn't travel",
    text: "The founders' levels spreadsheet came, and the senior title did not survive it, though your profile still says Senior. A public company invites you to a loop. The hiring manager is friendly and exact: mid-level, with a stock grant that beats your salary and your options combined.",
    source: '003',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'flag', flag: 'story:inflated-title', is: true }, { kind: 'company', in: ['startup'] }],
    options: [
      {
        label: 'Take the smaller title and the bigger paycheque',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'pay', percent: 12 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
          { kind: 'flag', flag: 'story:inflated-title', set: false },
        ],
      },
      {
        label: 'Stay the biggest fish in your small pond',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Stay, and study what their seniors do that you do not',
        style: 'technical',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
    ],
  },

  // --- Toward the coast of the EMs (seeds 002, 003) ---
  {
    id: 'valley-want-to-manage',
    title: "'Would you want to manage?'",
    text: "You tell your director you are curious about managing. She asks whether you would miss the code, then offers a trial: run the interns' one-on-ones this summer. 'Teams always need leads, so the openings come easier,' she adds. 'That is not a reason to want one.'",
    source: '002',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['go-manager'] }],
    options: [
      {
        label: 'Take the interns and care about them properly',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: -1 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: "One intern accepts a return offer and names you as the reason. You didn't expect it to feel like shipping.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }],
          },
        ],
      },
      {
        label: 'Ask about the tech-lead path instead',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Say you will think about it, and actually think',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-startup-lead',
    title: 'Lead of three, by Monday',
    text: "There is no manager opening, officially. But the founder hires faster than anyone can onboard, and on Friday he names you 'engineering lead' of the three newest hires, with no training and a wiki page titled 'Management (WIP)'. You are very good at shipping. Nobody has checked whether you are good at this.",
    source: '003',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['go-manager'] },
      { kind: 'company', in: ['startup'] },
    ],
    options: [
      {
        label: 'Accept, and read up on one-on-ones this weekend',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'pay', percent: 5 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'The three gel. You find you like unblocking people more than you expected to.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }],
          },
          {
            weight: 1,
            text: "Two of the three struggle, and you can't tell whose fault it is. Probably partly yours.",
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: -5 },
              { kind: 'meter', meter: 'burnout', delta: 3 },
            ],
          },
        ],
      },
      {
        label: 'Accept the title but keep coding full-time',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Your three reports have had one one-on-one each in six months. One of them resigns, politely.',
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: -5 },
              { kind: 'quality', quality: 'repEngineers', delta: -3 },
            ],
          },
        ],
      },
      {
        label: 'Decline, and help the new hires as a peer',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },

  // --- Toward the PM archipelago (seeds 002, 004) ---
  {
    id: 'valley-first-swim',
    title: 'The islands look close',
    text: "From the valley the PM islands look a short swim off. You ask to shadow Bo, the product manager, for a quarter: customer calls, roadmap reviews, a spreadsheet of feature requests with eleven tabs. Halfway out, the current starts to pull, and your editor goes unopened for days.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['go-pm'] }],
    options: [
      {
        label: 'Keep swimming: run the next round of customer interviews',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: -4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'A customer quote you dug up lands in the strategy deck. Bo says you have a nose for this.',
            effects: [
              { kind: 'meter', meter: 'satisfaction', delta: 4 },
              { kind: 'quality', quality: 'network', delta: 2 },
            ],
          },
          {
            weight: 1,
            text: 'Your interview notes are thorough and go unread. The islands have currents of their own.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Swim back and keep your feet on the shore',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
      {
        label: 'Tread water: take the product calls and keep your tickets',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'valley-washed-back',
    title: 'Washed back into the valley',
    text: "The PM opening went to someone from sales. You are back on the team you left, which is equal parts humbling and relief: your old tickets, your old chair, a teammate who kept your seat at standup. Hardly anything in a career is permanent; this detour cost a half-year and some pride.",
    source: '002',
    // The half-year of the failed swim: an intermediate who made it across would be a PM now.
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['go-pm'] }],
    options: [
      {
        label: 'Dive back into the code with something to prove',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Keep the product habit and sit in on customer calls',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'network', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -1 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
      {
        label: 'Take a slow month and let the sting fade',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },

  // --- Burnout (seed 000) ---
  {
    id: 'valley-burnout-warning',
    title: 'The Sunday-night dread',
    text: 'It begins on Sunday afternoons now, a low hum of dread about Monday. You have been saying yes to every rush request because the thanks arrive instantly, and they still do. Your sleep tracker has opinions. The people who love you have more of them.',
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'meter', meter: 'burnout', min: 65 }],
    options: [
      {
        label: 'Take two weeks off with your phone in a drawer',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -10 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Tell your manager you need fewer, harder tasks',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -6 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -1 },
        ],
      },
      {
        label: 'Push through to the launch; the praise is nearly here',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 8 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The launch ships, the channel fills with confetti, and you barely remember any of it.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
    ],
  },
];
