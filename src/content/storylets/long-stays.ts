// Long stays: storylets for the middle and late years of a long stretch in one role, for the
// intermediate who stays in the valley (opting out, or hopping employers for pay) and the senior who
// stays on the range. They are gated on time served (turns in role, turns played, job changes) so
// that a long career keeps meeting new situations instead of the same quiet half-year.
import type { StoryletDef } from '../../engine/schema';

export const longStaysStorylets: readonly StoryletDef[] = [
  // ---------------------------------------------------------------- intermediate, long in the valley
  {
    id: 'stay-valley-new-hire-overtakes',
    title: 'The new hire is better than you',
    text: 'Noor joined eleven months ago and you were her onboarding buddy: the deploy script, the flaky tests, the good coffee. This week she found a race in the job scheduler that you have walked past for three years. In standup she thanks you for the onboarding. You smile, and mean about half of it.',
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turns-in-role', min: 5 }],
    options: [
      {
        label: 'Pair with Noor on the scheduler fix and learn how she saw it',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: "Clear the PM's backlog at speed so somebody notices you too",
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          {
            afterTurns: 1,
            text: "Your PM's thanks fill a channel for a week. At review time, the race fix is what the seniors bring up, and it is not yours.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Let her have the hard problems while you keep the lights on',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'technical', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-framework-migration',
    title: 'Everyone else migrated',
    text: "Your pull request gets one comment: 'we moved off this in March, see the RFC'. There was an RFC. It was argued over in the architecture channel you muted two years ago, and half the codebase already speaks the new framework. You have been writing careful, fluent code in a dialect the team is retiring.",
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['opt-out'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Volunteer to port the last module still on the old framework',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'The port lands with one bug and a tidy changelog. The RFC author starts tagging you on framework questions.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 5 }],
          },
          {
            weight: 1,
            text: 'The old module hid three behaviours nobody wrote down. You find them one customer ticket at a time.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }, { kind: 'quality', quality: 'technical', delta: 2 }],
          },
        ],
      },
      {
        label: 'Ask the RFC author for an afternoon of pairing',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
        ],
      },
      {
        label: 'Keep your corner on the old code and leave the channel muted',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -3 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-team-memory',
    title: 'Why is it like that?',
    text: "Every new hire asks the same three things: why the user table has two email columns, why nobody deploys on Thursdays, why the retry count is seven. You are the last one who knows, and the answers live only in your head. Twice this month a manager has settled an argument with 'ask the archive', meaning you.",
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Write each answer down as a decision record, one a day',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 7 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
      },
      {
        label: 'Turn each odd rule into a test that fails when someone breaks it',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Keep answering when asked; being needed is rather pleasant',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'glue', delta: 2 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'You take a week off and a clean-up script drops the second email column. Three people message you on the beach.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }, { kind: 'meter', meter: 'satisfaction', delta: -2 }],
          },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-third-hop-interview',
    title: 'Tell me about a time, again',
    text: 'Another hunt, another run through the same loop. Reverse the list, design the URL shortener, tell me about a time you disagreed with a teammate. Your disagreement story is worn smooth; the teammate in it works at a company a few logos ago. By Friday two offers are on the table.',
    source: '003',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['chase-pay'] }, { kind: 'job-changes', min: 2 }],
    options: [
      {
        label: "Take the public company's offer, stock grant and all",
        style: 'pay',
        effects: [{ kind: 'change-employer', company: 'big-tech' }, { kind: 'meter', meter: 'burnout', delta: 3 }],
      },
      {
        label: 'Take whichever offer pays best and keep the streak going',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 3 }, { kind: 'meter', meter: 'satisfaction', delta: -1 }],
      },
      {
        label: 'Turn both down and go deep where you already are',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'Staying put is new for you. The codebase starts to feel like a place rather than a stopover.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 3 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
          },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-goals-question',
    title: 'She stopped asking about goals',
    text: "Your one-on-ones used to close with 'so, where do you want to be in two years?' Hild has not asked in a year. Now it is sprint status, her son's swim meet, see you next week. You were relieved when the question went away. Lately you notice the shape of the space where it used to be.",
    source: '002',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'turns-in-role', min: 6 },
      // Relief at the question going away: someone opting out of the climb, not pushing for it.
      { kind: 'move', in: ['opt-out'] },
    ],
    options: [
      {
        label: 'Bring her the four check-in questions, with your own answers',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
        ],
      },
      {
        label: 'Tell her you want senior after all, and ask for a stretch',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Enjoy being left alone; it is what you asked for',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
        ],
      },
      {
        label: 'Refresh your profile and take the next recruiter call',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 5 }, { kind: 'meter', meter: 'satisfaction', delta: 1 }],
      },
    ],
  },
  {
    id: 'stay-valley-evening-class',
    title: 'Tuesday nights at the college',
    text: 'The community college needs someone to teach intro web development on Tuesday evenings. The fee would not cover your parking. Twenty adults, most of them changing careers, one of them a retired pilot. The coordinator found you through an old meetup talk and writes as if you have already said yes.',
    source: '000',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'move', in: ['opt-out'] },
      { kind: 'turn', min: 8 },
    ],
    options: [
      {
        label: 'Teach the whole term',
        style: 'people',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'network', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'The pilot ships his first site, a flight logbook, and sends you a photo of it open on a tablet in a cockpit.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }],
          },
          {
            weight: 1,
            text: 'Half the class has gone by week six. The half that stays asks better questions than your code reviewers.',
            effects: [{ kind: 'quality', quality: 'technical', delta: 2 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
          },
        ],
      },
      {
        label: 'Offer a single Saturday workshop instead',
        style: 'people',
        effects: [{ kind: 'quality', quality: 'network', delta: 3 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
      },
      {
        label: 'Say no; your evenings are the whole point of this job',
        style: 'rest',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: 1 }],
      },
    ],
  },
  {
    id: 'stay-valley-pay-review-pinch',
    title: 'The same small raise',
    text: 'The pay letter shows the same small raise as last year and the year before. Then a salary spreadsheet does the rounds of the team chat, and the junior you onboarded two years ago earns within a few thousand of you. The plateau was comfortable. Now it feels like a floor that someone keeps quietly lowering.',
    source: '004',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'move', in: ['opt-out'] }, { kind: 'turns-in-role', min: 8 }],
    options: [
      {
        label: 'Book a meeting and argue for a market adjustment',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: -2 }],
        outcomes: [
          {
            weight: 1,
            text: 'HR finds a band adjustment that was apparently always possible. It is not much, and it is not nothing.',
            effects: [{ kind: 'pay', percent: 6 }],
          },
          {
            weight: 1,
            text: "'Bands are bands.' You leave with a promise to revisit next year and a clearer view of the floor.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Accept it; you are paid partly in quiet evenings',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'satisfaction', delta: 2 }, { kind: 'meter', meter: 'burnout', delta: -2 }],
      },
      {
        label: 'Start stepping up again, for the money if nothing else',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 3 },
          { kind: 'quality', quality: 'initiative', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-side-project',
    title: 'Your side project has users',
    text: 'The bus-times app you built one wet weekend now has four thousand weekly users, a one-star review about the font and an email from the city transit office asking who is responsible for it. You are, apparently. It is the first thing in years you have made that strangers use without being told to.',
    source: '000',
    when: [{ kind: 'role', in: ['intermediate'] }, { kind: 'turn', min: 6 }],
    options: [
      {
        label: 'Answer the transit office and keep building in the evenings',
        style: 'product',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'quality', quality: 'network', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        outcomes: [
          {
            weight: 1,
            text: 'The city links your app from its own timetable page. Your mother forwards the link to everyone she has ever met.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }, { kind: 'quality', quality: 'network', delta: 2 }],
          },
          {
            weight: 1,
            text: 'The transit feed changes format twice without warning. Your weekends go to the parser, and you get rather good at parsers.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }, { kind: 'quality', quality: 'technical', delta: 3 }],
          },
        ],
      },
      {
        label: 'Show it to your manager as proof you can own a product',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          {
            afterTurns: 1,
            text: "In calibration your manager called the app 'a cute hobby'. None of its four thousand users was in the room.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Hand it to the stranger who keeps sending you good fixes',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'network', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-title-not-raise',
    title: 'Head of Platform, no raise',
    text: "Two pivots and a new office later, you are the longest-serving engineer at the startup. You ask for a raise; the founder offers a title: Head of Platform. The platform is you and a contractor in Lisbon. A friend at a public company laughs, kindly, when you tell her, then asks what it pays.",
    source: '003',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'company', in: ['startup'] },
      { kind: 'move', in: ['step-up', 'opt-out'] },
      { kind: 'turns-in-role', min: 3 },
    ],
    options: [
      {
        label: 'Take the title; it costs him nothing and feels like something',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          {
            afterTurns: 2,
            text: "A public company's recruiter reads 'Head of Platform', asks three questions and slots you in at mid-level.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Say the raise was the point, and ask for cash or equity',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: -1 }],
        outcomes: [
          {
            weight: 1,
            text: 'He grumbles about runway, then finds the money. Runway, it seems, was also a title.',
            effects: [{ kind: 'pay', percent: 7 }],
          },
          {
            weight: 1,
            text: 'He offers more options instead, at a strike price you have to read twice.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Turn down the title and keep building the platform',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-acting-lead',
    title: 'Acting lead, same badge',
    text: "Your tech lead leaves for a startup, and the replacement cannot start for six months. Everyone looks at you: you have been here longest and you know where the sharp edges are. The title on offer is 'acting'. The pay on offer is the pay you already have.",
    source: '004',
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'turns-in-role', min: 5 },
      { kind: 'quality', quality: 'technical', min: 50 },
    ],
    options: [
      {
        label: 'Take the technical calls: designs, reviews, the hard tickets',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'initiative', delta: 6 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
      {
        label: 'Take the planning, the board and the stakeholder updates',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'flag', flag: 'glue-before-senior', set: true },
        ],
      },
      {
        label: 'Decline, and offer to help whoever takes it',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'influence', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'stay-valley-day-one-again',
    title: 'Day one, again',
    text: 'New laptop, new badge photo, new onboarding buddy, who is younger than your oldest hoodie and very patient about where the wiki lives. You bring years of experience and zero days of context. Everything you knew about the last codebase is folklore here, and your first ticket is a typo.',
    source: '003',
    // A new employer's first half-year (not a new role at the old one: a return from the coast or the islands).
    when: [
      { kind: 'role', in: ['intermediate'] },
      { kind: 'job-changes', min: 2 },
      { kind: 'turns-at-employer', max: 1 },
    ],
    options: [
      {
        label: 'Read the code for a month before offering a single opinion',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
      {
        label: "Pitch your last company's fixes in every meeting",
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
        ],
        later: [
          {
            afterTurns: 1,
            text: "'At my last place we…' has become a joke in the team chat. Your manager still likes the energy; the engineers have stopped listening.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Fix the typo, log off at five and let the context come',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: 2 }],
      },
    ],
  },

  // ---------------------------------------------------------------- senior, long on the range
  {
    id: 'stay-senior-tenth-design-review',
    title: 'The tenth design review',
    text: 'Tenth design review this half. A cache in front of a service that is slow because of the cache in front of it; a queue to decouple two things that were never coupled. You leave the four comments you always leave, and find two of them, word for word, in a review you wrote for this team two years ago.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 5 }],
    options: [
      {
        label: 'Turn your four comments into a review guide for the whole org',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Review every one properly, line by line, as you always have',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
      {
        label: 'Walk the worst design through with its author, in person',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Only review designs that touch the systems you own',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'quality', quality: 'repEngineers', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-everyone-pings',
    title: 'Everyone pings you',
    text: "Forty-one direct messages before lunch. Where does the billing retry config live? Is this flaky test known? Quick look? You know every answer, which is the trouble: each takes ninety seconds, and your own work has not moved since Tuesday. Your status says 'focusing'. Nobody who pings you believes it.",
    source: '000',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Hold office hours and write the answers into a FAQ',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
      {
        label: 'Keep answering every one the same day',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'quality', quality: 'initiative', delta: -3 },
        ],
      },
      {
        label: 'Send each question on to the person who ought to own it',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Take the sabbatical you have postponed for two years',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -18 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'quality', quality: 'initiative', delta: -5 },
          { kind: 'flag', flag: 'story:stay-sabbatical', set: true },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-quiet-on-call',
    title: 'The rotation you quietly carry',
    text: 'The on-call schedule lists six names. The pager history lists yours on two thirds of the pages, because when something breaks at 3 a.m. the others escalate and you simply fix it. Nobody asked you to. Nobody has noticed, either, except your partner, who now sleeps in earplugs.',
    source: '004',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Write runbooks until the others can fix it without you',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          {
            afterTurns: 2,
            text: 'A 3 a.m. page gets fixed by a colleague following your runbook. You find out over breakfast, rested.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: -6 }, { kind: 'meter', meter: 'satisfaction', delta: 3 }],
          },
        ],
      },
      {
        label: 'Kill the three noisiest alerts at their root',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: 'Pages halve. The graph that proves it is the only dashboard you have ever enjoyed making.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: 4 }],
          },
          {
            weight: 1,
            text: 'Two of the three alerts were load-bearing, and the third was hiding a fourth.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: 3 }, { kind: 'quality', quality: 'technical', delta: 2 }],
          },
        ],
      },
      {
        label: 'Show your manager the pager history and ask for on-call pay',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: -1 }],
        outcomes: [
          {
            weight: 1,
            text: 'An on-call stipend appears in the next payroll, with a short note from HR about fairness.',
            effects: [{ kind: 'pay', percent: 4 }],
          },
          {
            weight: 1,
            text: "'Everyone carries the pager.' You point at the history. The meeting ends on time.",
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Take only your own shifts from now on, and let them escalate',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-mentee-promoted',
    title: 'Your mentee outranks you',
    text: "Tova's first pull request carried forty of your comments. On Monday she was announced as staff, with a paragraph about her cross-team migration. On Wednesday her first request as staff arrives: would you review her design? She writes that she still hears your voice in every review. It is kind, and a little dizzying.",
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 7 }],
    options: [
      {
        label: 'Review it as carefully as you reviewed her first pull request',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
        ],
      },
      {
        label: 'Ask her how she got there, then block two hours a day',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
      {
        label: 'Admit to yourself that you never wanted her job',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'quality', quality: 'initiative', delta: -3 },
        ],
      },
      {
        label: 'Find out quietly what a staff title elsewhere would pay',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 5 }, { kind: 'meter', meter: 'satisfaction', delta: -1 }],
      },
    ],
  },
  {
    id: 'stay-senior-band-review',
    title: 'Top of the band',
    text: "Calibration season. Your manager says 'strong senior, exceeds', then, more carefully, that you sit at the top of the band, so the refresher grant will be smaller. Senior is the career level here; nobody will push you. The share price has done more for your pay than any review ever did.",
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'company', in: ['big-tech'] }, { kind: 'turn', min: 8 }],
    options: [
      {
        label: 'Accept the smaller refresher and let the vesting do the work',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'pay', percent: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
      {
        label: 'Start a staff packet, knowing the bar here sits a level higher',
        style: 'technical',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
      {
        label: "Volunteer for the VP's launch to earn a bigger refresher",
        style: 'impress',
        effects: [
          { kind: 'stay-put' },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The launch ships and the VP thanks you by name. The refresher committee, it turns out, met the week before.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Ask what a staff title at a smaller company would pay',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 4 }],
        outcomes: [
          {
            weight: 1,
            text: 'The staff offer pays less than you earn now. The title, it turns out, was the cheap part.',
            effects: [{ kind: 'stay-put' }, { kind: 'meter', meter: 'satisfaction', delta: 3 }],
          },
          {
            weight: 1,
            text: 'A mid-size company offers staff at a fifth less. You keep the email, and you keep not answering it.',
            effects: [{ kind: 'stay-put' }, { kind: 'quality', quality: 'network', delta: 2 }],
          },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-sabbatical-return',
    title: 'Back from three months away',
    text: 'You come back tanned and slightly slower at typing. The laptop wants four hours of updates. The service you used to guard has been run all quarter by Emeka, who changed the alert thresholds and wrote better runbooks than yours. Nothing caught fire. You cannot yet tell how you feel about that.',
    source: '002',
    // Soon after the sabbatical a long stay took (at 4 half-years or more), in the same role and job.
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'flag', flag: 'story:stay-sabbatical', is: true }, { kind: 'turns-in-role', min: 5, max: 7 }],
    options: [
      {
        label: 'Take the service back; it is still yours on the org chart',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
          { kind: 'flag', flag: 'story:stay-sabbatical', set: false },
        ],
      },
      {
        label: 'Leave it with Emeka and start something nobody owns yet',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 6 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
          { kind: 'flag', flag: 'story:stay-sabbatical', set: false },
        ],
      },
      {
        label: 'Make a loud comeback with a quick win for the roadmap',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
          { kind: 'flag', flag: 'story:stay-sabbatical', set: false },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'Your comeback win gets one slide at the all-hands. By the next one, nobody remembers you were away, or back.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }],
          },
        ],
      },
      {
        label: 'Ease back in slowly and keep the habits the leave taught you',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: -2 },
          { kind: 'flag', flag: 'story:stay-sabbatical', set: false },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-unread-architecture-doc',
    title: 'Fourteen pages, three readers',
    text: 'The architecture doc took you six weekends: context, options, trade-offs, a migration plan, diagrams with a legend. The page analytics show three viewers. Two of them are you. The third is a product manager who left one comment, on the cover image. Next quarter two teams plan to build what it warns against.',
    source: '001',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Cut it to one page and walk each team lead through it',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          {
            weight: 2,
            text: "One lead changes course. The other says 'noted', which is how leads say no.",
            effects: [{ kind: 'quality', quality: 'influence', delta: 2 }],
          },
          {
            weight: 1,
            text: 'Both leads change course. A director asks, in passing, whether you have ever thought about staff.',
            effects: [{ kind: 'quality', quality: 'influence', delta: 3 }, { kind: 'quality', quality: 'repManagers', delta: 3 }],
          },
        ],
      },
      {
        label: 'Build a small prototype that makes the argument for you',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Pitch it to the VP as a roadmap, launch date included',
        style: 'impress',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The VP loved the slides and wanted a date. You gave one. It is now a date you are late for.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
          },
        ],
      },
      {
        label: 'Leave it where it is; one day a postmortem will cite it',
        style: 'steady',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: -1 }],
        later: [
          {
            afterTurns: 3,
            text: 'It breaks exactly as the doc said it would. The postmortem links your page, which now has forty readers.',
            effects: [{ kind: 'quality', quality: 'repEngineers', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 3 }],
          },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-staff-interviews',
    title: 'On the staff interview panel',
    text: "Recruiting puts you on the behavioural round for staff candidates. You ask 'tell me about a time you aligned teams who disagreed' and listen to a stranger describe, fluently, work you have been doing for two years without the title. You mark them a strong hire. Then you open your own promotion doc. It is blank.",
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Stay on the panel and get good at reading level',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'network', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Write your own answers to the questions you keep asking',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'initiative', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Sit a staff loop elsewhere, now that you know the questions',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'network', delta: 4 }],
        outcomes: [
          {
            weight: 1,
            text: 'They level you senior with a fat grant. You stay, show your manager the number, and get part of it matched.',
            effects: [{ kind: 'stay-put' }, { kind: 'pay', percent: 5 }, { kind: 'quality', quality: 'repManagers', delta: -2 }],
          },
          {
            weight: 1,
            text: 'You stumble through the round you know best. Answers are much easier to grade than to give.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }],
          },
        ],
      },
      {
        label: 'Step off the panel; interviews eat the hours you code in',
        style: 'rest',
        effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }, { kind: 'quality', quality: 'influence', delta: -2 }],
      },
    ],
  },
  {
    id: 'stay-senior-only-you-understand',
    title: 'The holiday you cannot take',
    text: 'You have booked two weeks in the mountains. Your manager asks, lightly, whether you could bring the laptop, because nobody else understands the reconciliation job: eleven thousand lines you inherited, half of them yours by now. It has never failed while you were reachable. Nobody has tested the other case.',
    source: '002',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'turns-in-role', min: 8 }],
    options: [
      {
        label: 'Spend a month pairing Ana into the job before you go',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'The job fails on your third day away. Ana fixes it and tells you afterwards, with a screenshot and no question marks.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: -6 }, { kind: 'meter', meter: 'satisfaction', delta: 4 }],
          },
        ],
      },
      {
        label: 'Pack the laptop and take the calls from the trailhead',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        later: [
          {
            afterTurns: 1,
            text: 'Your manager thanks you warmly for staying reachable. Most of your holiday photos have the laptop in them.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }],
          },
        ],
      },
      {
        label: 'Name what a bus factor of one is worth, and ask for it',
        style: 'pay',
        effects: [{ kind: 'quality', quality: 'repManagers', delta: -2 }],
        outcomes: [
          {
            weight: 1,
            text: "A raise within a week, and a line in your review about 'key-person risk' that reads a little like a complaint.",
            effects: [{ kind: 'pay', percent: 7 }],
          },
          {
            weight: 1,
            text: 'HR explains bands. Your manager, embarrassed, approves the holiday without the laptop.',
            effects: [{ kind: 'meter', meter: 'burnout', delta: -3 }],
          },
        ],
      },
      {
        label: 'Rewrite it until it is boring enough for anyone to run',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'initiative', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-maintainer-request',
    title: 'Would you co-maintain?',
    text: 'Every employer so far, one constant: the little date-parsing library you have patched at each of them. Its maintainer writes that she is tired, that yours are the only pull requests she never has to rework, and would you take the keys. It has eight hundred open issues and sits under half the internet.',
    source: '002',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'job-changes', min: 2 }],
    options: [
      {
        label: 'Take the keys and triage issues on your own time',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'network', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
      },
      {
        label: 'Ask your employer to sponsor a day a week for it',
        style: 'glue',
        effects: [{ kind: 'quality', quality: 'network', delta: 3 }, { kind: 'meter', meter: 'burnout', delta: 2 }],
        outcomes: [
          {
            weight: 1,
            text: 'Your director likes the recruiting angle. Fridays are now for the library, and your name is on the sponsor page.',
            effects: [
              { kind: 'quality', quality: 'initiative', delta: 5 },
              { kind: 'quality', quality: 'influence', delta: 3 },
              { kind: 'quality', quality: 'repManagers', delta: 2 },
            ],
          },
          {
            weight: 1,
            text: 'Legal needs a review. The review needs a meeting. The meeting is next quarter.',
            effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }],
          },
        ],
      },
      {
        label: 'Decline kindly, with a list of other contributors to ask',
        style: 'rest',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'network', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'stay-senior-like-your-job',
    title: 'You hear yourself defend it',
    text: "Fourth final round this year. The interviewer asks why you want to leave, and you hear yourself describe your job with unexpected warmth: a team that argues well, a codebase you are learning to know by smell, a manager who leaves you alone. The interviewer says 'that sounds great'. It does, rather. You had not noticed.",
    source: '003',
    when: [{ kind: 'role', in: ['senior'] }, { kind: 'move', in: ['chase-pay'] }, { kind: 'job-changes', min: 2 }],
    options: [
      {
        label: 'Withdraw, and tell your manager why you are staying',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'meter', meter: 'satisfaction', delta: 6 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
        ],
      },
      {
        label: 'Take the offer anyway; warmth does not vest',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Stay, but bring the offer letter to your next one-on-one',
        style: 'pay',
        effects: [
          { kind: 'stay-put' },
          { kind: 'pay', percent: 6 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
        ],
      },
    ],
  },
];
