import { describe, expect, it } from "vitest";
import {
  addParticipantInput,
  createEventInput,
  removeParticipantInput,
  updateEventInput,
  updateParticipantInput,
} from "./events.ts";
import { problems } from "./test-support.ts";

const review = {
  key: "cluster1-2022-review",
  kind: "YEAR_END_REVIEW",
  title: "Hội nghị tổng kết phong trào thi đua “Vì ANTQ” năm 2022 – Cụm thi đua số 1",
  date: "2022-11-23",
  timeOfDay: "morning",
  clusterId: 1,
  periodId: 1,
  hostUnitId: 7,
} as const;

describe("events", () => {
  it("the 2022 review conference of the source, with no outcomes yet", () => {
    expect(createEventInput.parse(review)).toEqual({ ...review, outcomes: [] });
  });

  it("outcomes are NFC text, none blank", () => {
    const outcome = "Tỷ lệ điều tra, khám phá án đạt 81,7%.";
    expect(createEventInput.parse({ ...review, outcomes: [outcome.normalize("NFD")] }).outcomes).toEqual([outcome]);
    expect(problems(createEventInput, { ...review, outcomes: ["ok", " "] })).toEqual(["outcomes.1: too_small"]);
  });

  it("refuses an unknown kind or an impossible date", () => {
    expect(problems(createEventInput, { ...review, kind: "CONFERENCE", date: "2022-02-30" }).sort()).toEqual([
      "date: invalid_format",
      "kind: invalid_value",
    ]);
  });

  it("an update changes something, and null detaches the period", () => {
    expect(updateEventInput.parse({ id: 1, version: 1, periodId: null })).toEqual({ id: 1, version: 1, periodId: null });
    expect(problems(updateEventInput, { id: 1, version: 1 })).toEqual([": nothingToChange"]);
  });
});

describe("participants", () => {
  it("take a role, with the title and rank they held that day", () => {
    const chair = {
      eventId: 1,
      personId: 2,
      role: "CHAIRS",
      titleAtEvent: "Giám đốc CATP Hải Phòng",
      rankAtEvent: "THIEU_TUONG",
      unitId: 7,
    } as const;
    expect(addParticipantInput.parse(chair)).toEqual({ ...chair, sortOrder: 0 });
    expect(problems(addParticipantInput, { ...chair, role: "HOSTS" })).toEqual(["role: invalid_value"]);
  });

  it("a civilian guest attends with no rank", () => {
    expect(problems(addParticipantInput, { eventId: 1, personId: 8, role: "ATTENDS", rankAtEvent: null })).toEqual([]);
  });

  it("updates and removals carry the version", () => {
    expect(problems(updateParticipantInput, { id: 3, version: 1, role: "SPEAKS" })).toEqual([]);
    expect(problems(updateParticipantInput, { id: 3, role: "SPEAKS" })).toEqual(["version: invalid_type"]);
    expect(problems(removeParticipantInput, { id: 3, version: 1 })).toEqual([]);
  });
});
