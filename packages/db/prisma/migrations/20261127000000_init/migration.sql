-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('BINH_NHI', 'BINH_NHAT', 'HA_SI', 'TRUNG_SI', 'THUONG_SI', 'THIEU_UY', 'TRUNG_UY', 'THUONG_UY', 'DAI_UY', 'THIEU_TA', 'TRUNG_TA', 'THUONG_TA', 'DAI_TA', 'THIEU_TUONG', 'TRUNG_TUONG', 'THUONG_TUONG', 'DAI_TUONG');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('MINISTRY', 'DEPARTMENT', 'CITY_POLICE', 'PROVINCIAL_POLICE', 'DIVISION', 'DISTRICT_POLICE');

-- CreateEnum
CREATE TYPE "ClusterKind" AS ENUM ('CLUSTER', 'BLOC');

-- CreateEnum
CREATE TYPE "ClusterRole" AS ENUM ('LEADER', 'DEPUTY_LEADER');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('PLANNED', 'ACTIVE', 'REVIEWING', 'CLOSED');

-- CreateEnum
CREATE TYPE "IndicatorCategory" AS ENUM ('POLITICAL_SECURITY', 'CRIME', 'DRUGS', 'ECONOMIC_CRIME', 'HIGH_TECH_CRIME', 'SOCIAL_ORDER', 'TRAFFIC_SAFETY', 'FIRE_PREVENTION', 'FORCE_BUILDING', 'PARTY_BUILDING');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('COUNT', 'PERCENT', 'MONEY', 'SCORE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('SUM', 'RATIO_OF_SUMS', 'AVERAGE', 'MAX', 'MIN', 'LAST');

-- CreateEnum
CREATE TYPE "Granularity" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('YEAR_END_REVIEW', 'MID_YEAR_REVIEW', 'PLEDGE_SIGNING', 'INSPECTION', 'MEETING');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('DIRECTS', 'CHAIRS', 'ATTENDS', 'SPEAKS');

-- CreateEnum
CREATE TYPE "CommendationKind" AS ENUM ('UNSPECIFIED', 'EMULATION_FLAG', 'CERTIFICATE_OF_MERIT', 'EMULATION_TITLE', 'LETTER_OF_COMMENDATION', 'ORDER');

-- CreateEnum
CREATE TYPE "CommendationLevel" AS ENUM ('UNIT', 'MINISTRY', 'PRIME_MINISTER', 'STATE');

-- CreateEnum
CREATE TYPE "CommendationStatus" AS ENUM ('PROPOSED', 'REVIEWED', 'APPROVED', 'REJECTED', 'DECIDED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "AccountRole" AS ENUM ('ADMIN', 'UNIT_EDITOR', 'ANALYST', 'VIEWER');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('SOURCE_ARTICLE', 'REPORTED', 'IMPORTED', 'SYNTHETIC_DEMO', 'SYNTHETIC_SCALE');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "UnitKind" NOT NULL,
    "parentId" INTEGER,
    "searchKey" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "ClusterKind" NOT NULL DEFAULT 'CLUSTER',
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_membership" (
    "id" SERIAL NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leadership_term" (
    "id" SERIAL NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "role" "ClusterRole" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "handedOverAt" DATE,
    "handedOverAtEventId" INTEGER,
    "receivedById" INTEGER,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "leadership_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "movement" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "nameEn" TEXT NOT NULL,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "movement_period" (
    "id" SERIAL NOT NULL,
    "movementId" INTEGER NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'PLANNED',
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "movement_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pledge" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "IndicatorCategory" NOT NULL,
    "measure" "MeasureKind" NOT NULL,
    "direction" "Direction" NOT NULL,
    "aggregation" "Aggregation" NOT NULL,
    "smallNumberThreshold" INTEGER NOT NULL DEFAULT 10,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "granularity" "Granularity" NOT NULL,
    "periodStart" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "source" "DataSource" NOT NULL,
    "sourceNote" TEXT,
    "reportedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation_revision" (
    "id" SERIAL NOT NULL,
    "observationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "source" "DataSource" NOT NULL,
    "sourceNote" TEXT,
    "reason" TEXT,
    "changedById" INTEGER,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "observation_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_observation" (
    "id" SERIAL NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "granularity" "Granularity" NOT NULL,
    "periodStart" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" "DataSource" NOT NULL,
    "note" TEXT,
    "eventId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "cluster_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "fullName" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "gender" "Gender",
    "birthDate" DATE,
    "organisation" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "officer" (
    "personId" INTEGER NOT NULL,
    "serviceNumber" TEXT NOT NULL,
    "retiredAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "officer_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "rank_grant" (
    "id" SERIAL NOT NULL,
    "officerId" INTEGER NOT NULL,
    "rank" "Rank" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "attestedOn" DATE,
    "decisionNumber" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rank_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_assignment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "organisation" TEXT,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "attestedOn" DATE,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_assignment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_role" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "body" TEXT,
    "title" TEXT NOT NULL,
    "titleLong" TEXT,
    "titleEn" TEXT NOT NULL,
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "attestedOn" DATE,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "date" DATE NOT NULL,
    "timeOfDay" TEXT,
    "clusterId" INTEGER,
    "periodId" INTEGER,
    "hostUnitId" INTEGER,
    "outcomes" TEXT[],
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "titleAtEvent" TEXT,
    "titleAtEventEn" TEXT,
    "rankAtEvent" "Rank",
    "unitId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commendation" (
    "id" SERIAL NOT NULL,
    "kind" "CommendationKind" NOT NULL,
    "level" "CommendationLevel",
    "title" TEXT,
    "year" INTEGER NOT NULL,
    "periodId" INTEGER,
    "clusterId" INTEGER,
    "recipientUnitId" INTEGER,
    "recipientPersonId" INTEGER,
    "recipientScope" TEXT,
    "status" "CommendationStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedAt" DATE NOT NULL,
    "proposedAtEventId" INTEGER,
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "note" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commendation_transition" (
    "id" SERIAL NOT NULL,
    "commendationId" INTEGER NOT NULL,
    "fromStatus" "CommendationStatus",
    "toStatus" "CommendationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" INTEGER,
    "note" TEXT,

    CONSTRAINT "commendation_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exemplar" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "periodId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "personId" INTEGER,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exemplar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "periodId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "personId" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "source" "DataSource" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_replication" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fromDate" DATE NOT NULL,

    CONSTRAINT "initiative_replication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "AccountRole" NOT NULL,
    "unitId" INTEGER,
    "personId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "ip" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accountId" INTEGER,
    "requestId" TEXT,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_query" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "query" TEXT NOT NULL,
    "variables" JSONB,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "saved_query_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unit_code_key" ON "unit"("code");

-- CreateIndex
CREATE INDEX "unit_parentId_idx" ON "unit"("parentId");

-- CreateIndex
CREATE INDEX "unit_searchKey_idx" ON "unit"("searchKey");

-- CreateIndex
CREATE INDEX "unit_kind_idx" ON "unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_number_key" ON "cluster"("number");

-- CreateIndex
CREATE INDEX "cluster_membership_unitId_idx" ON "cluster_membership"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_membership_clusterId_unitId_fromYear_key" ON "cluster_membership"("clusterId", "unitId", "fromYear");

-- CreateIndex
CREATE INDEX "leadership_term_unitId_idx" ON "leadership_term"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "leadership_term_clusterId_year_role_key" ON "leadership_term"("clusterId", "year", "role");

-- CreateIndex
CREATE UNIQUE INDEX "movement_code_key" ON "movement"("code");

-- CreateIndex
CREATE INDEX "movement_period_clusterId_year_idx" ON "movement_period"("clusterId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "movement_period_movementId_clusterId_year_key" ON "movement_period"("movementId", "clusterId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "pledge_periodId_unitId_indicatorId_key" ON "pledge"("periodId", "unitId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_code_key" ON "indicator"("code");

-- CreateIndex
CREATE INDEX "indicator_category_idx" ON "indicator"("category");

-- CreateIndex
CREATE INDEX "observation_unitId_granularity_periodStart_idx" ON "observation"("unitId", "granularity", "periodStart");

-- CreateIndex
CREATE INDEX "observation_indicatorId_granularity_year_idx" ON "observation"("indicatorId", "granularity", "year");

-- CreateIndex
CREATE UNIQUE INDEX "observation_indicatorId_unitId_granularity_periodStart_key" ON "observation"("indicatorId", "unitId", "granularity", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "observation_revision_observationId_version_key" ON "observation_revision"("observationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_observation_clusterId_indicatorId_granularity_perio_key" ON "cluster_observation"("clusterId", "indicatorId", "granularity", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "person_key_key" ON "person"("key");

-- CreateIndex
CREATE INDEX "person_searchKey_idx" ON "person"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "officer_serviceNumber_key" ON "officer"("serviceNumber");

-- CreateIndex
CREATE INDEX "rank_grant_rank_idx" ON "rank_grant"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "rank_grant_officerId_effectiveFrom_key" ON "rank_grant"("officerId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "post_assignment_personId_effectiveFrom_idx" ON "post_assignment"("personId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "post_assignment_unitId_title_idx" ON "post_assignment"("unitId", "title");

-- CreateIndex
CREATE INDEX "unit_assignment_unitId_effectiveFrom_idx" ON "unit_assignment"("unitId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "unit_assignment_personId_effectiveFrom_key" ON "unit_assignment"("personId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "party_role_personId_idx" ON "party_role"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "event_key_key" ON "event"("key");

-- CreateIndex
CREATE INDEX "event_clusterId_date_idx" ON "event"("clusterId", "date");

-- CreateIndex
CREATE INDEX "event_date_idx" ON "event"("date");

-- CreateIndex
CREATE INDEX "event_participant_personId_idx" ON "event_participant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_eventId_personId_role_key" ON "event_participant"("eventId", "personId", "role");

-- CreateIndex
CREATE INDEX "commendation_status_idx" ON "commendation"("status");

-- CreateIndex
CREATE INDEX "commendation_year_idx" ON "commendation"("year");

-- CreateIndex
CREATE INDEX "commendation_transition_commendationId_idx" ON "commendation_transition"("commendationId");

-- CreateIndex
CREATE INDEX "exemplar_unitId_year_idx" ON "exemplar"("unitId", "year");

-- CreateIndex
CREATE INDEX "initiative_unitId_year_idx" ON "initiative"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_replication_initiativeId_unitId_key" ON "initiative_replication"("initiativeId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "account_email_key" ON "account"("email");

-- CreateIndex
CREATE INDEX "session_accountId_idx" ON "session"("accountId");

-- CreateIndex
CREATE INDEX "session_expiresAt_idx" ON "session"("expiresAt");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_idx" ON "audit_log"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_accountId_idx" ON "audit_log"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "saved_query_accountId_name_key" ON "saved_query"("accountId", "name");

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leadership_term" ADD CONSTRAINT "leadership_term_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leadership_term" ADD CONSTRAINT "leadership_term_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leadership_term" ADD CONSTRAINT "leadership_term_handedOverAtEventId_fkey" FOREIGN KEY ("handedOverAtEventId") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leadership_term" ADD CONSTRAINT "leadership_term_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_period" ADD CONSTRAINT "movement_period_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_period" ADD CONSTRAINT "movement_period_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "movement_period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation_revision" ADD CONSTRAINT "observation_revision_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation_revision" ADD CONSTRAINT "observation_revision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_observation" ADD CONSTRAINT "cluster_observation_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_observation" ADD CONSTRAINT "cluster_observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_observation" ADD CONSTRAINT "cluster_observation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officer" ADD CONSTRAINT "officer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rank_grant" ADD CONSTRAINT "rank_grant_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "officer"("personId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_assignment" ADD CONSTRAINT "post_assignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_assignment" ADD CONSTRAINT "post_assignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_assignment" ADD CONSTRAINT "unit_assignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_assignment" ADD CONSTRAINT "unit_assignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_role" ADD CONSTRAINT "party_role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_role" ADD CONSTRAINT "party_role_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "movement_period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "movement_period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_recipientUnitId_fkey" FOREIGN KEY ("recipientUnitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_recipientPersonId_fkey" FOREIGN KEY ("recipientPersonId") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_proposedAtEventId_fkey" FOREIGN KEY ("proposedAtEventId") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation_transition" ADD CONSTRAINT "commendation_transition_commendationId_fkey" FOREIGN KEY ("commendationId") REFERENCES "commendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commendation_transition" ADD CONSTRAINT "commendation_transition_byId_fkey" FOREIGN KEY ("byId") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "movement_period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exemplar" ADD CONSTRAINT "exemplar_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "movement_period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_replication" ADD CONSTRAINT "initiative_replication_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_replication" ADD CONSTRAINT "initiative_replication_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_query" ADD CONSTRAINT "saved_query_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
