// Storylets for the middle and late years on the coast of the EMs (manager, senior manager, director)
// and in the PM's Archipelago (PM, senior PM): for players who stay there many half-years.
import type { StoryletDef } from '../../engine/schema';

export const coastAndIslandsLaterStorylets: readonly StoryletDef[] = [
  // ---------------------------------------------------------------- the coast: manager, later years
  {
    id: 'later-coast-first-pip',
    title: 'Your first performance plan',
    text: 'Tobias has closed four tickets since spring, and each one came back reopened. You have had the gentle talk twice. HR sends a template with two blanks, “measurable expectations” and “support provided”, and it slowly dawns on you that the second blank is about you.',
    source: '001',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Write a plan you would accept yourself, and pair with him weekly',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        outcomes: [
          { weight: 2, text: 'Six weeks in, his pull requests stop bouncing. He never mentions the plan again, and neither do you.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 6 }, { kind: 'quality', quality: 'repEngineers', delta: 3 }] },
          { weight: 1, text: 'He finds another job in week four and thanks you, sincerely, for being clear with him.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }, { kind: 'quality', quality: 'influence', delta: 2 }] },
        ],
      },
      {
        label: 'Fill in the HR template word for word and file it',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: -1 },
        ],
        later: [
          { afterTurns: 2, text: 'The team heard about the plan before Tobias did. Nobody says so, but your one-on-ones get shorter.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -2 }] },
        ],
      },
      {
        label: 'Find him a transfer to a team with a calmer codebase',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
        outcomes: [
          { weight: 1, text: 'He thrives over there. His new manager asks, with real curiosity, what you were doing wrong.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }, { kind: 'quality', quality: 'repManagers', delta: -2 }] },
          { weight: 1, text: 'The problem moves two floors up, and the manager there soon works out who sent it.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -5 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-wants-your-job',
    title: 'She asks how to do your job',
    text: 'Priya, your strongest senior, opens a notebook in your one-on-one and asks how someone would learn to do what you do. You notice that your first feeling is not pride. It is a quick inventory of the parts of your week you would least like to give away.',
    source: '002',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Hand her the planning meeting and coach her through it',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
        later: [
          {
            afterTurns: 3,
            text: 'Priya runs planning better than you did. Your director asks what bigger thing you mean to take on now.',
            belongsToRole: true,
            effects: [{ kind: 'quality', quality: 'repManagers', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 4 }, { kind: 'meter', meter: 'satisfaction', delta: 3 }],
          },
        ],
      },
      {
        label: 'Tell your director you are grooming a successor, and ask for more',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 1, text: 'The extra scope arrives before Priya is ready. You are doing two jobs now, one of them badly.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Tell her it is a big step, and keep the interesting parts',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
        later: [
          { afterTurns: 2, text: 'Priya learns to manage at another company. Her farewell note thanks everyone by name, and you by title.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -3 }, { kind: 'quality', quality: 'network', delta: 2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-hiring-loops',
    title: 'Loop number thirty-one',
    text: 'You have three approved reqs and a pipeline that behaves like weather. This half-year you sat in thirty-one interview loops, wrote thirty-one debriefs, and lost two finalists to a company that answers within a day. The team asks when the new people start, meaning: when can we stop interviewing.',
    source: '004',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Train four engineers to interview, and build a real onboarding plan',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 2, text: 'The first new hire ships on day eight, pairing with the buddy you lined up. The second asks to be a buddy next time.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }, { kind: 'quality', quality: 'influence', delta: 2 }] },
        ],
      },
      {
        label: 'Sit on every loop yourself so the bar never slips',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 7 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Sell hard and close every good candidate within a day',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 2, text: 'One of the fast hires was the wrong fit, and the next half-year goes into finding that out politely.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-team-of-twelve',
    title: 'Twelve people, one standup',
    text: 'The team was seven when you took it. It is twelve now, and standup runs twenty-five minutes if nobody asks anything. Your week holds six hours of one-on-ones and one of thinking. Two seniors already run little sub-teams of their own; nobody said they could, so nobody has thanked them.',
    source: '002',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'turns-in-role', min: 5 }],
    options: [
      {
        label: 'Split the team and ask to make one of the seniors a manager',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'Your director approves, and quietly counts the new manager as your growth too.', effects: [{ kind: 'quality', quality: 'repManagers', delta: 3 }, { kind: 'meter', meter: 'satisfaction', delta: 3 }] },
          { weight: 1, text: 'The new manager hates it within a month and asks to go back. You let her, and take the twelve back.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Keep all twelve and move one-on-ones to every other week',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -4 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
        later: [
          { afterTurns: 2, text: 'At review time you cannot say what three of your people did last quarter, and they can tell.', effects: [{ kind: 'quality', quality: 'influence', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Name the two seniors tech leads and thank them in public',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
    ],
  },
  {
    id: 'later-coast-skip-level-asks',
    title: 'Your VP wants your technical view',
    text: 'In your skip-level, the VP asks whether the team should move the job queue onto the new streaming platform. She wants your view, not your tech lead’s. You once had a firm opinion about queues. You try to date it and get as far as “before the reorg before last”.',
    source: '001',
    // "Before the reorg before last": a manager of some years' standing.
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'quality', quality: 'technical', max: 45 }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Answer firmly from what you remember',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 1, text: 'In the design review your tech lead takes your answer apart, kindly and thoroughly. The VP was copied.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }] },
        ],
      },
      {
        label: 'Promise to come back with your tech lead’s view beside your own',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Spend two weekends reading the queue code before you answer',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
        outcomes: [
          { weight: 1, text: 'You come back with a sharp question nobody had asked. The VP starts inviting you to architecture reviews.', effects: [{ kind: 'quality', quality: 'repManagers', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 3 }] },
          { weight: 1, text: 'By the time you are ready to answer, the decision has been made without you.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-freeze-offers',
    title: 'Frozen, and taking recruiter calls',
    text: 'The freeze memo said no backfills and an unchanged roadmap. Two people have left since, and you cover their on-call. So you took the calls. A startup offers a team to build and eight open reqs. A public company offers a smaller team and a stock grant you read twice.',
    source: '003',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'move', in: ['chase-pay'] }],
    options: [
      {
        label: 'Join the startup: a team to build from nothing',
        style: 'people',
        effects: [
          { kind: 'change-employer', company: 'startup' },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 2, text: 'Six of the eight reqs vanish in the next funding crunch. The org chart you drew for them stays on the wall.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Take the stock and the smaller team',
        style: 'pay',
        effects: [
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'quality', quality: 'influence', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Turn both down and run the freeze honestly with your team',
        style: 'steady',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'later-coast-fridays-off',
    title: 'Kofi would like his Fridays',
    text: 'The same week you decide to stop chasing the next rung, Kofi asks to work four days for four-fifths of the pay. He is good, he is tired, and he has a toddler. The policy says part-time is “considered case by case”. As far as anyone knows, no case has ever been considered.',
    source: '003',
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Argue his case with HR until they say yes',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'HR agrees, as a “pilot”. Kofi’s four days turn out better than most people’s five.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'HR says no. Kofi thanks you for trying, and you notice his calendar filling with “appointments”.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Tell him the policy is the policy',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -1 },
        ],
        later: [
          { afterTurns: 2, text: 'Kofi leaves for a company with a four-day week. His exit interview is short and kind, which is worse.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -4 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Agree to it off the books and quietly cover the gap yourself',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 2, text: 'Your director finds the arrangement in a capacity spreadsheet and asks what else you have not mentioned.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-staff-packet',
    title: 'A promotion packet for Mateo',
    text: 'Mateo has done staff work for a year: the cross-team migration, the design reviews, the junior he turned into a senior. Last cycle the committee said “not yet”. You are writing his packet again, in a template that asks for “evidence of impact at the next level”, as though he had hidden it.',
    source: '004',
    // "Again": a manager a year in the role, so a year at the company (implied by the time in role, and
    // named for the specificity, StoryletDef.when).
    when: [{ kind: 'role', in: ['manager'] }, { kind: 'quality', quality: 'influence', min: 45 }, { kind: 'turns-in-role', min: 2 }, { kind: 'turns-at-employer', min: 2 }],
    options: [
      {
        label: 'Write it from the work he already did, with links and names',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        outcomes: [
          { weight: 1, text: 'Approved. Mateo says the packet described his year better than he could have.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 7 }, { kind: 'quality', quality: 'influence', delta: 2 }] },
          { weight: 1, text: 'Denied again: “scope not yet sustained”. You and Mateo both stare at the word “yet”.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: 2 }] },
        ],
      },
      {
        label: 'Work each committee member over coffee before the meeting',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 1, text: 'It passes. Two committee members now expect the same favour for their own people next cycle.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'meter', meter: 'burnout', delta: 2 }] },
        ],
      },
      {
        label: 'Ask Mateo to wait one more cycle and gather more evidence',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
        later: [
          { afterTurns: 2, text: 'Mateo stops waiting and takes a staff offer elsewhere. The migration he was steering has no owner now.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the coast: senior manager, later years
  {
    id: 'later-coast-managers-of-managers',
    title: 'Three managers, three styles',
    text: 'You manage managers now. Yusuf runs his team by spreadsheet, Renata by instinct, and Ben by reviewing every pull request after midnight, which you recognise because you used to do it. Ben’s team ships. Ben looks grey. Growing them is your job, and none of them has asked for help.',
    source: '001',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Coach Ben every week until he stops reviewing at midnight',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'Ben hands the reviews to his seniors. His team slows for a month, then speeds up.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'Ben cannot let go, and burns out in the spring anyway.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Start a fortnightly managers’ circle where they teach each other',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Leave them to it; results are what your VP reads',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
        later: [
          { afterTurns: 2, text: 'Ben resigns. His exit interview mentions you by title, not by name.', effects: [{ kind: 'quality', quality: 'influence', delta: -3 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-redraw-org-chart',
    title: 'You hold the marker now',
    text: 'This time the reorg is yours to draw: every team you have, two new managers, and one platform that everyone depends on and nobody wants. You have a whiteboard, a week, and a strong hunch that whatever boxes you draw, the architecture will have grown to match them within a year.',
    source: '002',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Draw the boxes around the systems, with engineers in the room',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -1 },
        ],
      },
      {
        label: 'Draw them to widen your own scope before planning starts',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 2, text: 'You own more boxes now, and every one of them has an escalation inside it.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Give the orphaned platform to your strongest new manager',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
        outcomes: [
          { weight: 1, text: 'She turns the platform into the team people ask to join.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }, { kind: 'quality', quality: 'repEngineers', delta: 3 }] },
          { weight: 1, text: 'She takes it as a punishment, and says so at the offsite.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-cut-a-team',
    title: 'One of your teams',
    text: 'Finance needs fifteen percent by quarter end, and your director would like a name by Friday: one of your teams, dissolved, its people placed where possible. You know every one of them. You went to two of their weddings. The spreadsheet only lists cost centres.',
    source: '000',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Choose by business value, then tell the team yourself, in person',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: -5 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
      },
      {
        label: 'Counter with a plan that spreads the cut across all of them',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        outcomes: [
          { weight: 1, text: 'Your director accepts the plan, with a look that files you under “hard to work with”.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }, { kind: 'quality', quality: 'repManagers', delta: -4 }] },
          { weight: 1, text: 'The plan is rejected on Thursday, and on Monday the cut is bigger.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
        ],
      },
      {
        label: 'Send your name in first, with a tidy plan, before anyone else',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 7 },
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'Leadership calls you “a real partner”. The dissolved team’s channel goes quiet, then archived.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }, { kind: 'quality', quality: 'repEngineers', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-staff-outweighs-you',
    title: 'Her memo outweighs your org chart',
    text: 'Ngozi, a staff engineer in your org, posts a two-page note on event schemas, and three teams change course by Wednesday. Your planning memo got two emoji and a question about the font. On paper you hold the budget and the headcount. In practice, engineers follow whoever they trust.',
    source: '003',
    when: [{ kind: 'role', in: ['senior-manager'] }, { kind: 'quality', quality: 'repEngineers', max: 55 }],
    options: [
      {
        label: 'Make Ngozi a partner: co-sign plans, give her a seat at staff',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -1 },
        ],
      },
      {
        label: 'Overrule her schema call to remind everyone who decides',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: -7 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 2, text: 'Ngozi transfers to a peer org. Your teams follow her design anyway, now without her help.', effects: [{ kind: 'quality', quality: 'influence', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Let the engineers steer, and spend yourself on hiring and people',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'quality', quality: 'influence', delta: -2 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the coast: director, later years
  {
    id: 'later-coast-lost-the-pulse',
    title: 'The service you paid for',
    text: 'The outage review names a service your org has funded for two years; you signed its headcount twice. The engineer walking through the timeline says “sidecar”, “backpressure” and “the cursor thing”. The room nods. You nod. You could not draw this system on a napkin.',
    source: '003',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Shadow the on-call rotation for a week, pager and all',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 6 },
        ],
      },
      {
        label: 'Ask a principal engineer for a monthly hour of plain explanation',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Accept it: directors read summaries, not sidecars',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
        ],
      },
    ],
  },
  {
    id: 'later-coast-smaller-pond',
    title: 'Head of forty people',
    text: 'Two years in the chair, and recruiters have found your title. A startup wants someone to run its engineering: forty people, a board meeting a month, less cash. A public company wants you a level down, as a senior manager, with a stock grant bigger than your salary. You were not even looking.',
    source: '002',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Take the startup and its forty people',
        style: 'people',
        effects: [
          { kind: 'change-employer', company: 'startup' },
          { kind: 'quality', quality: 'influence', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 2, text: 'The board wants a hiring plan, a security audit and a forecast by March. The forty people want you, daily.', effects: [{ kind: 'meter', meter: 'burnout', delta: 5 }] },
        ],
      },
      {
        label: 'Take the stock, one level down at the public company',
        style: 'pay',
        effects: [
          { kind: 'step-down' },
          { kind: 'change-employer', company: 'big-tech' },
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Turn both down and ask your CEO for a bigger remit',
        style: 'impress',
        effects: [
          { kind: 'stay-put' },
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'The CEO hands you the data platform as well. It comes with its own fires.', effects: [{ kind: 'quality', quality: 'influence', delta: 3 }, { kind: 'meter', meter: 'burnout', delta: 3 }] },
          { weight: 1, text: 'The CEO says “let’s revisit in the new year”, which is a no with a calendar invite.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
    ],
  },
  {
    id: 'later-coast-exec-review',
    title: 'Ten minutes at the exec review',
    text: 'You get ten minutes at the executive review. One team spent six weeks cornering a data-corruption bug that could have cost your largest customer. Another shipped a glossy onboarding flow in nine days. The CEO has already mentioned the onboarding flow twice, and the bug not at all.',
    source: '000',
    when: [{ kind: 'role', in: ['director'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Lead with the bug hunt, told as the save it really was',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
        outcomes: [
          { weight: 1, text: 'A board member asks a sharp follow-up, and the bug team hears about it by lunch.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }, { kind: 'quality', quality: 'repManagers', delta: 3 }] },
          { weight: 1, text: 'The CEO checks his phone through it. The bug team hears that you told their story anyway.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 1 }] },
        ],
      },
      {
        label: 'Lead with the onboarding flow; it is what they came to see',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'The applause lasts a week. The bug team’s lead updates her profile to “open to work”.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }] },
        ],
      },
      {
        label: 'Show both, and price the bug in revenue it would have cost',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the archipelago: PM, later years
  {
    id: 'later-isle-roadmap-rejected',
    title: 'Engineering has read your roadmap',
    text: 'You spent a month on the roadmap. The tech lead answers with a document of her own: three of your five bets need the billing rewrite nobody funded, and her estimates add up to nine months. You own the what. She owns nothing on paper, and without her nothing on your roadmap exists.',
    source: '003',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'move', in: ['step-up'] }],
    options: [
      {
        label: 'Drop two bets and fund the rewrite first',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'technical', delta: 1 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Escalate to her director to hold your dates',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: -6 },
        ],
        later: [
          { afterTurns: 1, text: 'The dates hold on paper. The team ships to them, grimly, and stops inviting you to design reviews.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
      {
        label: 'Trade with her: one slice of the rewrite for every feature',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 2, text: 'The deal holds for a whole quarter, which on the islands counts as a treaty.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }] },
          { weight: 1, text: 'Sales hears “slice of the rewrite” as “delay” and goes over your head.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -3 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'later-isle-ninth-call',
    title: 'The ninth customer call',
    text: 'You stopped chasing the next title and started doing calls: fifteen this half-year. On the ninth, a clinic scheduler shares her screen to show how one small export gives her back her Sunday evenings. An engineer built it on a Friday afternoon. No review has ever mentioned it.',
    source: '000',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'move', in: ['opt-out'] }],
    options: [
      {
        label: 'Play the recording to the engineer who built the export',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 1 },
          { kind: 'meter', meter: 'satisfaction', delta: 5 },
        ],
      },
      {
        label: 'Make it the headline slide of the quarterly review',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'The slide gets a laugh and a nod. A quarter later, someone asks what the export does.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Keep a weekly customer hour on your calendar for good',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'quality', quality: 'technical', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-engineer-like-you',
    title: 'He reads the support queue',
    text: 'Hamid, an intermediate on your team, reads the support queue for fun, asks why a feature exists before he sizes it, and has twice asked to join your customer calls. He wants to know how you swam across. You know that look. You also remember how much colder the water was than it seemed.',
    source: '004',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Bring him on calls, and tell him the truth about the crossing',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 1 },
        ],
      },
      {
        label: 'Recruit him as your associate PM to double your reach',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 2, text: 'Hamid makes a decent junior PM. His old team is an engineer short and blames you by name.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Advise him to keep his engineering edge a few more years',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -1 },
        ],
        outcomes: [
          { weight: 1, text: 'He stays, and becomes the engineer every PM on the islands asks for by name.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 3 }] },
          { weight: 1, text: 'He swims anyway, with someone else’s help, and makes it across.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }, { kind: 'quality', quality: 'influence', delta: -1 }] },
        ],
      },
    ],
  },
  {
    id: 'later-isle-metric-wrong-reason',
    title: 'Up and to the right, sadly',
    text: 'Weekly actives rose eighteen percent after your launch, and your director has the chart in her deck. On Thursday an engineer mentions that the new session timeout logs people out mid-task, so everyone signs in twice. The dashboard counts that people came back. Nobody ever instrumented why.',
    source: '004',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'quality', quality: 'repManagers', min: 45 }],
    options: [
      {
        label: 'Correct the number with your director before the deck goes out',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Let the chart stand and fix the timeout quietly',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 2, text: 'An analyst in finance finds the double logins. Your name is on the slide, and now on her thread.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -6 }, { kind: 'meter', meter: 'satisfaction', delta: -4 }] },
        ],
      },
      {
        label: 'Ask the engineer to instrument why people really return',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'The real data shows a smaller, truer lift in one feature. You build next quarter on it.', effects: [{ kind: 'quality', quality: 'influence', delta: 4 }, { kind: 'meter', meter: 'satisfaction', delta: 3 }] },
          { weight: 1, text: 'The instrumentation takes a quarter, and by then the deck has moved on without you.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-isle-launch-silence',
    title: 'A launch into silence',
    text: 'Two quarters of work, a launch post, forty emoji in the company channel. Three weeks later the usage graph is a flat line just above zero. The customers who asked for the feature have, it turns out, built a spreadsheet for it instead. The spreadsheet is honestly quite good.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Run an honest postmortem with the team and own the miss',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        later: [
          { afterTurns: 2, text: 'The next bet is smaller and tested on five customers first. It works, modestly and for real.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
        ],
      },
      {
        label: 'Call it “a foundation for next year” in the quarterly review',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 1, text: 'Next year arrives. Nobody can find the foundation, least of all the team that poured it.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
      {
        label: 'Switch the feature off and give the team a quarter for its debt',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 6 },
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-sales-promised-march',
    title: 'Sales promised it for March',
    text: 'A renewal worth more than your team costs hangs on an export feature. The account executive has already told the customer March. Your tech lead, Nnamdi, says June, and shows you what else would have to move for March. Getting sales, support and engineering to agree on one date is, you are learning, most of this job.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Put sales and engineering in one room and trade scope for a date',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Tell the account executive March, and find the weeks somewhere',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 1, text: 'March ships a thin export and two weeks of weekend work. Nnamdi stops bringing you his lists.', effects: [{ kind: 'quality', quality: 'repEngineers', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Hold to June, and write the customer the reason yourself',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: -1 },
        ],
        outcomes: [
          { weight: 2, text: 'The customer renews. A date that holds, it turns out, is worth more to them than an early one.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }] },
          { weight: 1, text: 'The customer signs with a competitor for one year, and says they will look again.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }, { kind: 'quality', quality: 'influence', delta: -2 }] },
        ],
      },
    ],
  },
  {
    id: 'later-isle-advisory-board',
    title: 'Twelve customers at one table',
    text: 'You host the customer advisory board: twelve companies, a catered lunch, a slide of themes you have heard on a year of calls. By two o’clock the biggest customer has turned the afternoon into a list of what only they need, and the smallest has quietly described the problem every one of them has.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 5 }],
    options: [
      {
        label: 'Build the roadmap around the smallest customer’s problem',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
        ],
      },
      {
        label: 'Promise the biggest customer their list; they pay for the lunches',
        style: 'pay',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
        ],
      },
      {
        label: 'Ask an engineer to sit in next time and hear it first-hand',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: 1 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-engineers-steer-here',
    title: 'Here the engineers steer',
    text: 'At this company the engineers decide most of what gets built; the product review is where they tell you. Your tech lead has rewritten your spec into a design doc that is better than your spec. You came across the sea to set the direction. On this island, it seems, the direction was never yours to set.',
    source: '002',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'turns-in-role', min: 8 }],
    options: [
      {
        label: 'Become the best-informed person in the room on customers and numbers',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'network', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Take up design reviews again, as the PM who still reads the code',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Let them steer, and run the process that keeps them on the road',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -3 },
          { kind: 'meter', meter: 'satisfaction', delta: -2 },
          { kind: 'quality', quality: 'influence', delta: -1 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-incident-voice',
    title: 'The voice on the status page',
    text: 'Checkout is down on a Monday morning. Once you would have been in the logs within a minute; today the incident lead asks you to own customer comms, and you realise it is the right call. You write the status updates while people you used to review fix what you used to know by heart.',
    source: '004',
    when: [{ kind: 'role', in: ['pm'] }, { kind: 'quality', quality: 'technical', max: 40 }],
    options: [
      {
        label: 'Write plain, honest updates every thirty minutes until it is fixed',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
      {
        label: 'Open the logs anyway, to the incident lead’s visible annoyance',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'quality', quality: 'repEngineers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Brief the executives yourself, so they leave the engineers alone',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
      },
    ],
  },

  {
    id: 'later-isle-low-switching-cost',
    title: 'A sprint back at the keyboard',
    text: 'Your old team needs a prototype of the sync engine by the end of the month and is one engineer short. Their lead asks, half joking, whether you still remember how. Trying a role again costs little when it is a sprint and not a resignation. You are less sure what it would cost your roadmap.',
    source: '002',
    when: [{ kind: 'role', in: ['pm', 'senior-pm'] }, { kind: 'turns-in-role', min: 6 }],
    options: [
      {
        label: 'Take the sprint, and pair with the lead on the hard part',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'technical', delta: 5 },
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'influence', delta: -2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        outcomes: [
          { weight: 1, text: 'It comes back slowly, then all at once. You had forgotten how good a green build feels.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 5 }] },
          { weight: 1, text: 'You spend the sprint relearning the tooling, and ship a sketch the lead quietly rewrites.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Write them the sharpest spec of your career instead',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Decline, and guard the roadmap’s quarter',
        style: 'steady',
        effects: [
          { kind: 'meter', meter: 'burnout', delta: -2 },
          { kind: 'quality', quality: 'repEngineers', delta: -2 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-north-star',
    title: 'One number on the big screen',
    text: 'Your director wants one number for the product, on the big display by the kitchen, that everyone can steer by. You know how a number on a screen changes what people build. Whatever you pick, in a year the teams will be very good at moving it, and not always at anything else.',
    source: '004',
    when: [{ kind: 'role', in: ['pm', 'senior-pm'] }, { kind: 'turns-in-role', min: 4 }],
    options: [
      {
        label: 'Pick a slow, honest number about customers who stay',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repManagers', delta: -2 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
        ],
      },
      {
        label: 'Pick the number that goes up fastest, for the quarterly review',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 5 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
        later: [
          { afterTurns: 2, text: 'The number doubles. Nobody can say what got better, and the teams have stopped asking.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -4 }, { kind: 'quality', quality: 'repEngineers', delta: -3 }] },
        ],
      },
      {
        label: 'Have the engineers instrument it before anyone draws a target',
        style: 'technical',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 4 },
          { kind: 'quality', quality: 'technical', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
      },
    ],
  },
  {
    id: 'later-isle-praise-bill',
    title: 'The engineer you praised most',
    text: 'The engineer you praised most for speed, the one who always had it live by Friday, is out on leave. Their manager says, carefully, that the pace was never sustainable and that the praise kept it going. You remember writing “legend” in the channel. You meant it every time.',
    source: '000',
    when: [{ kind: 'role', in: ['pm', 'senior-pm'] }, { kind: 'turns-in-role', min: 8 }],
    options: [
      {
        label: 'Change what you praise: the hard, slow fixes, in public',
        style: 'people',
        effects: [
          { kind: 'quality', quality: 'repEngineers', delta: 5 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'satisfaction', delta: 2 },
        ],
      },
      {
        label: 'Slow the roadmap for a quarter, and say why to your director',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: -4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: -3 },
        ],
      },
      {
        label: 'Send flowers, and find the next fast shipper',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: -3 },
          { kind: 'quality', quality: 'repEngineers', delta: -4 },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------- the archipelago: senior PM, later years
  {
    id: 'later-isle-portfolio-politics',
    title: 'Three product lines, twelve engineers',
    text: 'Planning week. Your three PMs each want the same twelve engineers, and each has an executive who has promised them something. Looked at closely, the allocation spreadsheet tracks whichever line the CPO mentioned last. Everyone in the room is very collegial, and nobody has blinked.',
    source: '002',
    when: [{ kind: 'role', in: ['senior-pm'] }, { kind: 'turns-in-role', min: 2 }],
    options: [
      {
        label: 'Allocate by evidence and publish the reasoning to everyone',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'quality', quality: 'repManagers', delta: -3 },
          { kind: 'meter', meter: 'burnout', delta: 3 },
        ],
      },
      {
        label: 'Back the line your CPO favours, and bank the favour',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 6 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 4 },
        ],
        later: [
          { afterTurns: 2, text: 'The favour is never called in. By spring the CPO has a new favourite line.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -5 }] },
        ],
      },
      {
        label: 'Let the three PMs negotiate it out, and referee',
        style: 'glue',
        effects: [
          { kind: 'quality', quality: 'glue', delta: 3 },
          { kind: 'quality', quality: 'influence', delta: 2 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          { weight: 1, text: 'They strike a deal you could never have imposed. You buy the coffee.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: 4 }, { kind: 'quality', quality: 'influence', delta: 2 }] },
          { weight: 1, text: 'The negotiation turns into a feud that outlasts the quarter.', effects: [{ kind: 'meter', meter: 'burnout', delta: 4 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
    ],
  },
  {
    id: 'later-isle-cpo-pet-project',
    title: 'The CPO has had an idea',
    text: 'The CPO is back from a conference with an idea: a template marketplace, live in two quarters, owned by your portfolio. Your research says three percent of customers want one. The CPO says three percent of a big number is a big number. You are told this is a chance to be visible.',
    source: '000',
    when: [{ kind: 'role', in: ['senior-pm'] }, { kind: 'turns-in-role', min: 3 }],
    options: [
      {
        label: 'Champion it loudly and put your best team on it',
        style: 'impress',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: 7 },
          { kind: 'quality', quality: 'influence', delta: 3 },
          { kind: 'meter', meter: 'satisfaction', delta: 4 },
          { kind: 'meter', meter: 'burnout', delta: 5 },
        ],
        later: [
          { afterTurns: 2, text: 'The CPO leaves for another company. The marketplace is “paused”, and so is his interest in you.', effects: [{ kind: 'meter', meter: 'satisfaction', delta: -6 }, { kind: 'quality', quality: 'repManagers', delta: -3 }] },
        ],
      },
      {
        label: 'Propose a two-week test before anyone commits a team',
        style: 'product',
        effects: [
          { kind: 'quality', quality: 'influence', delta: 4 },
          { kind: 'quality', quality: 'repEngineers', delta: 3 },
          { kind: 'meter', meter: 'burnout', delta: 2 },
        ],
        outcomes: [
          { weight: 1, text: 'The test flops politely and saves two quarters. The CPO thanks you, through his teeth.', effects: [{ kind: 'quality', quality: 'repManagers', delta: 2 }, { kind: 'meter', meter: 'satisfaction', delta: 4 }] },
          { weight: 1, text: 'The CPO calls your test “thinking small”, at the all-hands, with a slide.', effects: [{ kind: 'quality', quality: 'repManagers', delta: -5 }, { kind: 'meter', meter: 'satisfaction', delta: -3 }] },
        ],
      },
      {
        label: 'Give it a small team and let it quietly find its level',
        style: 'steady',
        effects: [
          { kind: 'quality', quality: 'repManagers', delta: -1 },
          { kind: 'meter', meter: 'satisfaction', delta: 1 },
          { kind: 'meter', meter: 'burnout', delta: -2 },
        ],
      },
    ],
  },
];
