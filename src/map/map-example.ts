// The example map: a made-up counselling practice, so a coach or therapist can see every lane in use.
// Loaded only when someone asks for it, so it costs the page nothing up front.
import {
  addItem,
  editItem,
  mapFormatVersion,
  removeItem,
  setEmotion,
  startIdeal,
  type Intervention,
  type JourneyMap,
  type MapItem,
  type StageMap,
  type Touchpoint,
  type Verdict,
} from "./map-model.ts";

const items = (prefix: string, texts: string[]): MapItem[] =>
  texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, text }));
const touchpoints = (prefix: string, list: [string, Verdict][]): Touchpoint[] =>
  list.map(([text, verdict], i) => ({ id: `${prefix}-tp-${i + 1}`, text, verdict }));

type Lanes = Omit<StageMap, "stage" | "emotion" | "touchpoints">;
const lanes = (p: string, l: Record<keyof Lanes, string[]>): Lanes => ({
  add: items(`${p}-add`, l.add),
  actions: items(`${p}-do`, l.actions),
  thoughts: items(`${p}-feel`, l.thoughts),
  painPoints: items(`${p}-pain`, l.painPoints),
  opportunities: items(`${p}-idea`, l.opportunities),
  momentsOfTruth: items(`${p}-mot`, l.momentsOfTruth),
});

/** Maya Okafor (invented) sees adults with anxiety, online and in a small room above a bookshop. */
const current: StageMap[] = [
  {
    stage: "awareness",
    emotion: -1,
    touchpoints: touchpoints("aw", [
      ["Profile on a counselling directory", "keep"],
      ["Talk on sleep and worry at the library", "enhance"],
      ["Instagram posts, when there is time", "eliminate"],
      ["Leaflet at the GP surgery", "keep"],
    ]),
    ...lanes("aw", {
      add: ["A page on what a first session is like"],
      actions: ["Searches “anxiety counsellor near me” late at night", "Reads the directory profile twice"],
      thoughts: ["Is my worry bad enough for therapy?", "Afraid of being judged"],
      painPoints: ["The profile says little about how sessions go"],
      opportunities: ["Describe the first session in plain words"],
      momentsOfTruth: ["The photo and first line of the profile"],
    }),
  },
  {
    stage: "consideration",
    emotion: 0,
    touchpoints: touchpoints("co", [
      ["“About me” page on the website", "enhance"],
      ["Enquiry form", "keep"],
      ["Reply to enquiries, often 3–4 days later", "enhance"],
    ]),
    ...lanes("co", {
      add: ["Free 15-minute phone call, booked online"],
      actions: ["Compares three counsellors’ fees and ways of working", "Sends a nervous two-line enquiry"],
      thoughts: ["Will she understand someone like me?", "Hopeful, then unsure while waiting"],
      painPoints: ["Days of silence after finding the courage to write"],
      opportunities: ["A warm reply to every enquiry on the same day"],
      momentsOfTruth: ["How soon, and how kindly, the first reply comes"],
    }),
  },
  {
    stage: "decision",
    emotion: 1,
    touchpoints: touchpoints("de", [
      ["Phone consultation", "keep"],
      ["Agreeing a time by email", "automate"],
      ["Intake form sent as a PDF", "eliminate"],
    ]),
    ...lanes("de", {
      add: ["Online booking with fees and cancellation terms in view"],
      actions: ["Books a first session", "Prints, fills in and scans the intake form"],
      thoughts: ["Relieved to have decided", "Nervous about saying it all out loud"],
      painPoints: ["Five emails to settle on a time"],
      opportunities: ["A short “what to expect” note before session one"],
      momentsOfTruth: ["The consultation call: do I feel heard?"],
    }),
  },
  {
    stage: "retention",
    emotion: 0,
    touchpoints: touchpoints("re", [
      ["Weekly sessions", "keep"],
      ["Reminder text the day before", "automate"],
      ["Review together at session six", "enhance"],
    ]),
    ...lanes("re", {
      add: ["A gentle check-in after a missed session"],
      actions: ["Misses a week when work gets busy", "Tries the breathing practice between sessions"],
      thoughts: ["Some weeks feel harder, not easier", "Is this working?"],
      painPoints: ["Coming back after a missed week feels awkward"],
      opportunities: ["Name early progress together at session four"],
      momentsOfTruth: ["The first session that feels like a turning point"],
    }),
  },
  {
    stage: "advocacy",
    emotion: 2,
    touchpoints: touchpoints("ad", [
      ["Planned ending session", "keep"],
      ["Card with how to come back for a top-up", "keep"],
      ["Anonymous feedback form after ending", "enhance"],
    ]),
    ...lanes("ad", {
      add: ["Referral links with two local GP practices"],
      actions: ["Mentions “my counsellor” to a struggling friend", "Returns months later for a top-up session"],
      thoughts: ["Proud of what changed", "Unsure if it’s all right to recommend her"],
      painPoints: ["Nothing simple to pass on to a friend"],
      opportunities: ["A plain card saying who Maya works with, for anyone who asks"],
      momentsOfTruth: ["The ending: finished, not dropped"],
    }),
  },
];

const interventions: Intervention[] = [
  {
    id: "rule-1",
    stage: "consideration",
    signal: "an enquiry arrives",
    action: "send a warm acknowledgement with the next free consultation times",
    within: "one working day",
  },
  {
    id: "rule-2",
    stage: "decision",
    signal: "someone has a consultation call but does not book",
    action: "send a kind note on how to book later, with one helpful article",
    within: "three days",
  },
  {
    id: "rule-3",
    stage: "retention",
    signal: "a client misses two sessions running",
    action: "send a short personal message that leaves the door open, with no pressure to return",
    within: "24 hours",
  },
];

/** The whole example: the current journey, the ideal Maya is working towards, and her rules. */
export function exampleMap(id: string, now: string): JourneyMap {
  const base: JourneyMap = {
    version: mapFormatVersion,
    id,
    name: "Harbour Room Counselling (example)",
    updatedAt: now,
    current: { stages: structuredClone(current) },
    ideal: null,
    interventions: structuredClone(interventions),
  };
  // The ideal starts as a copy of today's journey, as it does for anyone, then changes.
  let map = startIdeal(base);
  map = removeItem(map, "ideal", "awareness", "touchpoints", "aw-tp-3");
  map = addItem(map, "ideal", "awareness", "touchpoints", "aw-tp-new", "Page on what a first session is like");
  map = setEmotion(map, "ideal", "awareness", 0);
  map = editItem(
    map,
    "ideal",
    "consideration",
    "touchpoints",
    "co-tp-3",
    "Warm reply to every enquiry within one working day",
  );
  map = addItem(map, "ideal", "consideration", "touchpoints", "co-tp-new", "Free 15-minute call, booked online");
  map = setEmotion(map, "ideal", "consideration", 1);
  map = editItem(map, "ideal", "decision", "touchpoints", "de-tp-2", "Online booking with fees and terms in view");
  map = removeItem(map, "ideal", "decision", "touchpoints", "de-tp-3");
  map = addItem(map, "ideal", "decision", "touchpoints", "de-tp-new", "Short intake form that works on a phone");
  map = editItem(map, "ideal", "decision", "actions", "de-do-2", "Fills in a short form on a phone");
  map = removeItem(map, "ideal", "decision", "painPoints", "de-pain-1");
  map = addItem(map, "ideal", "retention", "touchpoints", "re-tp-new", "Check-in message after a missed session");
  map = setEmotion(map, "ideal", "retention", 1);
  map = addItem(map, "ideal", "advocacy", "touchpoints", "ad-tp-new", "Referral letters shared with two GP practices");
  return map;
}
