create table feedback (
    id               uuid primary key,
    mission_id       text        not null,
    author_id        text        not null,
    text             text        not null,
    category         text,
    service          text,
    place            text,
    stakeholder_type text,
    organisation     text,
    submitted_at     timestamptz not null
);
create index feedback_by_author on feedback (author_id, submitted_at desc);
create index feedback_by_mission on feedback (mission_id, submitted_at desc);
