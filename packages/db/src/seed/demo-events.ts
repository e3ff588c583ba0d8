// The demo's cluster life: conferences with their participants (titles and ranks as held that
// day), the hand-over of the leader role at year-end reviews, commendations through their
// workflow, exemplary officers and initiatives taken up by other units.
import type { CommendationKind, CommendationLevel, CommendationStatus, EventKind, ParticipantRole, PeriodStatus } from "../generated/prisma/enums.js";
import type { Prisma } from "../generated/prisma/client.js";
import { addDays, dayBetween, ymd } from "./dates.js";
import type { Figures } from "./demo-metrics.js";
import { type DemoOfficer, departmentHeads, divisionHeads, ministryHeads, postOn, rankOn, representative } from "./demo-roster.js";
import type { Random } from "./random.js";

const SOURCE = "SYNTHETIC_DEMO" as const;

export interface ClusterYear {
  cluster: { number: number; id: number };
  year: number;
  periodId: number;
  status: PeriodStatus;
  /** member department codes, in the cluster's order */
  members: readonly string[];
  leader: string;
  /** next year's leader, where the demo knows it */
  nextLeader: string | undefined;
  /** the demo's own leader term for next year, whose hand-over the year-end review records */
  nextTermId: number | undefined;
  /** the facts already hold this year's year-end review */
  reviewedByFacts: boolean;
}

export interface EventsInput {
  random: Random;
  clusterYears: readonly ClusterYear[];
  units: ReadonlyMap<string, { id: number; shortName: string; unitIds: readonly number[] }>;
  ministryUnitId: number;
  officers: readonly DemoOfficer[];
  figures: Figures;
  movementShortName: string;
}

export interface EventsSummary {
  events: number;
  commendations: number;
  exemplars: number;
  initiatives: number;
}

const exemplarDeeds: ReadonlyArray<readonly [title: string, summary: string]> = [
  ["Gương điển hình trong đấu tranh phòng, chống tội phạm", "[demo] Dũng cảm truy bắt đối tượng cướp tài sản, bị thương khi làm nhiệm vụ."],
  ["Gương sáng liêm chính", "[demo] Từ chối nhận hối lộ khi xử lý vi phạm giao thông, báo cáo lãnh đạo đơn vị."],
  ["Gương dũng cảm cứu người", "[demo] Cứu ba người mắc kẹt trong vụ cháy nhà dân."],
  ["Gương người tốt, việc tốt", "[demo] Trả lại tài sản nhặt được trị giá lớn cho người đánh rơi."],
  ["Gương điển hình trong phòng, chống ma túy", "[demo] Tham gia triệt phá đường dây mua bán trái phép chất ma túy liên tỉnh."],
  ["Gương điển hình vì nhân dân phục vụ", "[demo] Tích cực giúp đỡ người dân vùng lũ, di dời tài sản trong đêm."],
];

const initiativeTitles: ReadonlyArray<readonly [title: string, description: string]> = [
  ["Mô hình “Camera an ninh”", "[demo] Huy động người dân lắp camera tại các tuyến đường, kết nối với cơ quan công an."],
  ["Mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy”", "[demo] Các hộ liền kề cùng trang bị bình chữa cháy và phương án thoát nạn."],
  ["Mô hình “Xã, phường không ma túy”", "[demo] Phối hợp chính quyền cơ sở rà soát, quản lý người sử dụng trái phép chất ma túy."],
  ["Mô hình “Tuyến đường an toàn giao thông”", "[demo] Phân công tổ dân phố tự quản trật tự tại các điểm đen tai nạn."],
  ["Sáng kiến “Ứng dụng dữ liệu dân cư trong truy vết đối tượng”", "[demo] Đối chiếu dữ liệu dân cư để rút ngắn thời gian xác minh đối tượng truy nã."],
  ["Mô hình “Tổ tự quản về an ninh, trật tự”", "[demo] Người dân tự quản, phát hiện và báo tin về tội phạm ở khu dân cư."],
  ["Mô hình “Zalo an ninh, trật tự”", "[demo] Nhóm trao đổi trực tuyến giữa công an xã và người dân để tiếp nhận tin báo."],
  ["Sáng kiến “Bản đồ số điểm nóng tội phạm”", "[demo] Tổng hợp tin báo theo địa bàn để bố trí lực lượng tuần tra."],
  ["Mô hình “Trường học an toàn về an ninh, trật tự”", "[demo] Phối hợp nhà trường tuyên truyền pháp luật cho học sinh."],
  ["Mô hình “Chợ an toàn, không trộm cắp”", "[demo] Ban quản lý chợ và tiểu thương cùng giữ trật tự khu chợ."],
];

/** The statuses a proposal passes through on its way to `status`. */
const workflow: Record<CommendationStatus, readonly CommendationStatus[]> = {
  PROPOSED: ["PROPOSED"],
  REVIEWED: ["PROPOSED", "REVIEWED"],
  APPROVED: ["PROPOSED", "REVIEWED", "APPROVED"],
  REJECTED: ["PROPOSED", "REVIEWED", "REJECTED"],
  DECIDED: ["PROPOSED", "REVIEWED", "APPROVED", "DECIDED"],
};

const decisionAuthority: Record<CommendationLevel, string> = { UNIT: "QĐ-CAT", MINISTRY: "QĐ-BCA", PRIME_MINISTER: "QĐ-TTg", STATE: "QĐ-CTN" };

export async function insertClusterLife(tx: Prisma.TransactionClient, input: EventsInput): Promise<EventsSummary> {
  const { random, units, officers, figures } = input;
  const summary: EventsSummary = { events: 0, commendations: 0, exemplars: 0, initiatives: 0 };
  const unit = (code: string) => units.get(code)!;
  const speakerFor = (code: string, date: Date) => representative(officers, unit(code).id, date, departmentHeads.heads, departmentHeads.deputies);

  const holdEvent = async (cy: ClusterYear, kind: EventKind, date: Date, title: string, titleEn: string, outcomes: string[], speaker?: string) => {
    const event = await tx.event.create({
      data: {
        kind,
        title,
        titleEn,
        date,
        timeOfDay: random.pick(["morning", "afternoon"]),
        clusterId: cy.cluster.id,
        periodId: cy.periodId,
        hostUnitId: unit(cy.leader).id,
        outcomes,
        source: SOURCE,
      },
      select: { id: true },
    });
    summary.events++;
    const seats: Array<[DemoOfficer | undefined, ParticipantRole, number]> = [
      [representative(officers, input.ministryUnitId, date, ministryHeads.heads, ministryHeads.deputies), "DIRECTS", input.ministryUnitId],
      [speakerFor(cy.leader, date), "CHAIRS", unit(cy.leader).id],
      ...cy.members.filter((code) => code !== cy.leader).map((code): [DemoOfficer | undefined, ParticipantRole, number] => [speakerFor(code, date), "ATTENDS", unit(code).id]),
    ];
    if (speaker) seats.push([speakerFor(speaker, date), "SPEAKS", unit(speaker).id]);
    const data: Prisma.EventParticipantCreateManyInput[] = [];
    for (const [officer, role, unitId] of seats) {
      if (!officer) continue;
      const held = postOn(officer, date, unitId);
      data.push({
        eventId: event.id,
        personId: officer.personId,
        role,
        titleAtEvent: held?.title ?? null,
        titleAtEventEn: held?.titleEn ?? null,
        rankAtEvent: rankOn(officer, date),
        unitId,
        sortOrder: data.length + 1,
      });
    }
    await tx.eventParticipant.createMany({ data });
    return event.id;
  };

  const propose = async (
    cy: ClusterYear,
    at: { date: Date; eventId: number },
    kind: CommendationKind,
    level: CommendationLevel,
    title: string,
    status: CommendationStatus,
    recipient: { unitId: number } | { personId: number },
  ) => {
    const steps = workflow[status];
    let date = at.date;
    const transitions: Prisma.CommendationTransitionCreateWithoutCommendationInput[] = steps.map((to, index) => {
      if (index > 0) date = addDays(date, random.int(10, 30));
      return {
        fromStatus: index === 0 ? null : steps[index - 1]!,
        toStatus: to,
        at: date,
        note: to === "REJECTED" ? "[demo] Chưa đủ tiêu chuẩn theo quy định." : null,
      };
    });
    await tx.commendation.create({
      data: {
        kind,
        level,
        title,
        year: cy.year,
        periodId: cy.periodId,
        clusterId: cy.cluster.id,
        recipientUnitId: "unitId" in recipient ? recipient.unitId : null,
        recipientPersonId: "personId" in recipient ? recipient.personId : null,
        status,
        proposedAt: at.date,
        proposedAtEventId: at.eventId,
        decisionNumber: status === "DECIDED" ? `${random.int(100, 4999)}/${decisionAuthority[level]}` : null,
        decisionDate: status === "DECIDED" ? date : null,
        source: SOURCE,
        transitions: { create: transitions },
      },
    });
    summary.commendations++;
  };

  /** A rank-and-file officer serving in the department at mid-year, for an exemplar. */
  const exemplaryOfficer = (code: string, year: number) => {
    const midYear = ymd(year, 6, 30);
    const serving = officers.filter(
      (officer) =>
        officer.posts.length === 0 &&
        officer.grants.length > 1 &&
        officer.assignments.some((held) => unit(code).unitIds.includes(held.unitId) && held.from <= midYear && (held.to === null || held.to > midYear)),
    );
    return serving.length > 0 ? random.pick(serving) : undefined;
  };

  const clusterName = (cy: ClusterYear) => `Cụm thi đua số ${cy.cluster.number}`;
  const movement = input.movementShortName;
  let initiativeIndex = 0;

  for (const cy of input.clusterYears) {
    if (cy.status === "PLANNED") continue;
    const { year } = cy;
    await holdEvent(
      cy,
      "PLEDGE_SIGNING",
      dayBetween(random, ymd(year, 3, 2), ymd(year, 3, 25)),
      `Hội nghị ký kết giao ước thi đua “${movement}” năm ${year} – ${clusterName(cy)}`,
      `Pledge-signing conference ${year} – Emulation Cluster No. ${cy.cluster.number}`,
      [],
    );
    const midYearDate = dayBetween(random, ymd(year, 7, 5), ymd(year, 7, 25));
    const midYearId = await holdEvent(
      cy,
      "MID_YEAR_REVIEW",
      midYearDate,
      `Hội nghị sơ kết 6 tháng đầu năm ${year} phong trào thi đua “${movement}” – ${clusterName(cy)}`,
      `Mid-year review ${year} – Emulation Cluster No. ${cy.cluster.number}`,
      [],
    );

    // The rest belongs to years the demo has to itself: closed ones, and the running one.
    if (cy.status !== "ACTIVE" && (cy.status !== "CLOSED" || cy.reviewedByFacts)) continue;

    // Exemplary officers of the year, each also proposed for a certificate of merit.
    const exemplars: DemoOfficer[] = [];
    for (let i = 0; i < 2; i++) {
      const code = random.pick(cy.members);
      const officer = exemplaryOfficer(code, year);
      if (!officer) continue;
      const [title, summaryText] = random.pick(exemplarDeeds);
      await tx.exemplar.create({ data: { year, periodId: cy.periodId, unitId: unit(code).id, personId: officer.personId, title, summary: summaryText, source: SOURCE } });
      summary.exemplars++;
      exemplars.push(officer);
    }

    if (cy.status === "ACTIVE") {
      // the year is still running: proposals have only just started
      for (const [index, officer] of exemplars.entries()) {
        await propose(cy, { date: midYearDate, eventId: midYearId }, "CERTIFICATE_OF_MERIT", "MINISTRY", "Bằng khen của Bộ trưởng Bộ Công an", index === 0 ? "REVIEWED" : "PROPOSED", {
          personId: officer.personId,
        });
      }
      continue;
    }

    const ranking = [...cy.members].sort((a, b) => figures.ratioOfSums("CASE_CLEARANCE_RATE", [b], year) - figures.ratioOfSums("CASE_CLEARANCE_RATE", [a], year));
    const combined = figures.ratioOfSums("CASE_CLEARANCE_RATE", cy.members, year).toFixed(1);
    const outcomes = [
      `[demo] Combined case investigation and clearance rate of the cluster's members in ${year}: ${combined}%.`,
      `[demo] Agreed to propose the Ministry's Emulation Flag for ${unit(ranking[0]!).shortName}.`,
    ];
    if (cy.nextLeader) {
      outcomes.push(`[demo] Cluster-leader role for ${year + 1} handed over by ${unit(cy.leader).shortName} to ${unit(cy.nextLeader).shortName}.`);
    }
    const reviewDate = dayBetween(random, ymd(year, 11, 20), ymd(year, 12, 20));
    const reviewId = await holdEvent(
      cy,
      "YEAR_END_REVIEW",
      reviewDate,
      `Hội nghị tổng kết phong trào thi đua “${movement}” năm ${year} – ${clusterName(cy)}`,
      `Year-end review of the “${movement}” movement ${year} – Emulation Cluster No. ${cy.cluster.number}`,
      outcomes,
      cy.nextLeader,
    );
    if (cy.nextTermId !== undefined && cy.nextLeader) {
      await tx.leadershipTerm.update({
        where: { id: cy.nextTermId },
        data: { handedOverAt: reviewDate, handedOverAtEventId: reviewId, receivedById: speakerFor(cy.nextLeader, reviewDate)?.personId ?? null },
      });
    }

    // The year's commendations: decided for the older years, still on their way for the last one.
    const settled = year <= 2022;
    const at = { date: reviewDate, eventId: reviewId };
    await propose(cy, at, "EMULATION_FLAG", "MINISTRY", "Cờ thi đua của Bộ Công an", settled ? "DECIDED" : "APPROVED", { unitId: unit(ranking[0]!).id });
    await propose(cy, at, "CERTIFICATE_OF_MERIT", "MINISTRY", "Bằng khen của Bộ trưởng Bộ Công an", settled ? "DECIDED" : "REVIEWED", { unitId: unit(ranking[1]!).id });
    await propose(cy, at, "CERTIFICATE_OF_MERIT", "MINISTRY", "Bằng khen của Bộ trưởng Bộ Công an", random.chance(0.4) ? "REJECTED" : settled ? "DECIDED" : "PROPOSED", {
      unitId: unit(ranking[2]!).id,
    });
    for (const officer of exemplars) {
      await propose(cy, at, "CERTIFICATE_OF_MERIT", "MINISTRY", "Bằng khen của Bộ trưởng Bộ Công an", settled ? "DECIDED" : "REVIEWED", { personId: officer.personId });
    }
    if (year === 2020) {
      await propose(cy, at, "ORDER", "STATE", "Huân chương Bảo vệ Tổ quốc hạng Ba", "DECIDED", { unitId: unit(cy.leader).id });
    }

    // One initiative a year, by the head (or a deputy head) of one of a member's divisions; some are taken up elsewhere.
    const [title, description] = initiativeTitles[initiativeIndex++ % initiativeTitles.length]!;
    const author = random.pick(cy.members);
    const heads = unit(author)
      .unitIds.map((unitId) => representative(officers, unitId, ymd(year, 6, 30), divisionHeads.heads, divisionHeads.deputies))
      .filter((officer) => officer !== undefined);
    const initiative = await tx.initiative.create({
      data: {
        year,
        periodId: cy.periodId,
        unitId: unit(author).id,
        personId: heads.length > 0 ? random.pick(heads).personId : null,
        title,
        description,
        source: SOURCE,
      },
      select: { id: true },
    });
    summary.initiatives++;
    if (random.chance(0.6)) {
      const others = random.shuffle([...units.keys()].filter((code) => code !== author)).slice(0, random.int(1, 3));
      await tx.initiativeReplication.createMany({
        data: others.map((code) => ({ initiativeId: initiative.id, unitId: unit(code).id, fromDate: dayBetween(random, ymd(year + 1, 1, 15), ymd(year + 1, 12, 15)) })),
      });
    }
  }
  return summary;
}
